/**
 * Many step curves at once, one per slot: the busy workers, the waiting requests or the workers
 * up of each replica of a server. Each is a TimeWeighted (time-weighted.ts) kept in typed arrays,
 * so ten thousand replicas cost three arrays, not ten thousand objects, and a change is two
 * multiplications as for one curve.
 */
export class StepAreas {
  private readonly current: Float64Array;
  private readonly since: Float64Array;
  private readonly accumulated: Float64Array;

  constructor(slots: number) {
    this.current = new Float64Array(slots);
    this.since = new Float64Array(slots);
    this.accumulated = new Float64Array(slots);
  }

  /** Slot `i`'s value right now. */
  value(i: number): number {
    return this.current[i];
  }

  /** Slot `i`'s curve changes by `delta` at time `now` (not earlier than its previous change). */
  add(i: number, now: number, delta: number): void {
    this.accumulated[i] += this.current[i] * (now - this.since[i]);
    this.since[i] = now;
    this.current[i] += delta;
  }

  /** Slot `i`'s curve becomes `value` at time `now`. */
  set(i: number, now: number, value: number): void {
    this.accumulated[i] += this.current[i] * (now - this.since[i]);
    this.since[i] = now;
    this.current[i] = value;
  }

  /** The area under slot `i`'s curve from time 0 to `now`. */
  area(i: number, now: number): number {
    return this.accumulated[i] + this.current[i] * (now - this.since[i]);
  }
}
