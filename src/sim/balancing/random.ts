import type { BalancerView, BalancingPolicy } from "./balancer-view";
import { Rotation } from "./rotation";

/** A backend in rotation chosen uniformly at random. */
export class RandomChoice implements BalancingPolicy {
  private readonly rotation = new Rotation();

  pick(view: BalancerView): number {
    const healthy = this.rotation.count(view);
    if (healthy === 0) return -1;
    return this.rotation.nth(Math.floor(view.rng.next() * healthy));
  }

  changed(_view: BalancerView, backend: number): void {
    this.rotation.changed(backend);
  }
}
