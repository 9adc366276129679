/**
 * `archsim`: reads a scenario, runs it on the same engine as the browser, prints the summary.
 * Every mistake of the user (command line, file, scenario) is a clear message and exit code 2;
 * only a bug in archsim itself is exit code 1. The io is injected so tests run it in-process.
 */
import { readFileSync } from "node:fs";
import { formatIssue } from "../scenario/issues";
import { parseScenarioText } from "../scenario/parse";
import type { Scenario } from "../scenario/types";
import { StalledClock } from "../sim/stalled-clock";
import { parseArgs, type RunCommand } from "./args";
import { summaryToCsv } from "./csv";
import { runReplications } from "./replicate";
import { summaryToTable } from "./table";

export interface Io {
  stdout(s: string): void;
  stderr(s: string): void;
  readFile?(path: string): string;
}

const processIo: Io = {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
};

export const USAGE = `Usage: archsim <command> [options]

Commands:
  run <scenario.json>       simulate the scenario and print its summary
  validate <scenario.json>  check the scenario: prints "ok", or its errors
  help                      show this text

Options of run (each overrides the scenario's field of the same name):
  --seed <s>                master seed
  --duration <d>            simulated seconds, > 0
  --warmup <w>              seconds left out of the statistics, 0 <= w < duration
  --replications <n>        average n runs with derived seeds, with 95% confidence half-widths
  --json                    print the summary as JSON, and nothing else
  --csv                     print the summary as CSV: scope,metric,value,ci95

Exit codes: 0 done, 1 internal error (please report it), 2 bad command line or scenario.
`;

export async function main(argv: string[], io: Io = processIo): Promise<number> {
  try {
    return run(argv, io);
  } catch (error) {
    if (error instanceof StalledClock) {
      io.stderr(`archsim: ${error.message}\n`);
      return 2;
    }
    io.stderr(
      `archsim: internal error: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    return 1;
  }
}

function run(argv: string[], io: Io): number {
  if (argv.length === 0) {
    io.stderr(USAGE);
    return 2;
  }
  const parsed = parseArgs(argv);
  if (!parsed.ok) {
    for (const e of parsed.errors) io.stderr(`archsim: ${e}\n`);
    io.stderr("Run 'archsim help' for usage.\n");
    return 2;
  }
  const command = parsed.command;
  if (command.kind === "help") {
    io.stdout(USAGE);
    return 0;
  }
  const scenario = load(command.file, io);
  if (scenario === undefined) return 2;
  if (command.kind === "validate") {
    io.stdout("ok\n");
    return 0;
  }
  const runnable = withOverrides(scenario, command, io);
  if (runnable === undefined) return 2;
  const summary = runReplications(runnable, { replications: command.replications });
  if (command.format === "json") io.stdout(`${JSON.stringify(summary, null, 2)}\n`);
  else if (command.format === "csv") io.stdout(summaryToCsv(summary));
  else io.stdout(summaryToTable(summary));
  return 0;
}

/** The validated scenario, its warnings on stderr; or undefined, every problem on stderr. */
function load(file: string, io: Io): Scenario | undefined {
  let text: string;
  try {
    text = (io.readFile ?? ((path) => readFileSync(path, "utf8")))(file);
  } catch (error) {
    io.stderr(`archsim: cannot read ${file}: ${readProblem(error)}\n`);
    return undefined;
  }
  const result = parseScenarioText(text);
  for (const w of result.warnings) io.stderr(`${file}: warning: ${formatIssue(w)}\n`);
  if (!result.ok) {
    for (const e of result.errors) io.stderr(`${file}: ${formatIssue(e)}\n`);
    return undefined;
  }
  return result.scenario;
}

/**
 * The command line's seed, duration and warmup replace the scenario's. The warmup < duration
 * rule is checked here, where both sides are known: either may come from the command line.
 */
function withOverrides(scenario: Scenario, command: RunCommand, io: Io): Scenario | undefined {
  const duration = command.duration ?? scenario.duration;
  const warmup = command.warmup ?? scenario.warmup;
  if (warmup >= duration) {
    io.stderr(
      `archsim: the warmup (${warmup} s) must be shorter than the duration (${duration} s)\n`,
    );
    return undefined;
  }
  return { ...scenario, seed: command.seed ?? scenario.seed, duration, warmup };
}

const READ_PROBLEMS: Record<string, string> = {
  ENOENT: "no such file",
  EISDIR: "it is a directory",
  EACCES: "permission denied",
};

function readProblem(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === "string" && code in READ_PROBLEMS) return READ_PROBLEMS[code];
  return error instanceof Error ? error.message : String(error);
}
