/**
 * The live view's figures, in row order. A probe row is the time, the GLOBAL_FIELDS, then
 * PROBE_FIELDS for each component in scenario order, then the calls per second of each edge.
 * Rates are per second of simulated time over the interval that ends at the row's time.
 */
export const GLOBAL_FIELDS = [
  "offered",
  "completed",
  "rejected",
  "timeout",
  "unavailable",
  "error",
  "retries",
  "latencyMean",
  "p50",
  "p95",
  "p99",
  "inFlight",
] as const;

export const PROBE_FIELDS = [
  "utilization",
  "meanQueue",
  "served",
  "failed",
  "up",
  "instances",
  "inFlight",
  "hitRatio",
  "breakersOpen",
] as const;

export const PROBE_FIELD_COUNT = PROBE_FIELDS.length;
export type GlobalField = (typeof GLOBAL_FIELDS)[number];
export type ProbeField = (typeof PROBE_FIELDS)[number];
