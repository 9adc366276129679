/**
 * The figures a service-level objective can name, read off a summary. One list for the SLO
 * assertions of `archsim run`, the SLO line of a sweep and the sweep's curves, so the three never
 * disagree on what `p99` or `failureRatio` means.
 */
import type { Summary } from "../summary";

export const LATENCY_METRICS = ["mean", "p50", "p90", "p99", "p999", "max"] as const;
export const RATIO_METRICS = ["failureRatio", "errorRatio"] as const;
export const SLO_METRICS = [...LATENCY_METRICS, "throughput", ...RATIO_METRICS] as const;
export type SloMetric = (typeof SLO_METRICS)[number];

/** What a metric measures, which decides the units it may be written in and is shown in. */
export type MetricKind = "latency" | "throughput" | "ratio";

export function kindOf(metric: SloMetric): MetricKind {
  if ((LATENCY_METRICS as readonly string[]).includes(metric)) return "latency";
  return metric === "throughput" ? "throughput" : "ratio";
}

/**
 * The metric's value: latency at the clients in seconds, throughput in completed requests per
 * second, and the share of finished requests that failed (`failureRatio`, any kind) or failed
 * with an `error` (`errorRatio`); a ratio is 0 when no request finished.
 */
export function metricOf(summary: Summary, metric: SloMetric): number {
  if (metric === "throughput") return summary.throughput;
  const { completed, failed, failures } = summary.requests;
  const finished = completed + failed;
  if (metric === "failureRatio") return finished > 0 ? failed / finished : 0;
  if (metric === "errorRatio") return finished > 0 ? failures.error / finished : 0;
  return summary.latency[metric];
}
