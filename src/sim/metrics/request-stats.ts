import { failureKind, OK, OUTCOME_COUNT } from "../outcome";
import type { LatencySummary, RequestCounts } from "../summary";
import { LatencyHistogram } from "./histogram";

/**
 * What happened to the requests of the measured window (those created at or after the warm-up),
 * counted where the format measures latency: at the clients, from first send to final answer.
 * One instance per client, and one per request class; the run sums them.
 */
export class RequestStats {
  generated = 0;
  completed = 0;
  /** Final outcomes by code (see outcome.ts); index 0 unused. */
  readonly outcomes = new Float64Array(OUTCOME_COUNT);
  /** Attempts after the first, i.e. the extra load retries put on the system. */
  retries = 0;
  readonly latency = new LatencyHistogram();

  get failed(): number {
    let sum = 0;
    for (let k = 1; k < OUTCOME_COUNT; k++) sum += this.outcomes[k];
    return sum;
  }

  recordOutcome(outcome: number, latency: number): void {
    if (outcome === OK) {
      this.completed++;
      this.latency.record(latency);
    } else {
      this.outcomes[outcome]++;
    }
  }

  addFrom(other: RequestStats): void {
    this.generated += other.generated;
    this.completed += other.completed;
    this.retries += other.retries;
    for (let k = 0; k < OUTCOME_COUNT; k++) this.outcomes[k] += other.outcomes[k];
    this.latency.mergeFrom(other.latency);
  }

  counts(inFlight: number): RequestCounts {
    const failures = { rejected: 0, timeout: 0, unavailable: 0, error: 0 };
    for (let k = 1; k < OUTCOME_COUNT; k++) failures[failureKind(k)] = this.outcomes[k];
    return {
      generated: this.generated,
      completed: this.completed,
      failed: this.failed,
      inFlight,
      failures,
    };
  }

  latencySummary(): LatencySummary {
    return summarizeLatency(this.latency);
  }
}

export function summarizeLatency(h: LatencyHistogram): LatencySummary {
  if (h.count === 0) return { mean: 0, p50: 0, p90: 0, p99: 0, p999: 0, max: 0 };
  return {
    mean: h.mean,
    p50: h.percentile(0.5),
    p90: h.percentile(0.9),
    p99: h.percentile(0.99),
    p999: h.percentile(0.999),
    max: h.max,
  };
}
