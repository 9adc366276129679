/** `archsim compare a.json b.json ...`: variants on common random numbers, figure by figure. */
import { plainText } from "../scenario/text";
import { comparisonOf, comparisonTasks, type Variant } from "../sim/compare/run";
import type { CompareCommand } from "./args";
import { comparisonToTable } from "./compare-table";
import { type Io, type Loaded, load } from "./load";
import { type PoolOptions, runOnPool, withBudget } from "./pool";
import { type BatchMode, batch } from "./shard";

export async function compare(
  command: CompareCommand,
  io: Io,
  pool: PoolOptions,
  mode: BatchMode = { kind: "all" },
): Promise<number> {
  const loaded: Loaded[] = [];
  for (const file of command.files) {
    const one = load(file, command, io);
    if (one === undefined) return 2;
    loaded.push(one);
  }
  // The first file's seed unless --seed: every variant must run on the same one.
  const seed = command.seed ?? loaded[0].scenario.seed;
  const variants: Variant[] = loaded.map((l, i) => ({ name: letter(i), document: l.document }));
  const options = { replications: command.replications, seed };
  const tasks = withBudget(comparisonTasks(variants, options), command.maxEvents);
  const workers = command.workers ?? pool.workers;
  const summaries = await batch(
    mode,
    tasks.length,
    (from, to) => runOnPool(tasks.slice(from, to), { ...pool, workers }),
    io.stdout,
  );
  if (summaries === null) return 0;
  const comparison = comparisonOf(variants, options, summaries);
  if (command.format === "json") {
    io.stdout(`${JSON.stringify({ ...comparison, files: command.files, seed }, null, 2)}\n`);
  } else {
    const legend = loaded.map(
      (l, i) => `${letter(i)}: ${command.files[i]} (${JSON.stringify(plainText(l.scenario.name))})`,
    );
    io.stdout(comparisonToTable(comparison, [...legend, `seed ${JSON.stringify(seed)}`]));
  }
  return 0;
}

/** A, B, ..., Z, then V27, V28...: short column headers. */
function letter(i: number): string {
  return i < 26 ? String.fromCharCode(65 + i) : `V${i + 1}`;
}
