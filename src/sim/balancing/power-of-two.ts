import type { BalancerView, BalancingPolicy } from "./balancer-view";
import { Rotation } from "./rotation";

/**
 * Two distinct backends in rotation drawn at random, the one with fewer outstanding requests
 * chosen (Mitzenmacher, "The Power of Two Choices in Randomized Load Balancing", 2001): nearly
 * the balance of least-connections at the cost of two probes. A tie goes to the first draw.
 */
export class PowerOfTwo implements BalancingPolicy {
  private readonly rotation = new Rotation();

  pick(view: BalancerView): number {
    const rotation = this.rotation;
    const healthy = rotation.count(view);
    if (healthy === 0) return -1;
    const r = Math.floor(view.rng.next() * healthy);
    const first = rotation.nth(r);
    if (healthy === 1) return first;
    // The second draw is among the others: the n-th of the rotation with the first left out.
    const n = Math.floor(view.rng.next() * (healthy - 1));
    const second = rotation.nth(n < r ? n : n + 1);
    return view.active[second] < view.active[first] ? second : first;
  }

  changed(_view: BalancerView, backend: number): void {
    this.rotation.changed(backend);
  }
}
