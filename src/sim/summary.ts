/**
 * The summary of a run: what `archsim run --json` prints and the UI's summary table shows.
 * Statistics cover `warmup` to `duration`; latency is measured at the clients, from first send
 * to final answer, retries included.
 */

export const FAILURE_KINDS = ["rejected", "timeout", "unavailable", "error"] as const;
export type FailureKind = (typeof FAILURE_KINDS)[number];

export interface LatencySummary {
  mean: number;
  p50: number;
  p90: number;
  p99: number;
  p999: number;
  max: number;
}

export interface RequestCounts {
  generated: number;
  completed: number;
  failed: number;
  inFlight: number;
  failures: Record<FailureKind, number>;
}

export interface ComponentSummary {
  /** Busy workers over all workers of the instances that are up, time-averaged. */
  utilization?: number;
  meanQueue?: number;
  meanWait?: number;
  served?: number;
  rejected?: number;
  failed?: number;
  latency?: { mean: number; p50: number; p99: number };
  /** Requests generated per second by a client over the measured window. */
  offered?: number;
  /** Client-side latency per request class. */
  classes?: Record<string, { completed: number; failed: number; latency: LatencySummary }>;
}

export interface Summary {
  scenario: string;
  seed: string;
  duration: number;
  warmup: number;
  events: number;
  wallSeconds: number;
  requests: RequestCounts;
  throughput: number;
  latency: LatencySummary;
  components: Record<string, ComponentSummary>;
  /** Present with `--replications n` (n >= 2): how many runs the figures average. */
  replications?: number;
}
