/**
 * SLO verdicts as lines a person or a CI log reads: which objective, the figure, and how far it
 * is on the wrong side, in the unit the objective is about.
 */
import type { SloCheck } from "../sim/slo/check";
import { kindOf, type SloMetric } from "../sim/slo/metrics";
import { sig3 } from "./table";

/** `p99 312 ms`, `throughput 85.2 req/s`, `failureRatio 2.10%`. */
export function amount(metric: SloMetric, x: number): string {
  const kind = kindOf(metric);
  if (kind === "latency") return `${sig3(x * 1000)} ms`;
  if (kind === "ratio") return `${sig3(x * 100)}%`;
  return `${sig3(x)} req/s`;
}

/** `SLO p99<0.25 violated: p99 is 312 ms, 62.0 ms over the limit`, or `SLO p99<0.25 met: p99 is 120 ms`. */
export function sloLine(check: SloCheck): string {
  const { slo, value, met, excess } = check;
  const head = `SLO ${slo.text} ${met ? "met" : "violated"}: ${slo.metric} is ${amount(slo.metric, value)}`;
  if (met) return head;
  if (Number.isNaN(value)) return `${head} (no request completed)`;
  const side = slo.comparison.startsWith("<") ? "over" : "under";
  return `${head}, ${amount(slo.metric, excess)} ${side} the limit`;
}
