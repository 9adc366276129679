/**
 * A finding: one plain-language observation about a finished (or running) simulation, read off
 * the summary and the scenario. Findings are data; their text comes from `describe` (messages.ts)
 * in the reader's language, so the command line and the page say the same thing.
 */

/** `info` teaches (the busiest component), `warning` and `critical` are alarms. */
export type Severity = "info" | "warning" | "critical";

export const SEVERITIES: readonly Severity[] = ["critical", "warning", "info"];

/** The figures each kind of finding cites. Times in seconds, shares in [0, 1]. */
export interface FindingFigures {
  /** The component with the highest utilisation, and how its queue built. */
  bottleneck: { utilization: number; meanQueue: number; meanWait: number; meanService: number };
  /** Offered more requests per second, by the topology's traffic equations, than it can serve. */
  overload: { offered: number; capacity: number; load: number };
  /** An unbounded queue with waits far beyond the service time: more arrives than it serves. */
  "unbounded-queue": { meanQueue: number; meanWait: number; meanService: number };
  /** A bounded queue (or limit) turning requests away. */
  rejections: {
    rejected: number;
    share: number;
    /** The waiting room or the rate limit; `Infinity` when neither bounds it. */
    limit: number;
    /** A full queue, a spent rate limit, or (unbounded queue) a concurrency limit or shedding. */
    cause: "queue" | "rate-limit" | "limits";
  };
  /** Clients giving up on requests. */
  timeouts: { timeouts: number; share: number; timeout: number };
  /** Retries multiplying the load offered by a client. */
  retries: {
    attemptsPerRequest: number;
    offered: number;
    attempted: number;
    backoff: number;
    multiplier: number;
    jitter: boolean;
    /** True when retries go out (nearly) at once: no growth, or a backoff under 50 ms. */
    noBackoff: boolean;
  };
  /** A balancer without health checks that kept sending to a crashed backend. */
  "dead-backend": { backend: string; down: number; failed: number; unavailable: number };
  /** Blocking workers held while waiting on a slow dependency. */
  "blocked-workers": {
    dependency: string;
    heldTime: number;
    inCalls: number;
    meanWait: number;
    rejected: number;
  };
  /** A cache answering too few reads. */
  "poor-hit-ratio": { hitRatio: number; backendCalls: number; capacity: number; keys: number };
  /** A circuit breaker that opened. */
  "breaker-open": { opened: number; shortCircuited: number };
  /** One shard of a database taking much more than its share. */
  "hot-shard": { shard: string; share: number; fairShare: number };
  /** A message queue holding a backlog. */
  "queue-backlog": { maxDepth: number; meanAge: number; deadLettered: number };
}

export type FindingKind = keyof FindingFigures;

export type Finding<K extends FindingKind = FindingKind> = K extends FindingKind
  ? { kind: K; component: string; severity: Severity; figures: FindingFigures[K] }
  : never;

/** Warnings and critical findings: what a healthy scenario must not produce. */
export function isAlarming(finding: Finding): boolean {
  return finding.severity !== "info";
}
