import type { BalancerView } from "./balancer-view";
import { LowestScore } from "./lowest-score";

/**
 * The backend with the fewest requests outstanding relative to its weight (as nginx's
 * least_conn); ties in turn.
 */
export class LeastConnections extends LowestScore {
  protected score(view: BalancerView, i: number): number {
    return view.active[i] / view.weight[i];
  }
}
