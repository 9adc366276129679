/**
 * Turns the words typed after `archsim` into a typed command, or into every mistake found in
 * them, so that the user fixes a bad command line in one go and nothing runs on a half-understood one.
 */
import { closest } from "../scenario/suggest";
import { parseSlos, type Slo, sloProblemText } from "../sim/slo/parse";
import { parseSweepValues, valuesProblemText } from "../sim/sweep/values";
import { parseShard, type Shard } from "./shard";
import { parseTraceOptions, TRACE_OPTIONS, type TraceRequest } from "./trace-options";

export type OutputFormat = "table" | "json" | "csv";

/** Overrides of the scenario's own fields; absent means "as the scenario says". */
export interface Overrides {
  seed?: string;
  duration?: number;
  warmup?: number;
}

/** How much work each run may take (`--max-events`, src/sim/work-budget.ts); absent: the default. */
export interface Budget {
  maxEvents?: number;
}

export interface RunCommand extends Overrides, Budget {
  kind: "run";
  file: string;
  format: OutputFormat;
  replications: number;
  /** Service-level objectives to assert (`--slo`); absent when none. */
  slos?: Slo[];
  /** Run only this slice of the runs and print it as a part (shard.ts); absent: all. */
  shard?: Shard;
  /** Write a sample of the first run's requests as OTLP/JSON (`--traces`); absent: none. */
  traces?: TraceRequest;
}

export interface CompareCommand extends Overrides, Budget {
  kind: "compare";
  /** Two or more scenario files: the first is the baseline the others are compared with. */
  files: string[];
  format: "table" | "json";
  replications: number;
  /** Worker threads; absent means one per core. */
  workers?: number;
  shard?: Shard;
}

export interface SweepCommand extends Overrides, Budget {
  kind: "sweep";
  file: string;
  format: OutputFormat;
  param: string;
  values: number[];
  replications: number;
  workers?: number;
  slos?: Slo[];
  shard?: Shard;
}

export type Command =
  | { kind: "help" }
  | { kind: "version" }
  | { kind: "validate"; file: string }
  | { kind: "merge"; files: string[] }
  | RunCommand
  | CompareCommand
  | SweepCommand;

export type ParsedArgs = { ok: true; command: Command } | { ok: false; errors: string[] };

type Name = "run" | "validate" | "compare" | "sweep" | "merge";

const OVERRIDES = ["--seed", "--duration", "--warmup", "--replications", "--shard", "--max-events"];

/** Per command: its flags, the options that take a value, and how many files it wants. */
const SPECS: Record<
  Name,
  { flags: string[]; valued: string[]; files: [min: number, max: number] }
> = {
  run: {
    flags: ["--json", "--csv"],
    valued: [...OVERRIDES, "--slo", ...TRACE_OPTIONS],
    files: [1, 1],
  },
  validate: { flags: [], valued: [], files: [1, 1] },
  merge: { flags: [], valued: [], files: [1, Infinity] },
  compare: { flags: ["--json"], valued: [...OVERRIDES, "--workers"], files: [2, Infinity] },
  sweep: {
    flags: ["--json", "--csv"],
    valued: [...OVERRIDES, "--workers", "--slo", "--param", "--values"],
    files: [1, 1],
  },
};

/** Replications when not given: a comparison needs several for its intervals, a sweep a few. */
const DEFAULT_REPLICATIONS: Record<Name, number> = {
  run: 1,
  validate: 1,
  compare: 10,
  sweep: 5,
  merge: 1,
};

