/** Findings about what a component waits on: blocked workers, a cache that rarely hits. */

import { type Context, meanServiceOf } from "./context";
import type { Finding } from "./finding";

/**
 * A blocking server (thread per request) whose workers spent most of their time waiting on sync
 * calls while requests queued for them. The worker-seconds used (utilisation × workers × window)
 * over the requests that got a worker (served or failed after) is the mean time a request held
 * one; what exceeds its own service time went on calls. (Latency minus wait would not do: the
 * latency counts only the requests served, the wait every request that got a worker.) A slow
 * dependency thus exhausts the pool although the server's CPU is idle (Nygard, Release It!,
 * "Blocked Threads").
 */
export function blockedWorkers(ctx: Context): Finding[] {
  const out: Finding[] = [];
  for (const c of ctx.scenario.components) {
    if (c.type !== "server" || !c.blocking) continue;
    const sync = c.calls.filter((call) => call.mode === "sync");
    if (sync.length === 0) continue;
    const f = ctx.figures(c.id);
    const meanWait = f.meanWait ?? 0;
    const workerSeconds = (f.utilization ?? 0) * c.workers * c.replicas * ctx.window;
    const held = (f.served ?? 0) + (f.failed ?? 0);
    const heldTime = held > 0 ? workerSeconds / held : 0;
    if (!Number.isFinite(heldTime)) continue;
    const inCalls = heldTime > 0 ? Math.max(0, heldTime - (meanServiceOf(c) ?? 0)) / heldTime : 0;
    const rejected = f.rejected ?? 0;
    const queued = meanWait >= heldTime || rejected > 0;
    if (inCalls < 0.5 || !queued || meanWait < 0.01) continue;
    const slowest = sync.reduce((a, b) =>
      (ctx.figures(b.target).latency?.mean ?? 0) > (ctx.figures(a.target).latency?.mean ?? 0)
        ? b
        : a,
    );
    out.push({
      kind: "blocked-workers",
      component: c.id,
      severity: rejected > 0 ? "critical" : "warning",
      figures: { dependency: slowest.target, heldTime, inCalls, meanWait, rejected },
    });
  }
  return out;
}

/** A cache (or CDN) that answered fewer than half of its reads: most still reach the backend. */
export function poorHitRatios(ctx: Context): Finding[] {
  const out: Finding[] = [];
  for (const c of ctx.scenario.components) {
    if (c.type !== "cache" && c.type !== "cdn") continue;
    const f = ctx.figures(c.id);
    const hitRatio = f.hitRatio;
    if (hitRatio === undefined || (f.hits ?? 0) + (f.misses ?? 0) < 100 || hitRatio >= 0.5)
      continue;
    out.push({
      kind: "poor-hit-ratio",
      component: c.id,
      severity: hitRatio < 0.2 ? "critical" : "warning",
      figures: {
        hitRatio,
        backendCalls: f.backendCalls ?? f.misses ?? 0,
        capacity: c.type === "cache" ? (c.capacity ?? 0) : 0,
        keys: keysBehind(ctx, c.id),
      },
    });
  }
  return out;
}

/** The number of distinct keys of the clients that send to the component (0 without keys). */
function keysBehind(ctx: Context, id: string): number {
  let keys = 0;
  for (const c of ctx.scenario.components) {
    if (c.type === "client" && c.target === id && c.keys !== undefined)
      keys = Math.max(keys, c.keys.count);
  }
  return keys;
}
