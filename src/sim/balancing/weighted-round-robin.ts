import type { BalancerView, BalancingPolicy } from "./balancer-view";

/**
 * nginx's smooth weighted round robin: every pick, each backend in rotation gains its weight;
 * the richest is chosen and pays the total. Weights 5,1,1 give a a b a c a a rather than
 * a a a a a b c. Ties go to the lowest index.
 */
export class WeightedRoundRobin implements BalancingPolicy {
  private current: Float64Array = new Float64Array(0);

  pick(view: BalancerView): number {
    if (this.current.length !== view.count) this.current = new Float64Array(view.count);
    const current = this.current;
    let best = -1;
    let total = 0;
    for (let i = 0; i < view.count; i++) {
      if (view.healthy[i] !== 1) continue;
      current[i] += view.weight[i];
      total += view.weight[i];
      if (best < 0 || current[i] > current[best]) best = i;
    }
    if (best >= 0) current[best] -= total;
    return best;
  }
}
