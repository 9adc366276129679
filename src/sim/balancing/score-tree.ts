/**
 * A tournament tree over backends 0..n-1 (a segment tree of minima, Knuth's "tree of losers"
 * turned around): each leaf holds a backend's score, each inner node the smallest score below
 * it. Setting a score and finding the lowest one take O(log n), where a scan took O(n).
 */
export class ScoreTree {
  /** Leaves start at `leaves`, a power of two; node k's children are 2k and 2k + 1. */
  private readonly leaves: number;
  private readonly min: Float64Array;

  constructor(readonly count: number) {
    let leaves = 1;
    while (leaves < count) leaves *= 2;
    this.leaves = leaves;
    this.min = new Float64Array(2 * leaves).fill(Number.POSITIVE_INFINITY);
  }

  /** +Infinity (and NaN, stored as +Infinity) is never the lowest: no backend to pick. */
  set(backend: number, score: number): void {
    const min = this.min;
    let k = backend + this.leaves;
    min[k] = Number.isNaN(score) ? Number.POSITIVE_INFINITY : score;
    // An inner node depends only on its children: once one keeps its value, so do those above.
    // A count moving by one among many backends at the same score stops within a level or two.
    for (k >>= 1; k > 0; k >>= 1) {
      const lowest = Math.min(min[2 * k], min[2 * k + 1]);
      if (lowest === min[k]) break;
      min[k] = lowest;
    }
  }

  /** The lowest score, +Infinity when every backend scores +Infinity. */
  lowest(): number {
    return this.min[1];
  }

  /**
   * The first backend from `from` on (wrapping round to 0) whose score is at most `bound`, or -1:
   * with `bound` the lowest score, the backend a scan from `from` would pick, ties in turn.
   */
  firstFrom(from: number, bound: number): number {
    const found = this.firstAtOrAfter(from, bound);
    return found >= 0 || from === 0 ? found : this.firstAtOrAfter(0, bound);
  }

  private firstAtOrAfter(from: number, bound: number): number {
    const min = this.min;
    let k = from + this.leaves;
    // Up and right until a subtree holds a score within bound, then down its leftmost such path.
    while (!(min[k] <= bound)) {
      while ((k & 1) === 1) k >>= 1;
      if (k === 0) return -1;
      k++;
    }
    while (k < this.leaves) k = min[2 * k] <= bound ? 2 * k : 2 * k + 1;
    return k - this.leaves;
  }
}
