/**
 * `archsim`: reads a scenario, runs it on the same engine as the browser, prints the summary.
 * Every mistake of the user (command line, file, scenario) is a clear message and exit code 2;
 * a violated `--slo` is exit code 1, as is a bug in archsim itself (said as such). The io is
 * injected so tests run it in-process.
 */
import { readFileSync } from "node:fs";
import { withFingerprint } from "../sim/fingerprint";
import { MemoryBudgetExceeded } from "../sim/memory-budget";
import { checkSlos } from "../sim/slo/check";
import { StalledClock } from "../sim/stalled-clock";
import { summaryToCsv } from "../sim/summary-csv";
import { UnschedulableDelay } from "../sim/unschedulable-delay";
import { WorkBudgetExceeded } from "../sim/work-budget";
import { parseArgs, type RunCommand } from "./args";
import { compare } from "./compare";
import { fitCommand } from "./fit-command";
import { importCommand } from "./import-command";
import { insightsJson, insightsToText } from "./insights";
import { type Io, load } from "./load";
import { mergeParts } from "./merge";
import type { PoolOptions } from "./pool";
import { ProgressLine } from "./progress";
import { combineReplications, replicationRuns } from "./replicate";
import { type BatchMode, batch, PartsMismatch, withoutShard } from "./shard";
import { sloLine } from "./slo";
import { sweep } from "./sweep";
import { summaryToTable } from "./table";
import { recordTraces } from "./traces";
import { VERSION } from "./version";

export type { Io } from "./load";

const processIo: Io = {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  ...(process.stderr.isTTY ? { progress: (s: string) => process.stderr.write(s) } : {}),
};

export const USAGE = `Usage: archsim <command> [options]

Commands:
  run <scenario.json>             simulate the scenario and print its summary
  compare <a.json> <b.json> ...   run variants on common random numbers; each figure of A and
                                  B, their difference and whether it is significant (95%)
  sweep <scenario.json> --param <path> --values <values>
                                  run the scenario at each value of one field; throughput and
                                  latency with 95% intervals, the saturation knee, the SLO limit
  validate <scenario.json>        check the scenario: prints "ok", or its errors
  import otel <traces.json>       infer a scenario from OpenTelemetry traces (OTLP/JSON or
                                  Jaeger JSON); the report on stderr ('archsim import --help')
  fit <samples.csv>               fit durations to exp, lognormal, erlang, pareto or const and
                                  print the best with a quantile table ('archsim fit --help')
  merge <part.json> ...           put the parts of a --shard batch together: prints exactly
                                  what the command without --shard prints on one machine
  serve [--lan] [--port <p>]      serve the browser app (built first if needed) and print the
                                  addresses to open; 'archsim serve --help' for more
  help                            show this text
  version                         print archsim's version (also --version, -V)

Options (each of the first four overrides the scenario's field of the same name):
  --seed <s>                master seed (compare: of every variant, the first file's by default)
  --duration <d>            simulated seconds, > 0
  --warmup <w>              seconds left out of the statistics, 0 <= w < duration
  --replications <n>        runs on derived seeds: run 1 (figures ± 95% half-width from 2 on),
                            compare 10 (>= 2, replication i of every variant on one seed), sweep 5
  --slo <objective>         run, sweep: e.g. "p99<0.25", "p99<=250ms", "throughput>=90",
                            "failureRatio<1%"; repeatable or comma-separated. Metrics: mean p50
                            p90 p99 p999 max (latency, s or ms), throughput (req/s), failureRatio,
                            errorRatio (fraction or %). run exits 1 when one is violated; sweep
                            reports the last value that meets them all
  --param <path>            sweep: the field to vary, components addressed by id or index:
                            components.app.workers, components[0].workload.rate, duration
  --values <values>         sweep: from:to:step (both ends included) or a list 1,2,4,8
  --workers <n>             compare, sweep: worker threads, one per core by default; the
                            numbers are the same for any n (1 runs in this process)
  --shard <i>/<n>           run, compare, sweep: only the i-th of n slices of the runs
                            (0 <= i < n), printed as a part (JSON) for 'archsim merge'
  --traces <file>           run: write a sample of the first run's requests to <file> as
                            OTLP/JSON (one span per hop, for Jaeger, Tempo, the Collector)
  --trace-sample <f>        run, with --traces: sample each request with probability f (0-1]
  --trace-count <n>         run, with --traces: keep a uniform n of them at most (100 by
                            default; 10000 with --trace-sample alone; at most 100000)
  --max-events <n>          run, compare, sweep: events each run may take (default 2e8, about
                            a minute of computing); a run that would take more is stopped
                            within a second or two, and says so (exit 2)
  --json                    print the result as JSON, and nothing else
  --csv                     run, sweep: print CSV (run: scope,metric,value,ci95; sweep: one row
                            per value)

Exit codes: 0 done, 1 an --slo violated (or an internal error, please report it),
2 bad command line or scenario.
`;

/** What bin/archsim.js provides beyond the io: the worker threads' bundled entry point. */
export interface Runtime {
  taskWorker?: () => Promise<URL>;
}

