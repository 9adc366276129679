/** `archsim sweep scenario.json --param p --values v`: one parameter over a range. */
import { analyzeSweep } from "../sim/sweep/analyze";
import { planProblemText, planSweep } from "../sim/sweep/plan";
import { planWarningText } from "../sim/sweep/warnings";
import type { SweepCommand } from "./args";
import { type Io, load } from "./load";
import { type PoolOptions, runOnPool, withBudget } from "./pool";
import { type BatchMode, batch } from "./shard";
import { sweepToCsv, sweepToTable } from "./sweep-table";

export async function sweep(
  command: SweepCommand,
  io: Io,
  pool: PoolOptions,
  mode: BatchMode = { kind: "all" },
): Promise<number> {
  const loaded = load(command.file, command, io);
  if (loaded === undefined) return 2;
  const planned = planSweep(loaded.document, {
    param: command.param,
    values: command.values,
    replications: command.replications,
    seed: loaded.scenario.seed,
  });
  if (!planned.ok) {
    for (const p of planned.problems) io.stderr(`archsim: ${planProblemText(p)}\n`);
    return 2;
  }
  // On stderr, before the runs, so --json and --csv stay the figures alone.
  for (const w of planned.plan.warnings) io.stderr(`archsim: warning: ${planWarningText(w)}\n`);
  const tasks = withBudget(planned.plan.tasks, command.maxEvents);
  const workers = command.workers ?? pool.workers;
  const summaries = await batch(
    mode,
    tasks.length,
    (from, to) => runOnPool(tasks.slice(from, to), { ...pool, workers }),
    io.stdout,
  );
  if (summaries === null) return 0;
  const result = analyzeSweep(planned.plan, summaries, { slos: command.slos });
  if (command.format === "json") io.stdout(`${JSON.stringify(result, null, 2)}\n`);
  else if (command.format === "csv") io.stdout(sweepToCsv(result));
  else io.stdout(sweepToTable(result));
  return 0;
}
