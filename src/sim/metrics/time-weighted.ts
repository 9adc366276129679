/**
 * Time-weighted average of a quantity that changes in steps: the length of a queue, the number of
 * busy workers, the instances that are up.
 *
 * Sampling such a quantity at events would over-weight busy moments (events crowd where the
 * queue is long); its true average is the area under the step curve divided by the elapsed time,
 * the "time-average" of queueing theory that Little's law L = λW speaks about (Little, 1961,
 * Operations Research 9(3)). Each change adds the area of the step just ended, so the cost is
 * two multiplications and no memory per change.
 */
export class TimeWeighted {
  private current = 0;
  private since = 0;
  private start = 0;
  private accumulated = 0;

  /** Starts at time `now` with value `initial` (both default to 0). */
  constructor(now = 0, initial = 0) {
    this.since = now;
    this.start = now;
    this.current = initial;
  }

  /** The value right now. */
  get value(): number {
    return this.current;
  }

  /** The quantity becomes `value` at time `now` (not earlier than the previous change). */
  set(now: number, value: number): void {
    this.accumulated += this.current * (now - this.since);
    this.since = now;
    this.current = value;
  }

  /** The quantity changes by `delta` at time `now`, e.g. +1 when a request joins a queue. */
  add(now: number, delta: number): void {
    this.accumulated += this.current * (now - this.since);
    this.since = now;
    this.current += delta;
  }

  /** The area under the curve from the last reset to `now`. */
  area(now: number): number {
    return this.accumulated + this.current * (now - this.since);
  }

  /** The time-average from the last reset to `now`; the current value if no time has passed. */
  mean(now: number): number {
    const elapsed = now - this.start;
    return elapsed > 0 ? this.area(now) / elapsed : this.current;
  }

  /** Starts a new averaging window at `now` (e.g. the end of the warm-up), keeping the value. */
  reset(now: number): void {
    this.accumulated = 0;
    this.since = now;
    this.start = now;
  }
}
