/**
 * Turns the words typed after `archsim` into a typed command, or into every mistake found in
 * them, so that the user fixes a bad command line in one go and nothing runs on a half-understood one.
 */

export type OutputFormat = "table" | "json" | "csv";

export interface RunCommand {
  kind: "run";
  file: string;
  format: OutputFormat;
  replications: number;
  /** Overrides of the scenario's own fields; absent means "as the scenario says". */
  seed?: string;
  duration?: number;
  warmup?: number;
}

export type Command = { kind: "help" } | { kind: "validate"; file: string } | RunCommand;

export type ParsedArgs = { ok: true; command: Command } | { ok: false; errors: string[] };

const FLAGS = ["--json", "--csv"] as const;
const VALUED = ["--seed", "--duration", "--warmup", "--replications"] as const;
type Valued = (typeof VALUED)[number];

export function parseArgs(argv: string[]): ParsedArgs {
  // Asking for help wins over everything else on the line, mistakes included.
  if (argv[0] === "help" || argv.some((a) => a === "--help" || a === "-h")) {
    return { ok: true, command: { kind: "help" } };
  }
  const [name, ...rest] = argv;
  if (name === undefined) return { ok: false, errors: ["no command given"] };
  if (name !== "run" && name !== "validate") {
    return { ok: false, errors: [`unknown command '${name}'`] };
  }

  const errors: string[] = [];
  const files: string[] = [];
  const flags = new Set<string>();
  const values = new Map<Valued, string>();
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    if (!arg.startsWith("--") || arg === "--") {
      files.push(arg);
      continue;
    }
    const eq = arg.indexOf("=");
    const option = eq < 0 ? arg : arg.slice(0, eq);
    const allowed = name === "run" ? [...FLAGS, ...VALUED] : [];
    if (!(allowed as string[]).includes(option)) {
      errors.push(`unknown option ${option} for ${name}`);
    } else if ((FLAGS as readonly string[]).includes(option)) {
      if (eq >= 0) errors.push(`${option} takes no value`);
      else flags.add(option);
    } else if (eq >= 0) {
      values.set(option as Valued, arg.slice(eq + 1));
    } else if (i + 1 < rest.length && !rest[i + 1].startsWith("--")) {
      // A following "--x" is taken as a forgotten value, not as the value: no seed looks like that.
      values.set(option as Valued, rest[++i]);
    } else {
      errors.push(`${option} needs a value`);
    }
  }

  if (files.length === 0) errors.push(`${name} needs a scenario file`);
  for (const extra of files.slice(1)) errors.push(`unexpected argument '${extra}'`);
  if (flags.has("--json") && flags.has("--csv")) errors.push("--json and --csv cannot be combined");

  const command: RunCommand = {
    kind: "run",
    file: files[0],
    format: flags.has("--json") ? "json" : flags.has("--csv") ? "csv" : "table",
    replications: 1,
  };
  const seed = values.get("--seed");
  if (seed !== undefined) {
    if (seed === "") errors.push("--seed needs a value");
    else command.seed = seed;
  }
  const duration = number(values.get("--duration"), "--duration", "a number > 0", (x) => x > 0);
  const warmup = number(values.get("--warmup"), "--warmup", "a number >= 0", (x) => x >= 0);
  const replications = number(
    values.get("--replications"),
    "--replications",
    "an integer >= 1",
    (x) => Number.isInteger(x) && x >= 1,
  );
  for (const r of [duration, warmup, replications]) if (typeof r === "string") errors.push(r);
  if (typeof duration === "number") command.duration = duration;
  if (typeof warmup === "number") command.warmup = warmup;
  if (typeof replications === "number") command.replications = replications;
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, command: name === "run" ? command : { kind: "validate", file: files[0] } };
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
