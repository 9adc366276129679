import type { BalancerView, BalancingPolicy } from "./balancer-view";

/**
 * The backend expected to answer soonest: its moving-average response time times the requests
 * it already has plus this one (the idea of nginx Plus's least_time and Envoy's least-request
 * with latency awareness). Backends not yet measured score 0 and are tried first. Ties go to the
 * first candidate after the previous pick.
 */
export class LeastResponseTime implements BalancingPolicy {
  private start = 0;

  pick(view: BalancerView): number {
    const n = view.count;
    let best = -1;
    let bestScore = Number.POSITIVE_INFINITY;
    for (let k = 0; k < n; k++) {
      const i = (this.start + k) % n;
      if (view.healthy[i] !== 1) continue;
      const score = (view.responseTime[i] * (view.active[i] + 1)) / view.weight[i];
      if (score < bestScore) {
        bestScore = score;
        best = i;
      }
    }
    if (best >= 0) this.start = (best + 1) % n;
    return best;
  }
}
