import type { BalancerView, BalancingPolicy } from "./balancer-view";

/** A backend in rotation chosen uniformly at random. */
export class RandomChoice implements BalancingPolicy {
  pick(view: BalancerView): number {
    let healthy = 0;
    for (let i = 0; i < view.count; i++) healthy += view.healthy[i];
    if (healthy === 0) return -1;
    let r = Math.floor(view.rng.next() * healthy);
    for (let i = 0; i < view.count; i++) {
      if (view.healthy[i] === 1 && r-- === 0) return i;
    }
    return -1;
  }
}
