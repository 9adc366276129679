import { expm1 } from "../math/exp";
import { pow } from "../math/pow";
import { requireCount, requireNonNegative } from "./arguments";

/** Che's approximation for one LRU cache. */
export interface CheFigures {
  /**
   * T_C: how long a key stays cached after its last request. In seconds when the weights are
   * request rates per second; in requests when they are probabilities. `Infinity` when
   * everything fits.
   */
  characteristicTime: number;
  /** Fraction of requests that hit: Σ p_i (1 - e^(-λ_i T_C)), with p_i = λ_i / Σ λ_j. */
  hitRatio: number;
}

/**
 * Zipf popularities over n keys: p_i = i^(-s) / Σ_j j^(-s) for ranks i = 1..n. s = 0 is uniform;
 * web and cache traces typically show s between 0.6 and 1.
 */
export function zipfPopularities(keys: number, exponent: number): Float64Array {
  requireCount("keys", keys, 1);
  requireNonNegative("exponent", exponent);
  const p = new Float64Array(keys);
  let total = 0;
  for (let i = 0; i < keys; i++) {
    p[i] = pow(i + 1, -exponent);
    total += p[i];
  }
  for (let i = 0; i < keys; i++) p[i] /= total;
  return p;
}

/**
 * Che's approximation of the hit ratio of an LRU cache holding `capacity` keys, under the
 * independent reference model: key i is requested as a Poisson stream of rate λ_i (Che, Tung &
 * Wang, "Hierarchical Web Caching Systems: Modeling, Design and Experimental Results", IEEE JSAC
 * 20(7), 2002; Fricker, Robert & Roberts, "A Versatile and Accurate Approximation for LRU Cache
 * Performance", ITC 24, 2012, which explains why it is so accurate). A key is taken to stay
 * cached for a fixed time T_C after its last request, T_C being the root of
 *
 *   Σ_i (1 - e^(-λ_i T)) = C,
 *
 * found by bisection to a relative 1e-12. `weights` are the λ_i in any common unit (rates, or
 * probabilities from `zipfPopularities`); only their ratios matter to the hit ratio. When the
 * capacity holds every requested key, the hit ratio is 1 (no cold misses are counted).
 */
export function cheLru(weights: ArrayLike<number>, capacity: number): CheFigures {
  requireNonNegative("capacity", capacity);
  let total = 0;
  let requested = 0;
  for (let i = 0; i < weights.length; i++) {
    requireNonNegative(`weights[${i}]`, weights[i]);
    total += weights[i];
    if (weights[i] > 0) requested++;
  }
  if (total === 0) throw new RangeError("weights must not all be 0");
  if (capacity >= requested) return { characteristicTime: Infinity, hitRatio: 1 };
  if (capacity === 0) return { characteristicTime: 0, hitRatio: 0 };

  // Σ(1 - e^(-λ_i T)) rises from 0 to `requested`; double until it passes C, then bisect.
  const occupancy = (t: number) => {
    let sum = 0;
    for (let i = 0; i < weights.length; i++) sum -= expm1(-weights[i] * t);
    return sum;
  };
  let lo = 0;
  let hi = capacity / total;
  while (occupancy(hi) < capacity) {
    lo = hi;
    hi *= 2;
  }
  while (hi - lo > 1e-12 * hi) {
    const mid = (lo + hi) / 2;
    if (occupancy(mid) < capacity) lo = mid;
    else hi = mid;
  }
  const t = (lo + hi) / 2;
  let hits = 0;
  for (let i = 0; i < weights.length; i++) hits -= weights[i] * expm1(-weights[i] * t);
  return { characteristicTime: t, hitRatio: hits / total };
}
