/**
 * The scenario document, version 1 (see docs/scenario-format.md and ../shared/scenario-format.md).
 * These types describe a document after validation, with every default filled in, so the engine
 * never has to guess what an absent field means.
 */

import type { Lesson } from "./lesson";
import type { Text } from "./text";

export type Dist =
  | { dist: "const"; value: number }
  | { dist: "exp"; mean: number }
  | { dist: "uniform"; min: number; max: number }
  | { dist: "lognormal"; mean: number; cv: number }
  | { dist: "erlang"; mean: number; k: number }
  | { dist: "pareto"; min: number; alpha: number };

export interface Position {
  x: number;
  y: number;
}

export interface ComponentBase {
  id: string;
  /** Shown instead of the id; a string, or one per language (see text.ts). */
  label?: Text;
  position?: Position;
  costPerHour?: number;
  /**
   * Extension: random failures. Each instance stays up for an exponential time of mean `mtbf`
   * seconds, then is down (as in a crash) for an exponential time of mean `mttr`.
   */
  failures?: { mtbf: number; mttr: number };
  /**
   * Extension: the zone (or region) it runs in. Calls between components of different zones
   * cross `zones.latency`; a `zone` fault takes down every instance in its zone.
   */
  zone?: string;
}

export interface RateChange {
  at: number;
  rate: number;
}

/**
 * Extension: an MMPP-2, a Poisson stream whose rate switches between a calm state and a burst
 * state; each state lasts an exponential time of mean `calm` or `burst` seconds, and a burst
 * sends `factor` times the calm rate. The workload's `rate` stays the mean over both states.
 */
export interface Bursts {
  factor: number;
  calm: number;
  burst: number;
}

export const ARRIVALS = ["poisson", "uniform", "hyperexp", "mmpp"] as const;
export type ArrivalKind = (typeof ARRIVALS)[number];

export interface OpenWorkload {
  kind: "open";
  /** Mean arrivals per second (batches, with `batch`). */
  rate: number;
  arrival: ArrivalKind;
  schedule: RateChange[];
  /** Extension: the squared coefficient of variation of `hyperexp` gaps, >= 1. */
  scv?: number;
  /** Extension: the calm and burst states of `mmpp` arrivals. */
  mmpp?: Bursts;
  /** Extension: each arrival brings this many requests at once (rounded, at least 1). */
  batch?: Dist;
}

export type Workload =
  | OpenWorkload
  | { kind: "closed"; users: number; think: Dist }
  /** Extension: arrivals replayed at recorded times (a trace of rates becomes `open`). */
  | { kind: "trace"; timestamps: number[] };

export interface ClassWeight {
  class: string;
  weight: number;
  /**
   * Extension: how urgent the class is, an integer, higher served first at servers, databases
   * and queues (non-preemptive unless a server is `preemptive`); absent is 0. A class has one
   * priority wherever it is sent from.
   */
  priority?: number;
}

/** Extension: what a server or queue does with a request when it is full (backpressure). */
export type WhenFull = "reject" | "block";

export interface RetryPolicy {
  max: number;
  backoff: number;
  multiplier: number;
  jitter: boolean;
  /**
   * Extension: a retry budget, the share of requests that may be retried (as Finagle's and
   * gRPC's retry throttling): each request earns `budget` of a retry, each retry spends one.
   */
  budget?: number;
}

export interface Client extends ComponentBase {
  type: "client";
  workload: Workload;
  target: string;
  mix: ClassWeight[];
  keys?: { count: number; zipf: number };
  timeout?: number;
  retry?: RetryPolicy;
  /**
   * Extension: hedged requests. When an attempt has no answer after `after` seconds, a second
   * copy is sent; the first success wins and the other copy is abandoned.
   */
  hedge?: { after: number };
}

export const BALANCING_ALGORITHMS = [
  "round-robin",
  "weighted-round-robin",
  "random",
  "weighted-random",
  "least-connections",
  "least-response-time",
  "power-of-two",
  "hash",
  "dns",
] as const;
export type BalancingAlgorithm = (typeof BALANCING_ALGORITHMS)[number];

