import type { BalancerView, BalancingPolicy } from "./balancer-view";

/** A backend in rotation chosen at random with probability proportional to its weight. */
export class WeightedRandom implements BalancingPolicy {
  pick(view: BalancerView): number {
    let total = 0;
    for (let i = 0; i < view.count; i++) if (view.healthy[i] === 1) total += view.weight[i];
    if (total === 0) return -1;
    let r = view.rng.next() * total;
    let last = -1;
    for (let i = 0; i < view.count; i++) {
      if (view.healthy[i] !== 1) continue;
      last = i;
      r -= view.weight[i];
      if (r < 0) return i;
    }
    return last;
  }
}
