import { OK, REJECTED } from "../outcome";
import type { ComponentSummary, OwnSummary } from "../summary";
import { LatencyHistogram } from "./histogram";
import { TimeWeighted } from "./time-weighted";

/**
 * The figures of one component that serves requests: how busy its workers were, how long the
 * queue was and how long requests waited in it, and what became of the requests it held.
 *
 * Counters and areas run for the whole simulation; the end of the warm-up records a baseline
 * that the summary subtracts. The live view reads the same running totals interval by interval,
 * so nothing is counted twice and warm-up removal does not disturb it.
 */
export class ServiceStats {
  /** Workers holding a request, over all instances. */
  readonly busy = new TimeWeighted();
  /** Workers of the instances that are up: utilisation is busy area over capacity area. */
  readonly capacity = new TimeWeighted();
  readonly queued = new TimeWeighted();
  /** Latency of the requests served in the measured window. */
  readonly latency = new LatencyHistogram();
  served = 0;
  rejected = 0;
  failed = 0;
  /** Requests dropped unserved because their caller had given up (`deadlines`). */
  dropped = 0;
  /** Requests a CoDel queue dropped for waiting too long (also counted as rejected). */
  shed = 0;
  waitSum = 0;
  waitCount = 0;
  /**
   * Requests whose local processing ended (before any call the component makes), with the
   * sums of their service times (in a worker, CPU sharing included) and of their sojourns
   * (queue and service): the component's own time, apart from its callees'.
   */
  processed = 0;
  serviceSum = 0;
  sojournSum = 0;
  /**
   * Failures a callee sent back, which `rejected` and `failed` count too (they are end to end):
   * the component's own are the difference.
   */
  passedRejected = 0;
  passedFailed = 0;
  /**
   * Cores computing and cores up, where workers share fewer cores (SharedCpu): the CPU's
   * utilisation, which busy workers over workers overstates or understates.
   */
  readonly cpuBusy = new TimeWeighted();
  readonly cpuCapacity = new TimeWeighted();
  private readonly base = {
    time: 0,
    busy: 0,
    capacity: 0,
    queued: 0,
    served: 0,
    rejected: 0,
    failed: 0,
    dropped: 0,
    shed: 0,
    waitSum: 0,
    waitCount: 0,
    processed: 0,
    serviceSum: 0,
    sojournSum: 0,
    passedRejected: 0,
    passedFailed: 0,
    cpuBusy: 0,
    cpuCapacity: 0,
  };

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

  /** Local processing of a request ended after `service` s in a worker, `sojourn` s since it arrived. */
  recordProcessed(service: number, sojourn: number): void {
    this.processed++;
    this.serviceSum += service;
    this.sojournSum += sojourn;
  }

  /** A callee answered with a failure, which this component passes on to its own caller. */
  recordPassedBack(outcome: number): void {
    if (outcome === REJECTED) this.passedRejected++;
    else this.passedFailed++;
  }

  /** Starts the measured window at `now`. */
  reset(now: number): void {
    const b = this.base;
    b.time = now;
    b.busy = this.busy.area(now);
    b.capacity = this.capacity.area(now);
    b.queued = this.queued.area(now);
    b.served = this.served;
    b.rejected = this.rejected;
    b.failed = this.failed;
    b.dropped = this.dropped;
    b.shed = this.shed;
    b.waitSum = this.waitSum;
    b.waitCount = this.waitCount;
    b.processed = this.processed;
    b.serviceSum = this.serviceSum;
    b.sojournSum = this.sojournSum;
    b.passedRejected = this.passedRejected;
    b.passedFailed = this.passedFailed;
    b.cpuBusy = this.cpuBusy.area(now);
    b.cpuCapacity = this.cpuCapacity.area(now);
    this.latency.reset();
  }

  summarize(now: number, withWorkers: boolean): ComponentSummary {
    const b = this.base;
    const h = this.latency;
    const summary: ComponentSummary = {};
    if (withWorkers) {
      const capacity = this.capacity.area(now) - b.capacity;
      const waits = this.waitCount - b.waitCount;
      summary.utilization = capacity > 0 ? (this.busy.area(now) - b.busy) / capacity : 0;
      summary.meanQueue = now > b.time ? (this.queued.area(now) - b.queued) / (now - b.time) : 0;
      summary.meanWait = waits > 0 ? (this.waitSum - b.waitSum) / waits : 0;
    }
    summary.served = this.served - b.served;
    summary.rejected = this.rejected - b.rejected;
    summary.failed = this.failed - b.failed;
    if (withWorkers) summary.dropped = this.dropped - b.dropped;
    if (this.shed > 0) summary.shed = this.shed - b.shed;
    summary.latency =
      h.count > 0
        ? { mean: h.mean, p50: h.percentile(0.5), p99: h.percentile(0.99) }
        : { mean: 0, p50: 0, p99: 0 };
    return summary;
  }

  /**
   * The component's own figures over the measured window: what it rejected or failed itself
   * (not what its callees did), and its own wait, service and sojourn, callees' time excluded.
   */
  summarizeOwn(): OwnSummary {
    const b = this.base;
    const waits = this.waitCount - b.waitCount;
    const processed = this.processed - b.processed;
    return {
      rejected: this.rejected - b.rejected - (this.passedRejected - b.passedRejected),
      failed: this.failed - b.failed - (this.passedFailed - b.passedFailed),
      meanWait: waits > 0 ? (this.waitSum - b.waitSum) / waits : 0,
      meanService: processed > 0 ? (this.serviceSum - b.serviceSum) / processed : 0,
      meanSojourn: processed > 0 ? (this.sojournSum - b.sojournSum) / processed : 0,
    };
  }

  /** Cores computing over cores up, time-averaged over the measured window. */
  cpuUtilization(now: number): number {
    const capacity = this.cpuCapacity.area(now) - this.base.cpuCapacity;
    return capacity > 0 ? (this.cpuBusy.area(now) - this.base.cpuBusy) / capacity : 0;
  }
}

/**
 * Reads a ServiceStats interval by interval for the live view: utilisation and mean queue over
 * the interval, served and failed per second, from the running totals.
 */
export class IntervalReader {
  private time = 0;
  private busy = 0;
  private capacity = 0;
  private queued = 0;
  private served = 0;
  private failed = 0;

  constructor(private readonly stats: ServiceStats) {}

  /** Writes utilization, meanQueue, served/s, failed/s (rejections included) at `offset`. */
  read(now: number, out: Float64Array, offset: number): void {
    const s = this.stats;
    const dt = now - this.time;
    const busy = s.busy.area(now);
    const capacity = s.capacity.area(now);
    const queued = s.queued.area(now);
    const failed = s.failed + s.rejected;
    out[offset] = capacity > this.capacity ? (busy - this.busy) / (capacity - this.capacity) : 0;
    out[offset + 1] = dt > 0 ? (queued - this.queued) / dt : s.queued.value;
    out[offset + 2] = dt > 0 ? (s.served - this.served) / dt : 0;
    out[offset + 3] = dt > 0 ? (failed - this.failed) / dt : 0;
    this.time = now;
    this.busy = busy;
    this.capacity = capacity;
    this.queued = queued;
    this.served = s.served;
    this.failed = failed;
  }
}
