/**
 * Spreading a batch of runs over machines: `--shard i/n` runs only the i-th of n slices of a
 * command's runs (replications, comparison tasks, sweep points) and prints a part, and
 * `archsim merge` replays the command on the parts' summaries, printing exactly what one machine
 * running all of it prints. Any batch runner can fan the slices out (a CI matrix, a Kubernetes
 * Indexed Job): each slice is an ordinary process with an index, and nothing talks to anything.
 *
 * A part carries the command line (without --shard), the text of every file the command read,
 * and its slice's summaries by run index, so that merge needs neither the files nor the order
 * in which the parts arrive, and refuses parts of different commands.
 */
import type { Summary } from "../sim/summary";

/** Slice `index` (from 0, as a Kubernetes Indexed Job's JOB_COMPLETION_INDEX) of `count`. */
export interface Shard {
  index: number;
  count: number;
}

export const MAX_SHARDS = 100_000;

/** `i/n` with 0 <= i < n, or the error message. */
export function parseShard(text: string): Shard | string {
  const m = /^(\d+)\/(\d+)$/.exec(text);
  const index = m === null ? Number.NaN : Number(m[1]);
  const count = m === null ? Number.NaN : Number(m[2]);
  if (!(count >= 1 && count <= MAX_SHARDS && index < count)) {
    return `--shard must be i/n with 0 <= i < n <= ${MAX_SHARDS} (i from 0, as JOB_COMPLETION_INDEX), got '${text}'`;
  }
  return { index, count };
}

/** The run indices of a shard: a contiguous slice, the slices of 0..n-1 covering 0..total-1. */
export function shardRange(shard: Shard, total: number): { from: number; to: number } {
  return {
    from: Math.floor((total * shard.index) / shard.count),
    to: Math.floor((total * (shard.index + 1)) / shard.count),
  };
}

/**
 * How a command's batch of runs is done: all here (the default); one slice, printed as a part;
 * or replayed from merged parts' summaries.
 */
export type BatchMode =
  | { kind: "all" }
  | { kind: "shard"; shard: Shard; argv: string[]; files: Map<string, string> }
  | { kind: "replay"; summaries: readonly Summary[] };

export const PART_FORMAT = "archsim-part";
export const PART_VERSION = 1;

export interface Part {
  format: typeof PART_FORMAT;
  version: typeof PART_VERSION;
  argv: string[];
  files: Record<string, string>;
  shard: Shard;
  /** Runs of the whole batch. */
  runs: number;
  /** The slice's summaries, [run index, summary]. */
  summaries: [number, Summary][];
}

/**
 * The runs of a batch of `total`, each computed by `compute` over a range of indices: all of
 * them, or those recorded by merge; or, for a shard, its slice printed as a part (null).
 */
export async function batch(
  mode: BatchMode,
  total: number,
  compute: (from: number, to: number) => Summary[] | Promise<Summary[]>,
  print: (s: string) => void,
): Promise<Summary[] | null> {
  if (mode.kind === "all") return compute(0, total);
  if (mode.kind === "replay") {
    if (mode.summaries.length !== total) {
      throw new PartsMismatch(
        `the parts hold ${mode.summaries.length} runs, and the command makes ${total}`,
      );
    }
    return [...mode.summaries];
  }
  const { from, to } = shardRange(mode.shard, total);
  const summaries = from < to ? await compute(from, to) : [];
  const part: Part = {
    format: PART_FORMAT,
    version: PART_VERSION,
    argv: mode.argv,
    files: Object.fromEntries(mode.files),
    shard: mode.shard,
    runs: total,
    summaries: summaries.map((s, k) => [from + k, s]),
  };
  print(`${encodePart(part)}\n`);
  return null;
}

/** Parts that do not add up to one command's batch: said to the user, exit code 2. */
export class PartsMismatch extends Error {
  override name = "PartsMismatch";
}

/**
 * JSON with every number kept bit for bit: JSON writes NaN and Infinity as null and -0 as 0, so
 * those travel as {"$number": "..."}; every finite double survives JSON's shortest form.
 */
export function encodePart(part: Part): string {
  return JSON.stringify(part, (_key, value) =>
    typeof value === "number" && (!Number.isFinite(value) || Object.is(value, -0))
      ? { $number: Object.is(value, -0) ? "-0" : String(value) }
      : value,
  );
}

const SPECIAL: Record<string, number> = {
  NaN: Number.NaN,
  Infinity: Number.POSITIVE_INFINITY,
  "-Infinity": Number.NEGATIVE_INFINITY,
  "-0": -0,
};

export function decodeNumbers(text: string): unknown {
  return JSON.parse(text, (_key, value) => {
    if (value !== null && typeof value === "object" && !Array.isArray(value)) {
      const keys = Object.keys(value);
      if (keys.length === 1 && keys[0] === "$number" && Object.hasOwn(SPECIAL, value.$number)) {
        return SPECIAL[value.$number];
      }
    }
    return value;
  });
}

/** The command line without its --shard option (either `--shard i/n` or `--shard=i/n`). */
export function withoutShard(argv: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === "--shard") i++;
    else if (!argv[i].startsWith("--shard=")) out.push(argv[i]);
  }
  return out;
}
