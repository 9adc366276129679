/**
 * How large a scenario may be, each limit sized from what the engine and the page were measured
 * to need, far above any architecture a room would draw. Beyond them a scenario is refused with
 * the limit at its path, rather than left to fill the machine's memory or freeze a tab.
 */
import { fieldPath, itemPath, type Report } from "./issues";
import type { Reader } from "./read";
import { show } from "./show";
import { readText, type Text } from "./text";

export const LIMITS = {
  /**
   * The engine keeps a components × components table of calls and partitions: 12 MB at 1,000;
   * 70,000 components asked for 59 GB ("Invalid typed array length"), and 10,000 took the page
   * 8 s to draw.
   */
  components: 1_000,
  /** About 100 bytes each: 10,000 take 1 MB; 1e8 took 7.3 GB and 1e6 100 MB and 2.7 s to build. */
  replicas: 10_000,
  /**
   * Workers and waiting places cost no memory until requests use them (1e8 workers ran in the
   * same 65 MB as 1e6); the limit keeps every count an exact integer far below 2^53.
   */
  workers: 1_000_000_000,
  queue: 1_000_000_000,
  /** Closed users: each holds a request's row in the job table. */
  users: 1_000_000,
  /** Characters of a label in one language: a card shows two lines of it, the tooltip the rest. */
  label: 1_000,
  /** Levels of objects and arrays: a scenario needs about 8; walks over deeper values overflowed the stack at 10,000. */
  depth: 64,
} as const;

/**
 * The first path (in the document's path notation) where `value` is nested deeper than
 * LIMITS.depth, or undefined. Iterative, so a value nested ten million deep is answered without
 * a stack overflow, after looking at no more than the path down to the limit.
 */
export function tooDeep(value: unknown): string | undefined {
  const stack: { value: unknown; path: string; depth: number }[] = [{ value, path: "", depth: 0 }];
  for (let top = stack.pop(); top !== undefined; top = stack.pop()) {
    const { value: v, path, depth } = top;
    if (typeof v !== "object" || v === null) continue;
    if (depth >= LIMITS.depth) return path;
    if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--)
        stack.push({ value: v[i], path: itemPath(path, i), depth: depth + 1 });
    } else {
      for (const key of Object.keys(v).reverse())
        stack.push({
          value: (v as Record<string, unknown>)[key],
          path: fieldPath(path, key),
          depth: depth + 1,
        });
    }
  }
  return undefined;
}

/**
 * `read`, then a check that the number it read is at most `max`: the reader's own wording stays
 * for what it refuses (`must be an integer >= 1`), and a value past the limit says the limit.
 */
export function atMost(read: Reader<number>, max: number): Reader<number> {
  return (report, value, path) => {
    const n = read(report, value, path);
    if (n > max) report.error(path, "overLimit", { max: String(max), got: show(value) });
    return n;
  };
}

/**
 * Whether JSON `text` nests arrays and objects more than LIMITS.depth deep, by counting brackets
 * outside strings: one pass, before JSON.parse, which took 23 s over a value nested ten million
 * deep (and structured cloning it for a worker overflowed the stack).
 */
export function textTooDeep(text: string): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === BACKSLASH) i++;
      else if (c === QUOTE) inString = false;
    } else if (c === QUOTE) inString = true;
    else if (c === OPEN_BRACKET || c === OPEN_BRACE) {
      if (++depth > LIMITS.depth) return true;
    } else if (c === CLOSE_BRACKET || c === CLOSE_BRACE) depth--;
  }
  return false;
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;

/** A label: scenario text of at most LIMITS.label characters in each language. */
export const readLabel: Reader<Text> = (report: Report, value: unknown, path: string) => {
  const text = readText(report, value, path);
  const texts = typeof text === "string" ? [text] : Object.values(text);
  if (texts.some((t) => typeof t === "string" && t.length > LIMITS.label)) {
    report.error(path, "textTooLong", { max: String(LIMITS.label) });
  }
  return text;
};

/** Whether a components array is within LIMITS.components; reports it at `path` if not. */
export function withinComponentLimit(report: Report, value: unknown, path: string): boolean {
  if (!Array.isArray(value) || value.length <= LIMITS.components) return true;
  report.error(path, "tooManyComponents", {
    count: String(value.length),
    max: String(LIMITS.components),
  });
  return false;
}
