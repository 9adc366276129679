import { OK, REJECTED } from "../outcome";
import type { ComponentSummary } from "../summary";
import { LatencyHistogram } from "./histogram";
import { TimeWeighted } from "./time-weighted";

/**
 * The figures of one component that serves requests: how busy its workers were, how long the
 * queue was and how long requests waited in it (time-weighted, from the end of the warm-up),
 * and what became of the requests it held.
 */
export class ServiceStats {
  /** Workers holding a request, over all instances. */
  readonly busy = new TimeWeighted();
  /** Workers of the instances that are up: utilisation is busy area over capacity area. */
  readonly capacity = new TimeWeighted();
  readonly queued = new TimeWeighted();
  readonly latency = new LatencyHistogram();
  served = 0;
  rejected = 0;
  failed = 0;
  /** Requests dropped unserved because their caller had given up (`deadlines`). */
  dropped = 0;
  private waitSum = 0;
  private waitCount = 0;

  recordWait(wait: number): void {
    this.waitSum += wait;
    this.waitCount++;
  }

  recordOutcome(outcome: number, latency: number): void {
    if (outcome === OK) {
      this.served++;
      this.latency.record(latency);
    } else if (outcome === REJECTED) {
      this.rejected++;
    } else {
      this.failed++;
    }
  }

  reset(now: number): void {
    this.busy.reset(now);
    this.capacity.reset(now);
    this.queued.reset(now);
    this.latency.reset();
    this.served = 0;
    this.rejected = 0;
    this.failed = 0;
    this.dropped = 0;
    this.waitSum = 0;
    this.waitCount = 0;
  }

  summarize(now: number, withWorkers: boolean): ComponentSummary {
    const h = this.latency;
    const summary: ComponentSummary = {};
    if (withWorkers) {
      const capacity = this.capacity.area(now);
      summary.utilization = capacity > 0 ? this.busy.area(now) / capacity : 0;
      summary.meanQueue = this.queued.mean(now);
      summary.meanWait = this.waitCount > 0 ? this.waitSum / this.waitCount : 0;
    }
    summary.served = this.served;
    summary.rejected = this.rejected;
    summary.failed = this.failed;
    if (withWorkers) summary.dropped = this.dropped;
    summary.latency =
      h.count > 0
        ? { mean: h.mean, p50: h.percentile(0.5), p99: h.percentile(0.99) }
        : { mean: 0, p50: 0, p99: 0 };
    return summary;
  }
}
