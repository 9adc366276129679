/**
 * A server's scheduled capacity: from each entry's `at` on, its workers per replica and/or its
 * replicas become the entry's, as a workload's rate follows its schedule (a night scale-down, a
 * deploy that takes a replica out for a while).
 */

import { fieldPath, itemPath, type Report } from "./issues";
import { atMost, LIMITS } from "./limits";
import { fieldsOf, nonNegativeNumber, positiveInteger, type Reader } from "./read";
import type { Entry } from "./references";
import { show } from "./show";
import { timeOrdered } from "./time-ordered";
import type { CapacityChange, Server } from "./types";

const readChange: Reader<CapacityChange> = (report, value, path) => {
  const f = fieldsOf(report, value, path);
  if (f === undefined) return { at: Number.NaN };
  const change: CapacityChange = { at: f.required("at", nonNegativeNumber) };
  const workers = f.optional("workers", atMost(positiveInteger, LIMITS.workers));
  const replicas = f.optional("replicas", atMost(positiveInteger, LIMITS.replicas));
  if (workers !== undefined) change.workers = workers;
  if (replicas !== undefined) change.replicas = replicas;
  if (!f.has("workers") && !f.has("replicas")) report.error(path, "capacityChangeEmpty");
  f.finish();
  return change;
};

export const readCapacitySchedule: Reader<CapacityChange[]> = timeOrdered(readChange);

/** The most replicas a server has at any time of its schedule. */
export function mostReplicas(server: Server): number {
  let most = server.replicas;
  for (const change of server.schedule ?? []) most = Math.max(most, change.replicas ?? 0);
  return most;
}

/**
 * The mean replicas over [from, to): what a scheduled server is paid for. Without a schedule,
 * its `replicas`.
 */
export function meanScheduledReplicas(server: Server, from: number, to: number): number {
  const schedule = server.schedule ?? [];
  if (to <= from || !schedule.some((c) => c.replicas !== undefined)) return server.replicas;
  let replicas = server.replicas;
  let since = from;
  let area = 0;
  for (const change of schedule) {
    if (change.replicas === undefined) continue;
    if (change.at > from) {
      const until = Math.min(change.at, to);
      if (until > since) area += replicas * (until - since);
      since = Math.max(since, until);
    }
    replicas = change.replicas;
  }
  area += replicas * (to - since);
  return area / (to - from);
}

/**
 * An autoscaler decides its server's replicas; a schedule of replicas on the same server would
 * fight it, so that is refused at the schedule's entry (a schedule of workers alone is fine).
 */
export function checkCapacitySchedules(report: Report, entries: Entry[]): void {
  const scaledBy = new Map<string, string>();
  for (const e of entries) {
    if (e.component?.type === "autoscaler" && !scaledBy.has(e.component.target)) {
      scaledBy.set(e.component.target, e.component.id);
    }
  }
  for (const e of entries) {
    const c = e.component;
    if (c?.type !== "server" || c.schedule === undefined) continue;
    const autoscaler = scaledBy.get(c.id);
    if (autoscaler === undefined) continue;
    c.schedule.forEach((change, i) => {
      if (change.replicas === undefined) return;
      report.error(
        `${itemPath(fieldPath(e.path, "schedule"), i)}.replicas`,
        "scheduledAutoscaled",
        { autoscaler: show(autoscaler) },
      );
    });
  }
}
