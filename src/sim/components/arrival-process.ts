import { burstMultipliers, MAX_BATCH } from "../../scenario/arrivals";
import type { OpenWorkload } from "../../scenario/types";
import { standardExponential } from "../random/exponential";
import { Sampler } from "../random/sampler";
import type { Rng } from "../random/stream";

/**
 * The gaps between an open workload's arrivals other than Poisson's, and the size of each
 * arrival's batch. Poisson gaps stay in the client's own hot path; this covers the rest.
 *
 * - `uniform`: 1/rate, no randomness.
 * - `hyperexp`: a two-phase hyper-exponential with balanced means (Whitt, "Approximating a
 *   Point Process by a Renewal Process", Operations Research 30(1), 1982): phase i with
 *   probability p_i and rate 2·p_i·λ, so each phase carries half the mean and the gaps have mean
 *   1/λ and squared coefficient of variation `scv`: p_1 = (1 + sqrt((c²−1)/(c²+1)))/2.
 * - `mmpp`: Poisson at the current state's rate, the state switching after exponential
 *   sojourns; memorylessness makes a fresh gap at each switch exact.
 */
export class ArrivalProcess {
  /** Whether this is an MMPP, whose state switches are the client's events. */
  readonly modulated: boolean;
  private readonly evenlySpaced: boolean;
  /** hyperexp: probability of the first phase, and each phase's mean gap times λ. */
  private readonly phaseOne: number = 0;
  private readonly scaleOne: number = 1;
  private readonly scaleTwo: number = 1;
  private readonly hyper: boolean;
  /** mmpp: each state's rate as a multiple of the mean, the state now, and its sojourns. */
  private readonly multiplier: [number, number] = [1, 1];
  private readonly sojourn: [number, number] = [0, 0];
  state = 0;
  private readonly batch: Sampler | null;

  constructor(
    workload: OpenWorkload,
    private readonly arrivals: Rng,
    private readonly bursts: Rng,
    private readonly batches: Rng,
  ) {
    this.evenlySpaced = workload.arrival === "uniform";
    this.hyper = workload.arrival === "hyperexp";
    this.modulated = workload.arrival === "mmpp";
    if (this.hyper) {
      const scv = workload.scv ?? 1;
      // p_2 = (1 − s)/2 with s = sqrt((c²−1)/(c²+1)), written as 1/((c²+1)(1+s)) to keep its
      // digits when c² is large and s is near 1.
      const s = Math.sqrt((scv - 1) / (scv + 1));
      const phaseTwo = 1 / ((scv + 1) * (1 + s));
      this.phaseOne = 1 - phaseTwo;
      this.scaleOne = 1 / (2 * this.phaseOne);
      this.scaleTwo = 1 / (2 * phaseTwo);
    }
    if (workload.mmpp !== undefined && this.modulated) {
      this.multiplier = burstMultipliers(workload.mmpp);
      this.sojourn = [workload.mmpp.calm, workload.mmpp.burst];
    }
    this.batch = workload.batch === undefined ? null : new Sampler(workload.batch);
  }

  /** mmpp: the first state, drawn from the stationary split (a burst with b/(c+b)). */
  startState(): void {
    const [calm, burst] = this.sojourn;
    this.state = this.bursts.next() < burst / (calm + burst) ? 1 : 0;
  }

  /** mmpp: the other state begins; returns how long it lasts. */
  switchState(): number {
    this.state = 1 - this.state;
    return this.stateLength();
  }

  /** mmpp: the current state's length, exponential with its mean sojourn. */
  stateLength(): number {
    return standardExponential(this.bursts) * this.sojourn[this.state];
  }

  /** The gap to the next arrival at mean rate `rate` (> 0). */
  gap(rate: number): number {
    if (this.evenlySpaced) return 1 / rate;
    if (this.hyper) {
      const scale = this.arrivals.next() < this.phaseOne ? this.scaleOne : this.scaleTwo;
      return (standardExponential(this.arrivals) * scale) / rate;
    }
    return standardExponential(this.arrivals) / (rate * this.multiplier[this.state]);
  }

  /** Requests in the next arrival: 1, or a draw of the batch Dist rounded, in [1, MAX_BATCH]. */
  batchSize(): number {
    if (this.batch === null) return 1;
    const size = Math.round(this.batch.sample(this.batches));
    return Math.min(MAX_BATCH, Math.max(1, size));
  }
}
