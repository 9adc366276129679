/**
 * The live view's figures, in row order. A probe row is the time, the GLOBAL_FIELDS, then
 * PROBE_FIELDS for each component in scenario order, then the calls per second of each edge.
 * Rates are per second of simulated time over the interval that ends at the row's time.
 */
export const GLOBAL_FIELDS = [
  "offered",
  "completed",
  "rejected",
  "timeout",
  "unavailable",
  "error",
  "retries",
  "latencyMean",
  "p50",
  "p95",
  "p99",
  "inFlight",
] as const;

export const PROBE_FIELDS = [
  "utilization",
  "meanQueue",
  "served",
  "failed",
  "up",
  "instances",
  "inFlight",
  "hitRatio",
  "breakersOpen",
  /** Database: mean replication lag of the reads replicas served (s). */
  "staleness",
  /** Database with shards: the busiest shard's share of the queries. */
  "hotShard",
  /** Queue: mean time a message waited for a consumer (s). */
  "messageAge",
  /** Queue: messages dead-lettered per second. */
  "deadLettered",
  /** Server with fewer cores than workers: cores computing over cores up. */
  "cpuUtilization",
  /**
   * Server of several replicas, over the interval: the slot of the busiest replica, its
   * utilisation and mean queue, and the least busy replica's utilisation. Four numbers whatever
   * the number of replicas, so a row's size does not grow with them.
   */
  "hotReplica",
  "hotUtilization",
  "hotQueue",
  "coolUtilization",
] as const;

export const PROBE_FIELD_COUNT = PROBE_FIELDS.length;
export type GlobalField = (typeof GLOBAL_FIELDS)[number];
export type ProbeField = (typeof PROBE_FIELDS)[number];

/** Each field's position in a component's slice of a probe row. */
export const FIELD = Object.fromEntries(PROBE_FIELDS.map((f, i) => [f, i])) as Record<
  ProbeField,
  number
>;
