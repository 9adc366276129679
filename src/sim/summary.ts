/**
 * The summary of a run: what `archsim run --json` prints and the UI's summary table shows.
 * Statistics cover `warmup` to `duration`; latency is measured at the clients, from first send
 * to final answer, retries included.
 */

import type { ReplicaSummary } from "./metrics/replica-stats";
import type { Recovery } from "./recovery";
import type { RecoveryAcrossRuns } from "./stats/recoveries";

export const FAILURE_KINDS = ["rejected", "timeout", "unavailable", "error"] as const;
export type FailureKind = (typeof FAILURE_KINDS)[number];

export interface LatencySummary {
  mean: number;
  p50: number;
  p90: number;
  p99: number;
  p999: number;
  max: number;
}

export interface RequestCounts {
  generated: number;
  completed: number;
  failed: number;
  inFlight: number;
  failures: Record<FailureKind, number>;
}

/**
 * A server's own figures: what it turned away or failed itself, and the time requests spent
 * in it before its calls. Its `served`, `rejected`, `failed` and `latency` are end to end: they
 * include what its callees did.
 */
export interface OwnSummary {
  /** Requests it refused itself: full queue, shed, adaptive limit, bulkhead. */
  rejected: number;
  /** Requests that failed here of any other kind: an instance down, an injected error, an open breaker. */
  failed: number;
  /** Mean time waiting for a worker (s). */
  meanWait: number;
  /** Mean time in a worker before its calls (s): the service time, stretched by a shared CPU. */
  meanService: number;
  /** Mean time from arrival to the end of its local processing (s): wait and service. */
  meanSojourn: number;
}

export interface ComponentSummary {
  /** Busy workers over all workers of the instances that are up, time-averaged. */
  utilization?: number;
  /** With fewer cores than workers: cores computing over cores of the instances up, time-averaged. */
  cpuUtilization?: number;
  /** Server: its own figures, apart from the end-to-end ones of the requests it called out for. */
  own?: OwnSummary;
  /** Server of several replicas: each replica's figures, by `id#replica` (at most LISTED_REPLICAS). */
  perReplica?: Record<string, ReplicaSummary>;
  /** Server of several replicas: the busiest one (highest utilisation) and its figures. */
  hottestReplica?: ReplicaSummary & { replica: string };
  meanQueue?: number;
  meanWait?: number;
  served?: number;
  rejected?: number;
  failed?: number;
  /** Requests a server dropped unserved because their caller had given up (`deadlines`). */
  dropped?: number;
  /** Attempts after the first that a client made (retries are new load). */
  retries?: number;
  latency?: { mean: number; p50: number; p99: number };
  /** Requests a balancer forwarded to each backend (`id` or `id#replica`). */
  sent?: Record<string, number>;
  /** Cache: share of reads answered from the cache, and what lies behind it. */
  hitRatio?: number;
  hits?: number;
  misses?: number;
  /** Misses that waited for another request's fetch of the same key (`coalesce`). */
  coalesced?: number;
  /** Requests the cache passed to its backend (misses that fetched, and writes). */
  backendCalls?: number;
  evictions?: number;
  /** Server: times its calls' circuit breakers opened, and calls they refused while open. */
  breakerOpened?: number;
  shortCircuited?: number;
  /** Server with a CoDel queue: requests dropped for waiting too long (in `rejected` too). */
  shed?: number;
  /** Server with an adaptive limit: requests refused over it, and its mean value at the end. */
  limitRejected?: number;
  concurrencyLimit?: number;
  /** Server with `preemptive`: requests taken off a worker by a more urgent one. */
  preempted?: number;
  /** Server or queue with `whenFull: "block"`: requests that waited for room, callers held. */
  blocked?: number;
  /** Server: calls refused because a bulkhead (`maxConcurrent`) was full. */
  bulkheadRejected?: number;
  /** Client with hedging: second copies it sent. */
  hedged?: number;
  /** Client: failures not retried because the retry budget was spent. */
  budgetExhausted?: number;
  /** Database: queries answered per shard (`shard-0`, ...), to see a hot shard. */
  shardLoad?: Record<string, number>;
  /** Database with replicas: how stale reads served by replicas were (replication lag), s. */
  staleness?: { mean: number; max: number };
  /** Database: replicas promoted after their primary crashed. */
  failovers?: number;
  /** Queue: messages waiting (time-average and most), their mean age when a consumer took them (s), and failed ones. */
  meanDepth?: number;
  maxDepth?: number;
  meanAge?: number;
  deadLettered?: number;
  redelivered?: number;
  /** Autoscaler: replicas of its server over time, and how often it changed them. */
  meanReplicas?: number;
  maxReplicas?: number;
  scaleOuts?: number;
  scaleIns?: number;
  /** Requests generated per second by a client over the measured window. */
  offered?: number;
  /** Client-side latency per request class. */
  classes?: Record<string, { completed: number; failed: number; latency: LatencySummary }>;
}

/** Price × instance-hours over the measured window, in the unit of the scenario's `costPerHour`. */
export interface CostSummary {
  total: number;
  /** Cost of a million completed requests at this window's rate; absent when none completed. */
  perMillionRequests?: number;
  /** Per priced component, by id. */
  components: Record<string, number>;
}

export interface Summary {
  scenario: string;
  seed: string;
  duration: number;
  warmup: number;
  events: number;
  wallSeconds: number;
  requests: RequestCounts;
  throughput: number;
  latency: LatencySummary;
  /** Attempts after the first, over all clients: the extra load that retries add. */
  retries: number;
  /** End-to-end figures per request class, over all clients. */
  classes: Record<string, { completed: number; failed: number; latency: LatencySummary }>;
  components: Record<string, ComponentSummary>;
  /**
   * With scheduled faults: how long after each the system was back to its pre-fault level; over
   * replications, in how many runs it came back and how long those took (src/sim/stats/recoveries.ts).
   */
  recovery?: (Recovery | RecoveryAcrossRuns)[];
  /** With any `costPerHour` set: what the measured window cost (src/sim/cost.ts). */
  cost?: CostSummary;
  /** Present with `--replications n` (n >= 2): how many runs the figures average. */
  replications?: number;
  /** The run's fingerprint (src/sim/fingerprint.ts), added by the command line to what it prints. */
  fingerprint?: string;
}
