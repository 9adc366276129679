/**
 * Findings about failure handling: clients timing out, retries multiplying the load, a balancer
 * sending to a dead backend, a circuit breaker that opened.
 */

import { type Context, shareOf } from "./context";
import type { Finding } from "./finding";

/**
 * At least 1% of the requests timed out. The finding points at the client with a timeout that
 * lost the most requests; without client timeouts, at the server whose call timeout fired most.
 */
export function timeouts(ctx: Context): Finding[] {
  const { requests } = ctx.summary;
  const share = shareOf(requests.failures.timeout, requests.generated);
  if (share < 0.01) return [];
  const clients = ctx.scenario.components.flatMap((c) =>
    c.type === "client" && c.timeout !== undefined ? [{ id: c.id, timeout: c.timeout }] : [],
  );
  const callers = ctx.scenario.components.flatMap((c) => {
    if (c.type !== "server") return [];
    const timed = c.calls.flatMap((call) => (call.timeout === undefined ? [] : [call.timeout]));
    return timed.length > 0 ? [{ id: c.id, timeout: Math.max(...timed) }] : [];
  });
  const candidates = clients.length > 0 ? clients : callers;
  if (candidates.length === 0) return [];
  const failed = (id: string) => ctx.figures(id).failed ?? 0;
  const worst = candidates.reduce((a, b) => (failed(b.id) > failed(a.id) ? b : a));
  return [
    {
      kind: "timeouts",
      component: worst.id,
      severity: share >= 0.05 ? "critical" : "warning",
      figures: { timeouts: requests.failures.timeout, share, timeout: worst.timeout },
    },
  ];
}

/** Retries sent at once rather than spread out: below 50 ms, or never growing. */
const PROMPT_BACKOFF = 0.05;

/**
 * A client whose retries made each request cost at least 1.1 attempts. Retries are new load
 * arriving exactly when the system is failing; without a growing, jittered backoff they keep an
 * overloaded system overloaded after its cause is gone (a metastable failure: Bronson et al.,
 * "Metastable Failures in Distributed Systems", HotOS 2021).
 */
export function retries(ctx: Context): Finding[] {
  const out: Finding[] = [];
  for (const c of ctx.scenario.components) {
    if (c.type !== "client" || c.retry === undefined) continue;
    const f = ctx.figures(c.id);
    const offered = f.offered ?? 0;
    const generated = offered * ctx.window;
    if (generated <= 0) continue;
    const attemptsPerRequest = 1 + (f.retries ?? 0) / generated;
    if (attemptsPerRequest < 1.1) continue;
    const { backoff, multiplier, jitter } = c.retry;
    const noBackoff = backoff < PROMPT_BACKOFF || multiplier <= 1;
    out.push({
      kind: "retries",
      component: c.id,
      severity: attemptsPerRequest >= 1.5 || noBackoff ? "critical" : "warning",
      figures: {
        attemptsPerRequest,
        offered,
        attempted: offered * attemptsPerRequest,
        backoff,
        multiplier,
        jitter,
        noBackoff,
      },
    });
  }
  return out;
}

/**
 * A balancer without a health check in front of a backend that crashed: it keeps dealing that
 * backend its share, and every one of those requests fails.
 */
export function deadBackends(ctx: Context): Finding[] {
  const out: Finding[] = [];
  for (const c of ctx.scenario.components) {
    if (c.type !== "loadbalancer" || c.healthCheck !== undefined) continue;
    const failed = ctx.figures(c.id).failed ?? 0;
    if (failed === 0) continue;
    for (const { id } of c.targets) {
      const down = downtimeOf(ctx, id);
      if (down === 0) continue;
      out.push({
        kind: "dead-backend",
        component: c.id,
        severity: "critical",
        figures: {
          backend: id,
          down,
          failed,
          unavailable: ctx.summary.requests.failures.unavailable,
        },
      });
    }
  }
  return out;
}

/** Seconds of scheduled crashes of a component, or its mean time to repair if it fails at random. */
function downtimeOf(ctx: Context, id: string): number {
  let down = 0;
  for (const fault of ctx.scenario.faults) {
    if (fault.kind === "crash" && fault.target === id) down += fault.duration;
  }
  if (down === 0) down = ctx.components.get(id)?.failures?.mttr ?? 0;
  return down;
}

/** A server whose circuit breaker opened: a dependency failed, and calls were failed fast. */
export function openBreakers(ctx: Context): Finding[] {
  const out: Finding[] = [];
  for (const c of ctx.scenario.components) {
    const f = ctx.figures(c.id);
    if ((f.breakerOpened ?? 0) === 0) continue;
    out.push({
      kind: "breaker-open",
      component: c.id,
      severity: "warning",
      figures: { opened: f.breakerOpened ?? 0, shortCircuited: f.shortCircuited ?? 0 },
    });
  }
  return out;
}
