/**
 * `archsim merge part.json...`: the parts printed by `--shard i/n` runs, put back together into
 * the command they were sliced from (shard.ts). Every part must come from the same command line
 * and files, and every slice 0..n-1 be there exactly once: anything else is refused, saying why.
 */
import type { Summary } from "../sim/summary";
import type { Io } from "./load";
import { decodeNumbers, PART_FORMAT, PART_VERSION, type Part } from "./shard";

export interface Merged {
  argv: string[];
  files: Map<string, string>;
  summaries: Summary[];
}

/** The merged batch, or the problems, each a sentence. */
export function mergeParts(paths: readonly string[], io: Io): Merged | string[] {
  const parts: { path: string; part: Part }[] = [];
  const problems: string[] = [];
  for (const path of paths) {
    const part = readPart(path, io);
    if (typeof part === "string") problems.push(part);
    else parts.push({ path, part });
  }
  if (problems.length > 0) return problems;
  const first = parts[0].part;
  const key = (p: Part) => JSON.stringify([p.argv, p.files, p.shard.count, p.runs]);
  for (const { path, part } of parts.slice(1)) {
    if (key(part) !== key(first)) {
      problems.push(
        `${path} is a part of another command than ${parts[0].path} (command line, files, shard count or runs differ)`,
      );
    }
  }
  if (problems.length > 0) return problems;
  const seen = new Map<number, string>();
  for (const { path, part } of parts) {
    const other = seen.get(part.shard.index);
    if (other !== undefined)
      problems.push(`${path} and ${other} are both shard ${part.shard.index}`);
    seen.set(part.shard.index, path);
  }
  const missing = Array.from({ length: first.shard.count }, (_, i) => i).filter(
    (i) => !seen.has(i),
  );
  if (missing.length > 0) {
    const shown = missing.slice(0, 10).map((i) => `${i}/${first.shard.count}`);
    problems.push(
      `missing shard${missing.length > 1 ? "s" : ""} ${shown.join(", ")}${missing.length > 10 ? ` and ${missing.length - 10} more` : ""}`,
    );
  }
  if (problems.length > 0) return problems;
  const summaries: Summary[] = new Array(first.runs);
  for (const { part } of parts) for (const [i, s] of part.summaries) summaries[i] = s;
  for (let i = 0; i < first.runs; i++) {
    if (summaries[i] === undefined) return [`no part holds run ${i} of ${first.runs}`];
  }
  return { argv: first.argv, files: new Map(Object.entries(first.files)), summaries };
}

function readPart(path: string, io: Io): Part | string {
  let text: string;
  try {
    text = io.readFile!(path);
  } catch (error) {
    return `cannot read ${path}: ${error instanceof Error ? error.message : String(error)}`;
  }
  let part: unknown;
  try {
    part = decodeNumbers(text);
  } catch {
    return `${path} is not JSON: is it the output of a --shard run?`;
  }
  return isPart(part)
    ? part
    : `${path} is not a part printed by archsim --shard (version ${PART_VERSION})`;
}

function isPart(x: unknown): x is Part {
  const p = x as Partial<Part> | null;
  return (
    typeof p === "object" &&
    p !== null &&
    p.format === PART_FORMAT &&
    p.version === PART_VERSION &&
    Array.isArray(p.argv) &&
    p.argv.every((a) => typeof a === "string") &&
    typeof p.files === "object" &&
    p.files !== null &&
    Object.values(p.files).every((t) => typeof t === "string") &&
    typeof p.shard === "object" &&
    p.shard !== null &&
    Number.isInteger(p.shard.count) &&
    Number.isInteger(p.shard.index) &&
    p.shard.index >= 0 &&
    p.shard.index < p.shard.count &&
    Number.isInteger(p.runs) &&
    (p.runs ?? -1) >= 0 &&
    Array.isArray(p.summaries) &&
    p.summaries.every(
      (e) =>
        Array.isArray(e) &&
        Number.isInteger(e[0]) &&
        e[0] >= 0 &&
        e[0] < (p.runs ?? 0) &&
        typeof e[1] === "object" &&
        e[1] !== null,
    )
  );
}
