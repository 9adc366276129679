import type { BalancerView } from "./balancer-view";

/**
 * The backends in rotation, in index order, kept between requests so that a random pick costs
 * O(1) instead of a count over every backend: with 1024 replicas the count made a random pick
 * 8x the cost per event of one over 4. Rebuilt when the policy is told the rotation changed
 * (`changed` with -1), or when it is shown another view.
 */
export class Rotation {
  private members = new Int32Array(0);
  private size = 0;
  private indexed: BalancerView | null = null;

  /** How many backends are in rotation. */
  count(view: BalancerView): number {
    if (this.indexed !== view) this.rebuild(view);
    return this.size;
  }

  /** The n-th backend in rotation, from 0, in index order; `count` must have been asked first. */
  nth(n: number): number {
    return this.members[n];
  }

  changed(backend: number): void {
    if (backend < 0) this.indexed = null;
  }

  private rebuild(view: BalancerView): void {
    if (this.members.length < view.count) this.members = new Int32Array(view.count);
    let size = 0;
    for (let i = 0; i < view.count; i++) if (view.healthy[i] === 1) this.members[size++] = i;
    this.size = size;
    this.indexed = view;
  }
}