export async function main(
  argv: string[],
  io: Io = processIo,
  runtime: Runtime = {},
): Promise<number> {
  try {
    return await run(argv, io, { script: runtime.taskWorker });
  } catch (error) {
    if (error instanceof PartsMismatch) {
      io.stderr(`archsim: merge: ${error.message}\n`);
      return 2;
    }
    if (
      error instanceof StalledClock ||
      error instanceof UnschedulableDelay ||
      error instanceof WorkBudgetExceeded ||
      error instanceof MemoryBudgetExceeded
    ) {
      io.stderr(`archsim: ${error.message}\n`);
      return 2;
    }
    io.stderr(
      `archsim: internal error: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    return 1;
  }
}

async function run(argv: string[], io: Io, pool: PoolOptions, replay?: BatchMode): Promise<number> {
  if (argv.length === 0) {
    io.stderr(USAGE);
    return 2;
  }
  // Their own options and parsers: the batch options above mean nothing to them.
  if (argv[0] === "import") return importCommand(argv.slice(1), io);
  if (argv[0] === "fit") return fitCommand(argv.slice(1), io);
  const parsed = parseArgs(argv);
  if (!parsed.ok) {
    for (const e of parsed.errors) io.stderr(`archsim: ${e}\n`);
    io.stderr("Run 'archsim help' for usage.\n");
    return 2;
  }
  const command = parsed.command;
  let mode: BatchMode = replay ?? { kind: "all" };
  let commandIo = io;
  if (command.kind === "run" || command.kind === "compare" || command.kind === "sweep") {
    if (command.shard !== undefined) {
      // The part carries every file the command reads, so that merge needs none of them.
      const files = new Map<string, string>();
      const read = io.readFile ?? ((path: string) => readFileSync(path, "utf8"));
      commandIo = {
        ...io,
        readFile: (path) => {
          const text = read(path);
          files.set(path, text);
          return text;
        },
      };
      mode = { kind: "shard", shard: command.shard, argv: withoutShard(argv), files };
    }
  }
  switch (command.kind) {
    case "help":
      io.stdout(USAGE);
      return 0;
    case "version":
      io.stdout(`archsim ${VERSION}\n`);
      return 0;
    case "validate":
      if (load(command.file, {}, io) === undefined) return 2;
      io.stdout("ok\n");
      return 0;
    case "merge":
      if (replay !== undefined) throw new PartsMismatch("a part cannot hold a merge");
      return merge(command.files, io, pool);
    case "compare":
      return compare(command, commandIo, pool, mode);
    case "sweep":
      return sweep(command, commandIo, pool, mode);
    case "run":
      return runOne(command, commandIo, mode);
  }
}

/** Replays the parts' command on their summaries, its files read from the parts. */
function merge(paths: string[], io: Io, pool: PoolOptions): Promise<number> | number {
  const merged = mergeParts(paths, {
    ...io,
    readFile: io.readFile ?? ((path) => readFileSync(path, "utf8")),
  });
  if (Array.isArray(merged)) {
    for (const p of merged) io.stderr(`archsim: merge: ${p}\n`);
    return 2;
  }
  const files = merged.files;
  const replayIo: Io = {
    stdout: io.stdout,
    stderr: io.stderr,
    readFile: (path) => {
      const text = files.get(path);
      if (text === undefined) throw new Error("not in the parts");
      return text;
    },
  };
  return run(merged.argv, replayIo, pool, { kind: "replay", summaries: merged.summaries });
}

async function runOne(command: RunCommand, io: Io, mode: BatchMode): Promise<number> {
  const loaded = load(command.file, command, io);
  if (loaded === undefined) return 2;
  const { replications } = command;
  const line =
    io.progress === undefined
      ? undefined
      : new ProgressLine(io.progress, { duration: loaded.scenario.duration, runs: replications });
  const traces =
    command.traces === undefined ? undefined : recordTraces(loaded.scenario, command.traces);
  const options = {
    replications,
    maxEvents: command.maxEvents,
    onProgress:
      line === undefined ? undefined : (run: number, now: number) => line.update(run, now),
    beforeRun: traces?.beforeRun,
  };
  let runs: Awaited<ReturnType<typeof batch>>;
  try {
    runs = await batch(
      mode,
      replications,
      (from, to) => replicationRuns(loaded.scenario, options, from, to),
      io.stdout,
    );
  } finally {
    line?.end();
  }
  if (runs === null) return 0;
  if (traces !== undefined && !traces.write(io)) return 2;
  const summary = withFingerprint(combineReplications(runs));
  if (command.format === "json") {
    const extended = { ...summary, ...insightsJson(loaded.scenario, summary) };
    io.stdout(`${JSON.stringify(extended, null, 2)}\n`);
  } else if (command.format === "csv") io.stdout(summaryToCsv(summary));
  else io.stdout(summaryToTable(summary) + insightsToText(loaded.scenario, summary));
  const checks = checkSlos(summary, command.slos ?? []);
  // With the table the verdicts follow it; with --json or --csv stdout stays machine-readable.
  if (command.format === "table" && checks.length > 0) {
    io.stdout(`\n${checks.map(sloLine).join("\n")}\n`);
  } else {
    for (const c of checks) if (!c.met) io.stderr(`archsim: ${sloLine(c)}\n`);
  }
  return checks.every((c) => c.met) ? 0 : 1;
}