export function parseArgs(argv: string[]): ParsedArgs {
  // Asking for help wins over everything else on the line, mistakes included.
  if (argv[0] === "help" || argv.some((a) => a === "--help" || a === "-h")) {
    return { ok: true, command: { kind: "help" } };
  }
  if (argv[0] === "version" || argv.some((a) => a === "--version" || a === "-V")) {
    return { ok: true, command: { kind: "version" } };
  }
  const [name, ...rest] = argv;
  if (name === undefined) return { ok: false, errors: ["no command given"] };
  if (!(name in SPECS)) {
    // `serve` is dispatched by bin/archsim.js before this parser, but is a command all the same.
    const known = [...Object.keys(SPECS), "serve", "import", "fit", "help", "version"];
    return { ok: false, errors: [`unknown command '${name}'${meant(name, known)}`] };
  }
  const spec = SPECS[name as Name];

  const errors: string[] = [];
  const files: string[] = [];
  const flags = new Set<string>();
  /** Every value given, in order: `--slo` may be repeated, the others keep their last. */
  const values = new Map<string, string[]>();
  const give = (option: string, value: string) =>
    values.set(option, [...(values.get(option) ?? []), value]);
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    if (!arg.startsWith("--") || arg === "--") {
      files.push(arg);
      continue;
    }
    const eq = arg.indexOf("=");
    const option = eq < 0 ? arg : arg.slice(0, eq);
    if (spec.flags.includes(option)) {
      if (eq >= 0) errors.push(`${option} takes no value`);
      else flags.add(option);
    } else if (!spec.valued.includes(option)) {
      errors.push(
        `unknown option ${option} for ${name}${meant(option, [...spec.flags, ...spec.valued])}`,
      );
    } else if (eq >= 0) {
      give(option, arg.slice(eq + 1));
    } else if (i + 1 < rest.length && !rest[i + 1].startsWith("--")) {
      // A following "--x" is taken as a forgotten value, not as the value: no seed looks like that.
      give(option, rest[++i]);
    } else {
      errors.push(`${option} needs a value`);
    }
  }

  const [min, max] = spec.files;
  if (files.length < min) {
    errors.push(
      min === 1 ? `${name} needs a scenario file` : `${name} needs ${min} scenario files or more`,
    );
  }
  for (const extra of files.slice(max)) errors.push(`unexpected argument '${extra}'`);
  if (flags.has("--json") && flags.has("--csv")) errors.push("--json and --csv cannot be combined");
  if (name === "validate") {
    return errors.length > 0
      ? { ok: false, errors }
      : { ok: true, command: { kind: "validate", file: files[0] } };
  }
  if (name === "merge") {
    return errors.length > 0
      ? { ok: false, errors }
      : { ok: true, command: { kind: "merge", files } };
  }

  const last = (option: string) => values.get(option)?.at(-1);
  const overrides: Overrides = {};
  const seed = last("--seed");
  if (seed !== undefined) {
    if (seed === "") errors.push("--seed needs a value");
    else overrides.seed = seed;
  }
  const duration = number(last("--duration"), "--duration", "a number > 0", (x) => x > 0);
  const warmup = number(last("--warmup"), "--warmup", "a number >= 0", (x) => x >= 0);
  // A paired interval needs two differences at least.
  const fewest = name === "compare" ? 2 : 1;
  const replications = number(
    last("--replications"),
    "--replications",
    `an integer >= ${fewest}`,
    (x) => Number.isInteger(x) && x >= fewest,
  );
  const workers = number(
    last("--workers"),
    "--workers",
    "an integer >= 1",
    (x) => Number.isInteger(x) && x >= 1,
  );
  const maxEvents = number(
    last("--max-events"),
    "--max-events",
    "an integer >= 1",
    (x) => Number.isInteger(x) && x >= 1,
  );
  for (const r of [duration, warmup, replications, workers, maxEvents])
    if (typeof r === "string") errors.push(r);
  if (typeof duration === "number") overrides.duration = duration;
  if (typeof warmup === "number") overrides.warmup = warmup;
  const common = {
    ...overrides,
    ...(typeof maxEvents === "number" ? { maxEvents } : {}),
    replications:
      typeof replications === "number" ? replications : DEFAULT_REPLICATIONS[name as Name],
  };
  const format: OutputFormat = flags.has("--json") ? "json" : flags.has("--csv") ? "csv" : "table";

  let slos: Slo[] | undefined;
  const sloTexts = values.get("--slo");
  if (sloTexts !== undefined) {
    const parsed = parseSlos(sloTexts);
    if (parsed.ok) slos = parsed.slos;
    else errors.push(...parsed.problems.map(sloProblemText));
  }
  const withSlos = slos === undefined ? {} : { slos };
  const withWorkers = typeof workers === "number" ? { workers } : {};
  const shardText = last("--shard");
  const shard = shardText === undefined ? undefined : parseShard(shardText);
  if (typeof shard === "string") errors.push(shard);
  const withShard = typeof shard === "object" ? { shard } : {};

  let command: Command;
  if (name === "run") {
    const traces = parseTraceOptions(last);
    if (typeof traces === "string") errors.push(traces);
    else if (traces !== undefined && shard !== undefined)
      errors.push("--traces cannot be combined with --shard: write the traces from one process");
    const withTraces = typeof traces === "object" ? { traces } : {};
    command = {
      kind: "run",
      file: files[0],
      format,
      ...common,
      ...withSlos,
      ...withShard,
      ...withTraces,
    };
  } else if (name === "compare") {
    command = {
      kind: "compare",
      files,
      format: format === "json" ? "json" : "table",
      ...common,
      ...withWorkers,
      ...withShard,
    };
  } else {
    const param = last("--param");
    const valuesText = last("--values");
    if (param === undefined) errors.push("sweep needs --param, the path of the field to vary");
    if (valuesText === undefined) errors.push("sweep needs --values, as from:to:step or a list");
    const parsed = valuesText === undefined ? undefined : parseSweepValues(valuesText);
    if (parsed !== undefined && !parsed.ok) errors.push(valuesProblemText(parsed.problem));
    command = {
      kind: "sweep",
      file: files[0],
      format,
      param: param ?? "",
      values: parsed?.ok ? parsed.values : [],
      ...common,
      ...withWorkers,
      ...withSlos,
      ...withShard,
    };
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, command };
}

/** `; did you mean 'run'?` after a word that is a likely typo of a known one, else "". */
function meant(word: string, known: readonly string[]): string {
  const match = closest(word, known);
  return match === undefined ? "" : `; did you mean '${match}'?`;
}

/** Plain decimal notation only: `Number()` would also take "", "0x10" and "Infinity". */
const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

/** The option's number, undefined when absent, or the error message. */
function number(
  text: string | undefined,
  option: string,
  expected: string,
  valid: (x: number) => boolean,
): number | string | undefined {
  if (text === undefined) return undefined;
  const x = DECIMAL.test(text) ? Number(text) : Number.NaN;
  return Number.isFinite(x) && valid(x) ? x : `${option} must be ${expected}, got '${text}'`;
}
