import { exp, expm1 } from "../../math/exp";
import { log, log1p } from "../../math/log";
import { pow } from "../../math/pow";
import type { Rng } from "./stream";

/** Up to this many keys, draws invert a cumulative table (exact, 8 bytes a key); beyond, rejection-inversion. */
export const TABLE_KEYS = 1 << 16;

/**
 * Keys 0..n-1 drawn from a Zipf(s) law: P(k) ∝ 1/(k+1)^s, key 0 the most popular. Up to
 * TABLE_KEYS keys, inversion on a precomputed cumulative table, so a draw is one binary search.
 * Beyond, rejection-inversion (Hörmann & Derflinger, "Rejection-inversion to generate variates
 * from monotone discrete distributions", ACM TOMACS 6(3), 1996; as in Apache Commons RNG's
 * RejectionInversionZipfSampler): constant memory and set-up, a few logs and exps a draw.
 * A table of 10 million keys took 80 MB and 0.1-0.2 s to build, 0.8-1.7 s for an exponent of 1e-150.
 */
export class ZipfKeys {
  private readonly cdf: Float64Array | null;
  private readonly count: number;
  private readonly exponent: number;
  private readonly hX1: number;
  private readonly hN: number;
  private readonly squeeze: number;
  private total = 0;

  constructor(count: number, exponent: number) {
    this.count = count;
    this.exponent = exponent;
    if (count <= TABLE_KEYS) {
      const cdf = new Float64Array(count);
      let total = 0;
      for (let k = 0; k < count; k++) {
        total += 1 / pow(k + 1, exponent);
        cdf[k] = total;
      }
      for (let k = 0; k < count; k++) cdf[k] /= total;
      cdf[count - 1] = 1;
      this.cdf = cdf;
      this.hX1 = this.hN = this.squeeze = 0;
    } else {
      this.cdf = null;
      this.hX1 = this.hIntegral(1.5) - 1;
      this.hN = this.hIntegral(count + 0.5);
      this.squeeze = 2 - this.hIntegralInverse(this.hIntegral(2.5) - this.h(2));
    }
  }

  /** Probability of key k, for tests and theory (beyond the table, O(n) the first time). */
  probability(k: number): number {
    const cdf = this.cdf;
    if (cdf !== null) return k === 0 ? cdf[0] : cdf[k] - cdf[k - 1];
    if (this.total === 0) {
      for (let i = 0; i < this.count; i++) this.total += 1 / pow(i + 1, this.exponent);
    }
    return 1 / pow(k + 1, this.exponent) / this.total;
  }

  sample(rng: Rng): number {
    const cdf = this.cdf;
    if (cdf === null) return this.sampleLarge(rng);
    const u = rng.next();
    let lo = 0;
    let hi = cdf.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cdf[mid] > u) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  }

  private sampleLarge(rng: Rng): number {
    for (;;) {
      const u = this.hN + rng.next() * (this.hX1 - this.hN);
      const x = this.hIntegralInverse(u);
      let k = Math.floor(x + 0.5);
      if (k < 1) k = 1;
      else if (k > this.count) k = this.count;
      if (k - x <= this.squeeze || u >= this.hIntegral(k + 0.5) - this.h(k)) return k - 1;
    }
  }

  /** (x^(1-s) - 1) / (1 - s), log x at s = 1: an antiderivative of h. */
  private hIntegral(x: number): number {
    const logX = log(x);
    return expm1OverX((1 - this.exponent) * logX) * logX;
  }

  private h(x: number): number {
    return exp(-this.exponent * log(x));
  }

  private hIntegralInverse(x: number): number {
    let t = x * (1 - this.exponent);
    if (t < -1) t = -1; // rounding near the upper end
    return exp(log1pOverX(t) * x);
  }
}

/** log(1+x)/x, by its Taylor series near 0. */
function log1pOverX(x: number): number {
  return Math.abs(x) > 1e-8 ? log1p(x) / x : 1 - x * (0.5 - x * (1 / 3 - 0.25 * x));
}

/** (e^x - 1)/x, by its Taylor series near 0. */
function expm1OverX(x: number): number {
  return Math.abs(x) > 1e-8 ? expm1(x) / x : 1 + x * 0.5 * (1 + (x / 3) * (1 + 0.25 * x));
}
