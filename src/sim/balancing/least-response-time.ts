import type { BalancerView } from "./balancer-view";
import { LowestScore } from "./lowest-score";

/**
 * The backend expected to answer soonest: its moving-average response time times the requests
 * it already has plus this one (the idea of nginx Plus's least_time and Envoy's least-request
 * with latency awareness). Backends not yet measured score 0 and are tried first; ties in turn.
 */
export class LeastResponseTime extends LowestScore {
  protected score(view: BalancerView, i: number): number {
    return (view.responseTime[i] * (view.active[i] + 1)) / view.weight[i];
  }
}
