/**
 * The traffic reaching a component, as far as theory needs it: its rate per request class, the
 * kind of arrival process each instance sees, the keys it carries, and, once something on its
 * way defeats every steady-state model (a schedule, retries, faults), the reason why.
 */

import type { BatchSize } from "../batch-size";

/** Why no analytic model is shown for a component: a code, worded in text.ts. */
export const REASONS = [
  // Of the traffic, inherited by everything downstream.
  "closed-workload",
  "trace",
  "schedule",
  "bursty-arrivals",
  "retries",
  "hedging",
  "faults",
  "what-ifs",
  "rate-limit",
  "state-dependent-balancing",
  "hash-balancing",
  "uneven-round-robin",
  "bulkhead",
  "cycle",
  // Of the arrival process at one station.
  "not-poisson",
  "merged-streams",
  "random-delay",
  "behind-station",
  "bursty-station",
  // Of the station itself.
  "no-traffic",
  "autoscaled",
  "capacity-schedule",
  "blocking-calls",
  "general-service",
  "degenerate-service",
  "shared-cpu",
  "shedding",
  "adaptive-limit",
  "priorities",
  "backpressure",
  "db-replicas",
  "db-shards",
  "prefetch",
  "consumer-calls",
  "cache-ttl",
  "cache-writes",
  "cache-keys",
  "too-large",
  // Of a client's end-to-end response.
  "rejects",
  "unmodelled-hop",
] as const;
export type Reason = (typeof REASONS)[number];

/**
 * What each instance of the component sees arrive: a Poisson stream, a renewal stream with
 * Erlang-k interarrival times (k = Infinity: evenly spaced, as `arrival: "uniform"` or
 * round-robin of evenly spaced arrivals), a client's hyper-exponential gaps (`arrival:
 * "hyperexp"`, the balanced-means H2 of squared coefficient of variation `scv`), a client's
 * Poisson batches (`batch`, of the size's moments), or a process no model here takes, and why.
 */
export type Arrival =
  | { kind: "poisson" }
  | { kind: "erlang"; phases: number }
  | { kind: "h2"; scv: number }
  | { kind: "batch"; size: BatchSize }
  | { kind: "other"; reason: Reason };

/** A client's hyper-exponential gaps or batches once split or delayed: no model here takes them. */
export const BURSTY: Arrival = { kind: "other", reason: "bursty-station" };

export interface Stream {
  /** Requests per second over all the component's instances. */
  rate: number;
  /** Requests per second by class. */
  classes: Map<string, number>;
  arrival: Arrival;
  /** Zipf keys the requests carry, when they come from one keyed client. */
  keys?: { count: number; zipf: number };
  /** True when the keys of two clients (or keyed and unkeyed requests) mix here. */
  mixedKeys: boolean;
  /**
   * True when a balancer already chose the instance of each request (and `arrival` is what one
   * instance sees); false when the component spreads the stream over its replicas itself.
   */
  perInstance: boolean;
  /** Set once something upstream rules out every steady-state model. */
  blocked?: Reason;
}

export const POISSON: Arrival = { kind: "poisson" };

/** A stream sent on unchanged but for its rate, thinned or copied by `share` per class. */
export function scaled(s: Stream, share: (cls: string) => number, arrival: Arrival): Stream {
  const classes = new Map<string, number>();
  let rate = 0;
  for (const [cls, r] of s.classes) {
    const part = r * share(cls);
    if (part <= 0) continue;
    classes.set(cls, part);
    rate += part;
  }
  return { ...s, rate, classes, arrival };
}

/**
 * Two streams into one component: rates add; Poisson streams superpose into a Poisson stream,
 * anything else does not stay a renewal process.
 */
export function merge(a: Stream, b: Stream): Stream {
  const classes = new Map(a.classes);
  for (const [cls, r] of b.classes) classes.set(cls, (classes.get(cls) ?? 0) + r);
  const arrival: Arrival =
    a.arrival.kind === "poisson" && b.arrival.kind === "poisson" && a.perInstance === b.perInstance
      ? POISSON
      : a.arrival.kind === "other"
        ? a.arrival
        : b.arrival.kind === "other"
          ? b.arrival
          : { kind: "other", reason: "merged-streams" };
  const sameKeys =
    a.keys === undefined ||
    b.keys === undefined ||
    (a.keys.count === b.keys.count && a.keys.zipf === b.keys.zipf);
  return {
    rate: a.rate + b.rate,
    classes,
    arrival,
    keys: a.keys ?? b.keys,
    mixedKeys:
      a.mixedKeys || b.mixedKeys || !sameKeys || (a.keys === undefined) !== (b.keys === undefined),
    perInstance: a.perInstance && b.perInstance,
    blocked: a.blocked ?? b.blocked,
  };
}
