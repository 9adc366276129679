import type { BalancerView, BalancingPolicy } from "./balancer-view";

/** Each backend in rotation in turn, skipping those out of rotation. */
export class RoundRobin implements BalancingPolicy {
  private next = 0;

  pick(view: BalancerView): number {
    const n = view.count;
    for (let k = 0; k < n; k++) {
      const i = (this.next + k) % n;
      if (view.healthy[i] === 1) {
        this.next = (i + 1) % n;
        return i;
      }
    }
    return -1;
  }
}
