/**
 * Latency histogram: how long requests took, kept in constant memory however many there are.
 *
 * A load test at a million requests cannot keep every latency to sort at the end, but the p99 of
 * a run only needs to be right to within about a percent. As in HdrHistogram (Gil Tene,
 * hdrhistogram.org) and DDSketch (Masson, Rim & Lee, "DDSketch: a fast and fully-mergeable
 * quantile sketch with relative-error guarantees", VLDB 2019) each value is counted in a bucket
 * whose width grows with its magnitude, so the relative error is the same at 10 µs as at 10 s:
 * bucket i covers [1e-6·1.01^(i-1), 1e-6·1.01^i), found with one logarithm.
 * A percentile is read back as its bucket's geometric midpoint, at most sqrt(1.01) - 1 ≈ 0.499%
 * away from any value in that bucket. 2,779 buckets of 8 bytes cover 1 µs to about 11.6 days.
 *
 * Values under 1 µs (including 0) share a zero bucket read back as the exact minimum; values from
 * 1e6 s up share an overflow bucket read back as the exact maximum. Count, sum, minimum and maximum
 * are kept exactly beside the buckets.
 */

const LOWEST = 1e-6;
const HIGHEST = 1e6;
const RATIO = 1.01;
const INV_LOG_RATIO = 1 / Math.log(RATIO);
/** Ordinary buckets between LOWEST and HIGHEST. */
const SPAN = Math.ceil(Math.log(HIGHEST / LOWEST) * INV_LOG_RATIO);
/** Index 0 is the zero bucket; 1..SPAN the ordinary ones; SPAN + 1 the overflow bucket. */
const OVERFLOW = SPAN + 1;
const BUCKETS = SPAN + 2;
/** log(v)·INV_LOG_RATIO + OFFSET is 1 at v = LOWEST, and grows by one per factor RATIO. */
const OFFSET = 1 - Math.log(LOWEST) * INV_LOG_RATIO;
const SQRT_RATIO = Math.sqrt(RATIO);
/** Keeps ceil(q·n) from stepping one rank too far when q·n is an integer off by one ulp. */
const RANK_SLACK = 1 - 4 * Number.EPSILON;

export class LatencyHistogram {
  private readonly counts = new Float64Array(BUCKETS);
  private total = 0;
  private sum = 0;
  private lowest = Number.POSITIVE_INFINITY;
  private highest = Number.NEGATIVE_INFINITY;

  /** Counts one duration in seconds (finite, non-negative). */
  record(v: number): void {
    // Truncation with `| 0` is floor for the positive indices; log(0) = -Infinity truncates to 0.
    const i = (Math.log(v) * INV_LOG_RATIO + OFFSET) | 0;
    this.counts[Math.max(0, Math.min(i, OVERFLOW))]++;
    this.total++;
    this.sum += v;
    if (v < this.lowest) this.lowest = v;
    if (v > this.highest) this.highest = v;
  }

  get count(): number {
    return this.total;
  }

  /** The exact arithmetic mean, or NaN before the first record. */
  get mean(): number {
    return this.total === 0 ? Number.NaN : this.sum / this.total;
  }

  /** The exact smallest value recorded, or NaN before the first record. */
  get min(): number {
    return this.total === 0 ? Number.NaN : this.lowest;
  }

  /** The exact largest value recorded, or NaN before the first record. */
  get max(): number {
    return this.total === 0 ? Number.NaN : this.highest;
  }

  /**
   * The nearest-rank q-quantile (q in [0, 1]): the value of rank ceil(q·n) in sorted order, to
   * within 0.5%. Ranks 1 and n give the exact min and max. NaN before the first record.
   */
  percentile(q: number): number {
    const n = this.total;
    if (n === 0) return Number.NaN;
    const rank = Math.min(n, Math.max(1, Math.ceil(q * n * RANK_SLACK)));
    if (rank === 1) return this.lowest;
    if (rank === n) return this.highest;
    const counts = this.counts;
    let seen = 0;
    let i = 0;
    for (; i < BUCKETS; i++) {
      seen += counts[i];
      if (seen >= rank) break;
    }
    if (i === 0) return this.lowest;
    if (i === OVERFLOW) return this.highest;
    const midpoint = LOWEST * RATIO ** (i - 1) * SQRT_RATIO;
    return Math.min(this.highest, Math.max(this.lowest, midpoint));
  }

  /** Forgets everything recorded, e.g. at the end of the warm-up. */
  reset(): void {
    this.counts.fill(0);
    this.total = 0;
    this.sum = 0;
    this.lowest = Number.POSITIVE_INFINITY;
    this.highest = Number.NEGATIVE_INFINITY;
  }

  /** Adds everything `other` recorded, as if it had been recorded here too. */
  mergeFrom(other: LatencyHistogram): void {
    const counts = this.counts;
    const theirs = other.counts;
    for (let i = 0; i < BUCKETS; i++) counts[i] += theirs[i];
    this.total += other.total;
    this.sum += other.sum;
    if (other.lowest < this.lowest) this.lowest = other.lowest;
    if (other.highest > this.highest) this.highest = other.highest;
  }
}
