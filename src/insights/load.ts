/**
 * Findings about load: the busiest component, a queue that grows without bound, requests turned
 * away at a bounded queue, a hot shard, a message backlog.
 */

import { type Context, meanServiceOf, queueLimitOf, shareOf } from "./context";
import type { Finding, Severity } from "./finding";

/** Utilisation from which the busiest component is named (info), warned about, or critical. */
const BUSY = { info: 0.5, warning: 0.8, critical: 0.95 };

/**
 * The component with the highest utilisation, where the queue builds first: waits grow as
 * ρ/(1-ρ), tenfold between 50% and 90% (M/M/1; Harchol-Balter ch. 13), so 80% is where a
 * design starts to have no headroom.
 */
export function bottleneck(ctx: Context): Finding[] {
  let best: { id: string; utilization: number } | null = null;
  for (const c of ctx.scenario.components) {
    const u = ctx.figures(c.id).utilization;
    if (u === undefined || c.type === "loadbalancer") continue;
    if (best === null || u > best.utilization) best = { id: c.id, utilization: u };
  }
  if (best === null || best.utilization < BUSY.info) return [];
  const f = ctx.figures(best.id);
  const severity: Severity =
    best.utilization >= BUSY.critical
      ? "critical"
      : best.utilization >= BUSY.warning
        ? "warning"
        : "info";
  return [
    {
      kind: "bottleneck",
      component: best.id,
      severity,
      figures: {
        utilization: best.utilization,
        meanQueue: f.meanQueue ?? 0,
        meanWait: f.meanWait ?? 0,
        meanService: meanServiceOf(ctx.components.get(best.id)!) ?? 0,
      },
    },
  ];
}

/**
 * An unbounded queue whose requests waited more than 20 service times and at least a second:
 * no stable queue does that at moderate load, so arrivals outran the workers for a long time,
 * and the excess turned into latency instead of errors.
 */
export function unboundedQueues(ctx: Context): Finding[] {
  const out: Finding[] = [];
  for (const c of ctx.scenario.components) {
    if (queueLimitOf(c) !== Infinity || c.type === "queue") continue;
    const f = ctx.figures(c.id);
    const meanService = meanServiceOf(c) ?? 0;
    const meanWait = f.meanWait ?? 0;
    if (meanWait < Math.max(1, 20 * meanService)) continue;
    out.push({
      kind: "unbounded-queue",
      component: c.id,
      severity: "critical",
      figures: { meanQueue: f.meanQueue ?? 0, meanWait, meanService },
    });
  }
  return out;
}

/** A component that turned away at least 1% of what reached it (a full queue, a rate limit). */
export function rejections(ctx: Context): Finding[] {
  const out: Finding[] = [];
  for (const c of ctx.scenario.components) {
    const limit = c.type === "loadbalancer" ? (c.rateLimit?.rate ?? undefined) : queueLimitOf(c);
    if (limit === undefined) continue;
    const f = ctx.figures(c.id);
    // A server's own: its `rejected` also counts what its callees turned away (issue 17).
    const rejected = f.own?.rejected ?? f.rejected ?? 0;
    const share = shareOf(rejected, (f.served ?? 0) + rejected + (f.failed ?? 0));
    if (share < 0.01) continue;
    out.push({
      kind: "rejections",
      component: c.id,
      severity: share >= 0.05 ? "critical" : "warning",
      figures: {
        rejected,
        share,
        limit,
        cause:
          c.type === "loadbalancer" ? "rate-limit" : Number.isFinite(limit) ? "queue" : "limits",
      },
    });
  }
  return out;
}

/** A sharded database whose busiest shard took 20% more than an even share. */
export function hotShards(ctx: Context): Finding[] {
  const out: Finding[] = [];
  for (const c of ctx.scenario.components) {
    const load = ctx.figures(c.id).shardLoad;
    if (load === undefined) continue;
    // Averaged replications put a `ci95` group beside the shards: only numbers are shards.
    const entries = Object.entries(load).filter(
      (e): e is [string, number] => typeof e[1] === "number",
    );
    const total = entries.reduce((sum, [, n]) => sum + n, 0);
    if (entries.length < 2 || total === 0) continue;
    const [shard, most] = entries.reduce((a, b) => (b[1] > a[1] ? b : a));
    const share = most / total;
    const fairShare = 1 / entries.length;
    if (share < 1.2 * fairShare) continue;
    out.push({
      kind: "hot-shard",
      component: c.id,
      severity: share >= 1.5 * fairShare ? "critical" : "warning",
      figures: { shard, share, fairShare },
    });
  }
  return out;
}

/**
 * A message queue whose messages waited a second or more, or that dead-lettered some. A backlog
 * that drains is the queue doing its job (info); lost messages are not.
 */
export function queueBacklogs(ctx: Context): Finding[] {
  const out: Finding[] = [];
  for (const c of ctx.scenario.components) {
    if (c.type !== "queue") continue;
    const f = ctx.figures(c.id);
    const meanAge = f.meanAge ?? 0;
    const deadLettered = f.deadLettered ?? 0;
    if (meanAge < 1 && deadLettered === 0) continue;
    out.push({
      kind: "queue-backlog",
      component: c.id,
      severity: deadLettered > 0 ? "warning" : "info",
      figures: { maxDepth: f.maxDepth ?? 0, meanAge, deadLettered },
    });
  }
  return out;
}
