import type { BalancerView, BalancingPolicy } from "../../../src/sim/balancing/balancer-view";
import { backendIdentity } from "../../../src/sim/balancing/hash";
import { createStream, type Rng } from "../../../src/sim/random/stream";

/** A hand-built balancer view: every backend healthy, weight 1, idle and unmeasured by default. */
export function view(
  count: number,
  parts: {
    weight?: number[];
    healthy?: number[];
    active?: number[];
    responseTime?: number[];
    rng?: Rng;
  } = {},
): BalancerView {
  return {
    count,
    weight: Float64Array.from(parts.weight ?? new Array(count).fill(1)),
    healthy: Uint8Array.from(parts.healthy ?? new Array(count).fill(1)),
    active: Int32Array.from(parts.active ?? new Array(count).fill(0)),
    responseTime: Float64Array.from(parts.responseTime ?? new Array(count).fill(0)),
    identity: Int32Array.from({ length: count }, (_, i) => backendIdentity(i, -1)),
    rng: parts.rng ?? createStream("balancing-test", "lb", "policy"),
  };
}

/** `n` picks in a row, the key of each given by `key(i)` (-1: no key). */
export function picks(
  policy: BalancingPolicy,
  v: BalancerView,
  n: number,
  key: (i: number) => number = () => -1,
): number[] {
  return Array.from({ length: n }, (_, i) => policy.pick(v, key(i)));
}

/** How many of `xs` are each backend 0..count-1. */
export function tally(xs: number[], count: number): number[] {
  const out = new Array(count).fill(0);
  for (const x of xs) out[x]++;
  return out;
}

/** One pick, through the interface (some policies ignore the key and do not declare it). */
export function pickOnce(policy: BalancingPolicy, v: BalancerView, key = -1): number {
  return policy.pick(v, key);
}
