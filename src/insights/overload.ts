/**
 * Overload read off the topology itself: a component offered more requests per second than its
 * workers can ever serve. The offered rate comes from the traffic equations (src/theory/match),
 * so the finding cites both numbers where the summary alone could only show the queue growing.
 */
import type { Component } from "../scenario/types";
import { serviceOf } from "../theory/match/station";
import type { Stream } from "../theory/match/stream";
import { trafficOf } from "../theory/match/traffic";
import { mixtureMoments } from "../theory/moments";
import type { Context } from "./context";
import type { Finding } from "./finding";

export function overloads(ctx: Context): Finding[] {
  const traffic = trafficOf(ctx.scenario);
  const out: Finding[] = [];
  for (const c of ctx.scenario.components) {
    const stream = traffic.get(c.id);
    if (stream === undefined || !knownRate(stream)) continue;
    const capacity = capacityOf(c, stream);
    // A zero or infinite mean service time gives no capacity to compare with.
    if (capacity === undefined || !(capacity > 0 && Number.isFinite(capacity))) continue;
    if (stream.rate < capacity) continue;
    out.push({
      kind: "overload",
      component: c.id,
      severity: "critical",
      figures: { offered: stream.rate, capacity, load: stream.rate / capacity },
    });
  }
  return out;
}

/**
 * The offered rate is the scenario's own when nothing on the way changes it with time or with
 * the system's state: no schedule, retries or faults, no split by backend state or by key.
 */
function knownRate(s: Stream): boolean {
  if (s.blocked !== undefined) return false;
  if (s.arrival.kind !== "other") return true;
  return !["state-dependent-balancing", "hash-balancing", "behind-station"].includes(
    s.arrival.reason,
  );
}

/** Requests per second the component serves with every worker busy, if it has workers. */
function capacityOf(c: Component, s: Stream): number | undefined {
  const mean = (distOf: (cls: string) => Parameters<typeof mixtureMoments>[0][number]["dist"]) =>
    mixtureMoments([...s.classes].map(([cls, rate]) => ({ dist: distOf(cls), weight: rate }))).mean;
  switch (c.type) {
    case "server": {
      // Blocking workers are held through their calls: their capacity is not the CPU's.
      if (c.blocking && c.calls.some((call) => call.mode === "sync")) return undefined;
      const parallel = Math.min(c.workers, c.cores) * c.replicas;
      return parallel / mean((cls) => serviceOf(c, cls));
    }
    case "database":
      if (c.replicas !== undefined || c.shards > 1) return undefined;
      return c.connections / mean((cls) => (cls === "write" ? c.write : c.read));
    case "queue":
      if (c.consumers.target !== undefined) return undefined;
      return c.consumers.count / mean(() => c.consumers.service);
    default:
      return undefined;
  }
}
