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
 * found by bisection to a relative 1e-12. Keys of equal weight may be given once with their count. `weights` are the λ_i in any common unit (rates, or
 * probabilities from `zipfPopularities`); only their ratios matter to the hit ratio. When the
 * capacity holds every requested key, the hit ratio is 1 (no cold misses are counted).
 */
export function cheLru(
  weights: ArrayLike<number>,
  capacity: number,
  /** How many keys share each weight (1 each when absent): a long tail told in groups. */
  counts?: ArrayLike<number>,
): CheFigures {
  requireNonNegative("capacity", capacity);
  const count = (i: number) => (counts === undefined ? 1 : counts[i]);
  let total = 0;
  let requested = 0;
  for (let i = 0; i < weights.length; i++) {
    requireNonNegative(`weights[${i}]`, weights[i]);
    total += count(i) * weights[i];
    if (weights[i] > 0) requested += count(i);
  }
  if (total === 0) throw new RangeError("weights must not all be 0");
  if (capacity >= requested) return { characteristicTime: Infinity, hitRatio: 1 };
  if (capacity === 0) return { characteristicTime: 0, hitRatio: 0 };

  // Σ(1 - e^(-λ_i T)) rises from 0 to `requested`; double until it passes C, then bisect.
  const occupancy = (t: number) => {
    let sum = 0;
    for (let i = 0; i < weights.length; i++) sum -= count(i) * expm1(-weights[i] * t);
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
  for (let i = 0; i < weights.length; i++) hits -= count(i) * weights[i] * expm1(-weights[i] * t);
  return { characteristicTime: t, hitRatio: hits / total };
}

/** Ranks below this have a weight each; beyond, ranks are grouped so relative widths stay below 1/EXACT_RANKS. */
const EXACT_RANKS = 1024;

/**
 * Zipf popularities over n keys as groups of neighbouring ranks, each with the popularity of one
 * of its keys and its number of keys: the first EXACT_RANKS ranks one by one, the rest in groups
 * of ⌊rank/EXACT_RANKS⌋ ranks, which take each key's weight at the group's middle rank. Within a
 * group the weight varies by at most s/EXACT_RANKS, so Che's sums over the groups differ from
 * those over the keys by a relative 1e-6 at most (the midpoint error is second order), while
 * their number grows as EXACT_RANKS·ln(n/EXACT_RANKS): 10,400 groups for ten million keys, where
 * the sums over the keys themselves took 24 s.
 */
export function zipfGroups(
  keys: number,
  exponent: number,
): { popularities: Float64Array; counts: Float64Array } {
  requireCount("keys", keys, 1);
  requireNonNegative("exponent", exponent);
  const weights: number[] = [];
  const counts: number[] = [];
  let total = 0;
  for (let rank = 1; rank <= keys; ) {
    const width = Math.min(keys - rank + 1, Math.max(1, Math.floor(rank / EXACT_RANKS)));
    const weight = pow(rank + (width - 1) / 2, -exponent);
    weights.push(weight);
    counts.push(width);
    total += width * weight;
    rank += width;
  }
  return {
    popularities: Float64Array.from(weights, (w) => w / total),
    counts: Float64Array.from(counts),
  };
}
