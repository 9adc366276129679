import type { Rng } from "./stream";

/**
 * Keys 0..n-1 drawn from a Zipf(s) law: P(k) ∝ 1/(k+1)^s, key 0 the most popular. Inversion on a
 * precomputed cumulative table (8 bytes a key, built once), so a draw is one binary search.
 */
export class ZipfKeys {
  private readonly cdf: Float64Array;

  constructor(count: number, exponent: number) {
    const cdf = new Float64Array(count);
    let total = 0;
    for (let k = 0; k < count; k++) {
      total += 1 / (k + 1) ** exponent;
      cdf[k] = total;
    }
    for (let k = 0; k < count; k++) cdf[k] /= total;
    cdf[count - 1] = 1;
    this.cdf = cdf;
  }

  /** Probability of key k, for tests and theory. */
  probability(k: number): number {
    return k === 0 ? this.cdf[0] : this.cdf[k] - this.cdf[k - 1];
  }

  sample(rng: Rng): number {
    const u = rng();
    const cdf = this.cdf;
    let lo = 0;
    let hi = cdf.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cdf[mid] > u) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  }
}
