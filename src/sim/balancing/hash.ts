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
      const score = mix(key, i) * view.weight[i];
      if (score > bestScore) {
        bestScore = score;
        best = i;
      }
    }
    return best;
  }
}

/** A 32-bit integer hash of (key, backend) scaled to (0, 1] (the murmur3 finaliser). */
function mix(key: number, backend: number): number {
  let h = Math.imul(key ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(backend + 1, 0xc2b2ae35);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return ((h >>> 0) + 1) / 4294967296;
}
