import type { BalancerView, BalancingPolicy } from "./balancer-view";

/**
 * Picks the backend in rotation with the lowest score. Ties go to the first candidate after
 * the previous pick, so equal backends are used in turn rather than the first one always.
 */
export abstract class LowestScore implements BalancingPolicy {
  private start = 0;

  protected abstract score(view: BalancerView, backend: number): number;

  pick(view: BalancerView): number {
    const n = view.count;
    let best = -1;
    let bestScore = Number.POSITIVE_INFINITY;
    for (let k = 0; k < n; k++) {
      const i = (this.start + k) % n;
      if (view.healthy[i] !== 1) continue;
      const score = this.score(view, i);
      if (score < bestScore) {
        bestScore = score;
        best = i;
      }
    }
    if (best >= 0) this.start = (best + 1) % n;
    return best;
  }
}
