import type { BalancerView, BalancingPolicy } from "./balancer-view";
import { RandomChoice } from "./random";

/**
 * The same key always goes to the same backend (sticky sessions), by rendezvous hashing (Thaler
 * and Ravishankar, 1998): each backend scores hash(key, backend) and the highest wins, so when a
 * backend leaves rotation only its own keys move. Requests without a key are spread at random.
 */
export class KeyHash implements BalancingPolicy {
  private readonly random = new RandomChoice();

  pick(view: BalancerView, key: number): number {
    if (key < 0) return this.random.pick(view);
    let best = -1;
    let bestScore = -1;
    for (let i = 0; i < view.count; i++) {
      if (view.healthy[i] !== 1) continue;
      const score = mix(key, view.identity[i]) * view.weight[i];
      if (score > bestScore) {
        bestScore = score;
        best = i;
      }
    }
    return best;
  }

  /** The random picks for requests without a key keep the rotation: it must hear of changes. */
  changed(view: BalancerView, backend: number): void {
    this.random.changed(view, backend);
  }
}

/**
 * A backend's identity for `BalancerView.identity`: its component's index in the scenario and its
 * replica (-1 for a target without replicas), mixed into 32 bits.
 */
export function backendIdentity(component: number, replica: number): number {
  return finalise(Math.imul(component + 1, 0xcc9e2d51) ^ Math.imul(replica + 2, 0x1b873593));
}

/** A 32-bit integer hash of (key, backend identity) scaled to (0, 1]. */
function mix(key: number, identity: number): number {
  const h = finalise(Math.imul(key ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(identity, 0xc2b2ae35));
  return ((h >>> 0) + 1) / 4294967296;
}

/** The murmur3 finaliser: every input bit reaches every output bit. */
function finalise(x: number): number {
  let h = x;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h;
}
