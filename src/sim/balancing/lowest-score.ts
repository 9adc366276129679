import type { BalancerView, BalancingPolicy } from "./balancer-view";
import { ScoreTree } from "./score-tree";

/**
 * Beyond this many backends the scores are kept in a tournament tree, O(log n) a request; up to
 * it a scan of the few backends is as fast and needs no bookkeeping. Both pick the same backend.
 */
const SCAN_MAX = 8;

/**
 * Picks the backend in rotation with the lowest score. Ties go to the first candidate after
 * the previous pick, so equal backends are used in turn rather than the first one always.
 *
 * With more than SCAN_MAX backends the scores live in a ScoreTree: the balancer tells the policy
 * (`changed`) whenever a backend's figures or the rotation change, and a pick reads the lowest
 * score and the first backend holding it from the previous pick on, exactly what a scan finds.
 */
export abstract class LowestScore implements BalancingPolicy {
  private start = 0;
  private tree: ScoreTree | null = null;
  /** The view the tree was built from; another view (or none yet) rebuilds it. */
  private indexed: BalancerView | null = null;

  protected abstract score(view: BalancerView, backend: number): number;

  pick(view: BalancerView): number {
    const n = view.count;
    const best = n > SCAN_MAX ? this.lookUp(view) : this.scan(view);
    if (best >= 0) this.start = best + 1 === n ? 0 : best + 1;
    return best;
  }

  changed(view: BalancerView, backend: number): void {
    if (this.indexed !== view || this.tree === null) return;
    if (backend < 0) this.indexed = null;
    else this.tree.set(backend, this.scoreInRotation(view, backend));
  }

  private lookUp(view: BalancerView): number {
    if (this.indexed !== view || this.tree === null) this.rebuild(view);
    const tree = this.tree!;
    const lowest = tree.lowest();
    return lowest < Number.POSITIVE_INFINITY ? tree.firstFrom(this.start, lowest) : -1;
  }

  private rebuild(view: BalancerView): void {
    if (this.tree === null || this.tree.count !== view.count) this.tree = new ScoreTree(view.count);
    for (let i = 0; i < view.count; i++) this.tree.set(i, this.scoreInRotation(view, i));
    this.indexed = view;
  }

  /** A backend out of rotation scores +Infinity, which is never picked, as in the scan. */
  private scoreInRotation(view: BalancerView, i: number): number {
    return view.healthy[i] === 1 ? this.score(view, i) : Number.POSITIVE_INFINITY;
  }

  private scan(view: BalancerView): number {
    const n = view.count;
    let best = -1;
    let bestScore = Number.POSITIVE_INFINITY;
    // The scan starts at `start` and wraps by a comparison: a division per backend showed in
    // profiles of the balancer.
    for (let k = 0, i = this.start; k < n; k++, i++) {
      if (i === n) i = 0;
      if (view.healthy[i] !== 1) continue;
      const score = this.score(view, i);
      if (score < bestScore) {
        bestScore = score;
        best = i;
      }
    }
    return best;
  }
}