/** Default TTL of a DNS answer (algorithm "dns"), seconds: a common setting for balanced names. */
export const DNS_TTL = 60;

export interface WeightedTarget {
  id: string;
  weight: number;
}

export interface HealthCheck {
  interval: number;
  unhealthyAfter: number;
  healthyAfter: number;
}

export interface RateLimit {
  rate: number;
  burst: number;
}

export interface LoadBalancer extends ComponentBase {
  type: "loadbalancer";
  algorithm: BalancingAlgorithm;
  targets: WeightedTarget[];
  healthCheck?: HealthCheck;
  service: Dist;
  rateLimit?: RateLimit;
  /** Seconds a DNS answer is cached by whoever asked (algorithm "dns" only). */
  ttl?: number;
}

/**
 * A circuit breaker on a call: when at least `failureRate` of the calls of the last `window`
 * seconds failed (and there were at least `minCalls`, an extension), it opens and the call
 * fails fast for `openFor` seconds, then lets one trial call through (half-open).
 */
export interface Breaker {
  failureRate: number;
  window: number;
  openFor: number;
  minCalls: number;
}

export interface Call {
  target: string;
  when?: string;
  mode: "sync" | "async";
  breaker?: Breaker;
  timeout?: number;
  /**
   * Extension: a bulkhead, the most calls of this kind one instance has in flight at once;
   * beyond it a call fails at once as `rejected`.
   */
  maxConcurrent?: number;
  /**
   * Extension: the call is made with this probability per request (a draw from the server's
   * `routing` stream); absent, always. Calls sharing a `choice` are one exclusive choice: one
   * draw picks at most one of them, each with its probability (they sum to at most 1).
   */
  probability?: number;
  /** Extension: the name of the exclusive choice this call belongs to (adjacent calls only). */
  choice?: string;
  /**
   * Extension: the call is made only while the request has visited its target fewer than this
   * many times along its chain of callers: what bounds a call back to an earlier station.
   */
  maxVisits?: number;
}

export interface Server extends ComponentBase {
  type: "server";
  replicas: number;
  workers: number;
  /** Waiting room per instance; `Infinity` when unbounded. */
  queue: number;
  /** One Dist for every class, or per class with `default` for the rest. */
  service: Dist | Record<string, Dist>;
  cores: number;
  /**
   * Extensions beyond fifo and lifo: `codel` drops requests that waited too long (Controlled
   * Delay), `adaptive-lifo` also serves the newest first while the queue is standing.
   */
  discipline: "fifo" | "lifo" | "codel" | "adaptive-lifo";
  /**
   * Extension: an adaptive concurrency limit per instance (AIMD, as Netflix's concurrency-limits):
   * requests beyond the limit are rejected at once; each answer within `target` seconds raises
   * the limit by 1/limit, a slower answer or a failure cuts it by a tenth, within [min, max].
   */
  adaptiveLimit?: { target: number; initial: number; min: number; max: number };
  /** CoDel's parameters (extension), filled in for `codel` and `adaptive-lifo` only. */
  codel?: { target: number; interval: number };
  deadlines: boolean;
  calls: Call[];
  blocking: boolean;
  /**
   * Extension: preemptive-resume priority. A request of a more urgent class takes the worker of
   * a less urgent one that is computing; that one resumes later with the work it had left.
   */
  preemptive?: boolean;
  /**
   * Extension: `block` holds a full server's callers instead of rejecting them (backpressure,
   * blocking after service): the request waits outside until there is room, and a caller's
   * worker stays held until then even when the caller is not `blocking`. Absent: `reject`.
   */
  whenFull?: WhenFull;
  /**
   * Extension: scheduled capacity. From each entry's `at` on, the workers per replica and/or
   * the replicas become the entry's; work already taken in finishes.
   */
  schedule?: CapacityChange[];
}

export interface CapacityChange {
  at: number;
  workers?: number;
  replicas?: number;
}

