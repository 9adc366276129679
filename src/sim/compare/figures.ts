/**
 * A summary as a flat list of named figures (`throughput`, `latency.p99`,
 * `components.web.utilization`, `cost.total`), so that two variants are compared figure by
 * figure whatever their components.
 */
import type { Summary } from "../summary";

/** Settings of the run rather than results of it, and the wall time no seed controls. */
const NOT_FIGURES = new Set(["duration", "warmup", "wallSeconds", "replications"]);

/** Every numeric figure of one run, in the summary's order; `recovery` (a list) is left out. */
export function figuresOf(summary: Summary): Map<string, number> {
  const figures = new Map<string, number>();
  for (const [key, value] of Object.entries(summary)) {
    if (!NOT_FIGURES.has(key)) collect(value, key, figures);
  }
  return figures;
}

function collect(value: unknown, path: string, into: Map<string, number>): void {
  if (typeof value === "number") {
    into.set(path, value);
  } else if (typeof value === "object" && value !== null && !Array.isArray(value)) {
    for (const [key, inner] of Object.entries(value)) {
      // A combined summary's half-widths are not figures of a run.
      if (key !== "ci95") collect(inner, `${path}.${key}`, into);
    }
  }
}

/**
 * Which way is better for a figure, where that is not a matter of taste: less latency, waiting,
 * failure and cost; more throughput, completions and cache hits. Undefined for the rest
 * (utilisation, counts of events...): a change there is reported as "different".
 */
export function preferred(figure: string): "lower" | "higher" | undefined {
  const last = figure.slice(figure.lastIndexOf(".") + 1);
  if (figure === "throughput" || figure === "requests.completed" || last === "hitRatio") {
    return "higher";
  }
  if (/^classes\.[^.]+\.completed$/.test(figure)) return "higher";
  if (/(^|\.)latency\./.test(figure) || figure.startsWith("cost.")) return "lower";
  if (figure.startsWith("requests.failures.") || figure === "requests.failed") return "lower";
  return LOWER_IS_BETTER.has(last) && figure !== "requests.generated" ? "lower" : undefined;
}

const LOWER_IS_BETTER = new Set([
  "retries",
  "meanQueue",
  "meanWait",
  "rejected",
  "failed",
  "dropped",
  "timeout",
  "unavailable",
  "error",
  "shed",
  "deadLettered",
  "meanAge",
]);
