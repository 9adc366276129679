import { OK, REJECTED } from "../outcome";
import { StepAreas } from "./step-areas";

/** One replica's figures over the measured window, with the meanings of the server's own. */
export interface ReplicaSummary {
  utilization: number;
  meanQueue: number;
  served: number;
  rejected: number;
  failed: number;
}

/** Replicas listed one by one in a summary, at most; the hottest is always given. */
export const LISTED_REPLICAS = 64;

/**
 * The figures of each replica of a replicated server: its busy workers, its queue and the
 * workers it has up, and what became of the requests it held. A server's own figures average
 * and sum over replicas, which hides a hot one (a slow machine, an uneven balancer).
 *
 * The busy and queue areas cost one addition per change: each holding (or wait) from s to e
 * adds e − s, so `busyTimes` takes −now when a worker is taken and +now when it is freed, and
 * the area at T is busyTimes + busy·T, with the counts the pool keeps anyway. Areas kept as
 * TimeWeighted steps cost three times as much per change, which showed in the multi-tier bench
 * (its two replicated tiers: 13% slower, where this is within the noise).
 *
 * As ServiceStats, everything runs for the whole simulation and the warm-up records a baseline;
 * the live view reads interval by interval from its own baseline.
 */
export class ReplicaStats {
  /** Σ(freed at) − Σ(taken at) of each slot's workers: −now when taken, +now when freed. */
  readonly busyTimes: Float64Array;
  /** The same for requests waiting in each slot's queue: −now in, +now out. */
  readonly queueTimes: Float64Array;
  /** Workers up per slot: changes only with faults, presence and workers, so a step curve. */
  readonly capacity: StepAreas;
  private readonly served: Float64Array;
  private readonly rejected: Float64Array;
  private readonly failed: Float64Array;
  /** 1 for the slots that ever held a replica: empty slots for live what-ifs are not listed. */
  readonly existed: Uint8Array;
  private readonly base: Float64Array[];
  private baseTime = 0;
  /** The live view's previous reading: busy and capacity areas, and queue area, per slot. */
  private readonly last: Float64Array[];
  private lastTime = 0;

  constructor(
    readonly slots: number,
    /** Busy workers per slot, as the pool counts them. */
    private readonly busyNow: Int32Array,
    /** The pool's list sizes: slot i's queue is list 2i. */
    private readonly listSizes: Int32Array,
  ) {
    this.busyTimes = new Float64Array(slots);
    this.queueTimes = new Float64Array(slots);
    this.capacity = new StepAreas(slots);
    this.served = new Float64Array(slots);
    this.rejected = new Float64Array(slots);
    this.failed = new Float64Array(slots);
    this.existed = new Uint8Array(slots);
    this.base = Array.from({ length: 6 }, () => new Float64Array(slots));
    this.last = Array.from({ length: 3 }, () => new Float64Array(slots));
  }

  private busyArea(i: number, now: number): number {
    return this.busyTimes[i] + this.busyNow[i] * now;
  }

  private queueArea(i: number, now: number): number {
    return this.queueTimes[i] + this.listSizes[2 * i] * now;
  }

  /** What became of a request at replica `i` (none when it never reached one: all were down). */
  record(i: number, outcome: number): void {
    if (i < 0) return;
    if (outcome === OK) this.served[i]++;
    else if (outcome === REJECTED) this.rejected[i]++;
    else this.failed[i]++;
  }

  /** Starts the measured window at `now`. */
  reset(now: number): void {
    const [busy, capacity, queued, served, rejected, failed] = this.base;
    for (let i = 0; i < this.slots; i++) {
      busy[i] = this.busyArea(i, now);
      capacity[i] = this.capacity.area(i, now);
      queued[i] = this.queueArea(i, now);
    }
    served.set(this.served);
    rejected.set(this.rejected);
    failed.set(this.failed);
    this.baseTime = now;
  }

  /** How many slots ever held a replica. */
  existing(): number {
    let n = 0;
    for (let i = 0; i < this.slots; i++) n += this.existed[i];
    return n;
  }

  /** Replica `i` over the measured window up to `now`. */
  summarize(i: number, now: number): ReplicaSummary {
    const [busy, capacity, queued, served, rejected, failed] = this.base;
    const up = this.capacity.area(i, now) - capacity[i];
    return {
      utilization: up > 0 ? (this.busyArea(i, now) - busy[i]) / up : 0,
      meanQueue:
        now > this.baseTime ? (this.queueArea(i, now) - queued[i]) / (now - this.baseTime) : 0,
      served: this.served[i] - served[i],
      rejected: this.rejected[i] - rejected[i],
      failed: this.failed[i] - failed[i],
    };
  }

  /**
   * The busiest replica over the measured window: the highest utilisation, the longer queue on
   * a tie, the lower slot after that; -1 when no slot ever held a replica.
   */
  hottest(now: number): number {
    let best = -1;
    let bestUtilization = -1;
    let bestQueue = -1;
    for (let i = 0; i < this.slots; i++) {
      if (this.existed[i] === 0) continue;
      const s = this.summarize(i, now);
      if (
        s.utilization > bestUtilization ||
        (s.utilization === bestUtilization && s.meanQueue > bestQueue)
      ) {
        best = i;
        bestUtilization = s.utilization;
        bestQueue = s.meanQueue;
      }
    }
    return best;
  }

  /**
   * For the live view, over the interval since the previous call: the slot of the busiest
   * replica, its utilisation and mean queue, and the least busy replica's utilisation, at
   * `offsets` (hot replica, hot utilisation, hot queue, cool utilisation). O(replicas) per
   * reading, which the probe makes a few dozen times a second: a row stays four numbers however
   * many replicas there are.
   */
  readInterval(
    now: number,
    out: Float64Array,
    offset: number,
    at: { hot: number; hotUtilization: number; hotQueue: number; coolUtilization: number },
  ): void {
    const [busy, capacity, queued] = this.last;
    const dt = now - this.lastTime;
    let hot = -1;
    let hotUtilization = -1;
    let hotQueue = 0;
    let cool = Number.POSITIVE_INFINITY;
    for (let i = 0; i < this.slots; i++) {
      const b = this.busyArea(i, now);
      const c = this.capacity.area(i, now);
      const q = this.queueArea(i, now);
      if (this.existed[i] === 1 && c > capacity[i]) {
        const u = (b - busy[i]) / (c - capacity[i]);
        const queue = dt > 0 ? (q - queued[i]) / dt : this.listSizes[2 * i];
        if (u > hotUtilization || (u === hotUtilization && queue > hotQueue)) {
          hot = i;
          hotUtilization = u;
          hotQueue = queue;
        }
        if (u < cool) cool = u;
      }
      busy[i] = b;
      capacity[i] = c;
      queued[i] = q;
    }
    this.lastTime = now;
    if (hot < 0) return;
    out[offset + at.hot] = hot;
    out[offset + at.hotUtilization] = hotUtilization;
    out[offset + at.hotQueue] = hotQueue;
    out[offset + at.coolUtilization] = cool;
  }
}