/**
 * A key-value cache in front of a backend (read-through). With `capacity` it holds real keys
 * (LRU, fresh for `ttl`); with `hitRatio` it hits with that probability instead.
 */
export interface Cache extends ComponentBase {
  type: "cache";
  /** Keys held, least recently used evicted first; absent in `hitRatio` mode. */
  capacity?: number;
  /** Seconds an entry stays fresh; `Infinity` when it never expires. */
  ttl: number;
  hit: Dist;
  backend: string;
  hitRatio?: number;
  /** Extension: concurrent misses of one key wait for a single fetch (single flight). */
  coalesce: boolean;
}

/**
 * A database: a pool of `connections` per node and a waiting room, query times per class, read
 * replicas and shards. Nodes are numbered shard by shard, the primary first: node
 * `s * (1 + replicas.count) + j` is node j of shard s (j = 0 the primary at the start).
 */
export interface Database extends ComponentBase {
  type: "database";
  connections: number;
  /** Waiting room per node; `Infinity` when unbounded. */
  queue: number;
  read: Dist;
  write: Dist;
  replicas?: { count: number; lag: Dist };
  shards: number;
  /** Extension: seconds until a replica takes over from a crashed primary (none: no failover). */
  failover?: number;
}

/** A message broker between producers and consumers. */
export interface MessageQueue extends ComponentBase {
  type: "queue";
  /** Messages held; `Infinity` when unbounded. */
  capacity: number;
  publish: Dist;
  consumers: { count: number; prefetch: number; service: Dist; target?: string };
  maxRedeliveries: number;
  /** Extension: `block` holds a publisher until the queue has room instead of rejecting it. */
  whenFull?: WhenFull;
}

/** An edge cache for static content: hits answered at the edge, misses fetched from `origin`. */
export interface Cdn extends ComponentBase {
  type: "cdn";
  hitRatio: number;
  hit: Dist;
  origin: string;
}

/**
 * Adds and removes replicas of a server to keep its utilisation near `targetValue`, deciding
 * every `interval` seconds, waiting `cooldown` after a change; a new replica takes traffic after
 * `warmup` seconds.
 */
export interface Autoscaler extends ComponentBase {
  type: "autoscaler";
  target: string;
  metric: "utilization";
  targetValue: number;
  min: number;
  max: number;
  interval: number;
  warmup: number;
  cooldown: number;
}

export type Component =
  | Client
  | LoadBalancer
  | Server
  | Cache
  | Database
  | MessageQueue
  | Cdn
  | Autoscaler;
export type ComponentType = Component["type"];

export type Fault =
  | { kind: "crash"; at: number; target: string; duration: number; instance?: number }
  | {
      kind: "slow";
      at: number;
      target: string;
      duration: number;
      factor: number;
      instance?: number;
    }
  | {
      kind: "errors";
      at: number;
      target: string;
      duration: number;
      rate: number;
      instance?: number;
    }
  /** Extension: every instance of every component in zone `target` is down, as in a crash. */
  | { kind: "zone"; at: number; target: string; duration: number; instance?: undefined }
  /** Calls from `from` to `target` fail as if the network between them were cut. */
  | {
      kind: "partition";
      at: number;
      target: string;
      duration: number;
      from: string;
      instance?: number;
    };

/**
 * Extension: the one-way latency of a call (and of its answer) between two different zones, on
 * top of `network`: `latency` between any two, `pairs` for particular ones (either direction).
 */
export interface Zones {
  latency: Dist;
  pairs: { between: [string, string]; latency: Dist }[];
}

export type { Lesson } from "./lesson";

export interface Scenario {
  version: 1;
  /** A string, or one per language (see text.ts); the summary carries its English text. */
  name: Text;
  description: Text;
  seed: string;
  duration: number;
  warmup: number;
  network: Dist;
  /** Extension: latency between zones; absent when no component names a zone's latency. */
  zones?: Zones;
  components: Component[];
  faults: Fault[];
  lesson?: Lesson;
}
