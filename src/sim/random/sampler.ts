import { exp } from "../../math/exp";
import { log, log1p } from "../../math/log";
import type { Dist } from "../../scenario/types";
import { standardExponential } from "./exponential";
import { standardNormal } from "./normal";
import type { Rng } from "./stream";

const CONST = 0;
const EXP = 1;
const UNIFORM = 2;
const LOGNORMAL = 3;
const ERLANG = 4;
const PARETO = 5;

/**
 * Draws durations from one `Dist` of the scenario format. One monomorphic class with a switch
 * rather than a class per law, so the engine's call sites stay fast whatever the law.
 */
export class Sampler {
  readonly mean: number;
  private readonly kind: number;
  private readonly p1: number;
  private readonly p2: number;
  private readonly k: number;

  constructor(dist: Dist) {
    this.k = 1;
    switch (dist.dist) {
      case "const":
        this.kind = CONST;
        this.p1 = dist.value;
        this.p2 = 0;
        this.mean = dist.value;
        break;
      case "exp":
        this.kind = EXP;
        this.p1 = dist.mean;
        this.p2 = 0;
        this.mean = dist.mean;
        break;
      case "uniform":
        this.kind = UNIFORM;
        this.p1 = dist.min;
        this.p2 = dist.max - dist.min;
        this.mean = (dist.min + dist.max) / 2;
        break;
      case "lognormal": {
        // Moments of the lognormal: with sigma^2 = ln(1 + cv^2) and mu = ln(mean) - sigma^2 / 2
        // the law has exactly the given mean and coefficient of variation.
        const sigma2 = log1p(dist.cv * dist.cv);
        this.kind = LOGNORMAL;
        this.p1 = log(dist.mean) - sigma2 / 2;
        this.p2 = Math.sqrt(sigma2);
        this.mean = dist.mean;
        break;
      }
      case "erlang":
        this.kind = ERLANG;
        this.p1 = dist.mean / dist.k;
        this.p2 = 0;
        this.k = dist.k;
        this.mean = dist.mean;
        break;
      case "pareto":
        this.kind = PARETO;
        this.p1 = dist.min;
        this.p2 = -1 / dist.alpha;
        this.mean =
          dist.alpha > 1 ? (dist.alpha * dist.min) / (dist.alpha - 1) : Number.POSITIVE_INFINITY;
        break;
    }
  }

  /** True when every draw is zero, so callers can skip scheduling a zero-length delay. */
  get isZero(): boolean {
    return this.kind === CONST && this.p1 === 0;
  }

  /**
   * One draw. The exponential law, the commonest in the hot loop, is tested first in a method
   * small enough for V8 to inline at every call site; the others go through `sampleOther`.
   */
  sample(rng: Rng): number {
    if (this.kind === EXP) return this.p1 * standardExponential(rng);
    return this.sampleOther(rng);
  }

  private sampleOther(rng: Rng): number {
    switch (this.kind) {
      case CONST:
        return this.p1;
      case UNIFORM:
        return this.p1 + this.p2 * rng.next();
      case LOGNORMAL:
        return exp(this.p1 + this.p2 * standardNormal(rng));
      case ERLANG: {
        let sum = 0;
        for (let i = 0; i < this.k; i++) sum += standardExponential(rng);
        return this.p1 * sum;
      }
      default:
        return this.p1 * exp(this.p2 * log(1 - rng.next()));
    }
  }
}
