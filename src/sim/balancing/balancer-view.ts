import type { Rng } from "../random/stream";

/** What a balancing policy may look at when it picks a backend (each replica is a backend). */
export interface BalancerView {
  readonly count: number;
  readonly weight: Float64Array;
  /** 1 while a backend is in rotation (always, without health checks). */
  readonly healthy: Uint8Array;
  /** Requests sent to each backend and not yet answered. */
  readonly active: Int32Array;
  /** Moving average of each backend's response time, 0 before its first answer. */
  readonly responseTime: Float64Array;
  /**
   * Each backend's identity for hashing, fixed by the scenario alone: a backend's position is not,
   * since the page keeps spare replica slots for live what-ifs that the command line does not.
   */
  readonly identity: Int32Array;
  readonly rng: Rng;
}

/**
 * A balancing algorithm, configured once and then asked for one backend per request (as Ciw's
 * routing objects are asked `next_node()`). Returns -1 when no backend is in rotation.
 * Tie-breaking is part of each policy's contract and stated in its file.
 */
export interface BalancingPolicy {
  /** `job` is the balancer's job, for policies that ask who sent it (dns-round-robin.ts). */
  pick(view: BalancerView, key: number, job?: number): number;
  /**
   * Told after backend `backend`'s `active` or `responseTime` changed, or with -1 after the
   * rotation did, by policies that keep the figures indexed (lowest-score.ts).
   */
  changed?(view: BalancerView, backend: number): void;
}
