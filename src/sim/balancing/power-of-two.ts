import type { BalancerView, BalancingPolicy } from "./balancer-view";

/**
 * Two distinct backends in rotation drawn at random, the one with fewer outstanding requests
 * chosen (Mitzenmacher, "The Power of Two Choices in Randomized Load Balancing", 2001): nearly
 * the balance of least-connections at the cost of two probes. A tie goes to the first draw.
 */
export class PowerOfTwo implements BalancingPolicy {
  pick(view: BalancerView): number {
    let healthy = 0;
    for (let i = 0; i < view.count; i++) healthy += view.healthy[i];
    if (healthy === 0) return -1;
    const first = nthHealthy(view, Math.floor(view.rng.next() * healthy), -1);
    if (healthy === 1) return first;
    const second = nthHealthy(view, Math.floor(view.rng.next() * (healthy - 1)), first);
    return view.active[second] < view.active[first] ? second : first;
  }
}

/** The n-th backend in rotation (from 0), not counting `skip`. */
function nthHealthy(view: BalancerView, n: number, skip: number): number {
  let r = n;
  for (let i = 0; i < view.count; i++) {
    if (view.healthy[i] === 1 && i !== skip && r-- === 0) return i;
  }
  return -1;
}
