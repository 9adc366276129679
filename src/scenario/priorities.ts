/**
 * Request class priorities (an extension): a client's `mix[].priority` says how urgent a class
 * is, and servers, databases and queues serve the most urgent waiting request first. A class
 * has one priority, whichever client sends it; `preemptive` on a server needs a core per
 * worker, since preemption takes a worker from a request that has one to itself.
 */

import { fieldPath, itemPath, type Report } from "./issues";
import type { Entry } from "./references";
import { show } from "./show";
import type { Component } from "./types";

/** Each class's priority (absent is 0), from the clients' mixes. */
export function classPriorities(components: readonly Component[]): Map<string, number> {
  const priorities = new Map<string, number>();
  for (const c of components) {
    if (c.type !== "client") continue;
    for (const m of c.mix) if (!priorities.has(m.class)) priorities.set(m.class, m.priority ?? 0);
  }
  return priorities;
}

/** True when some class is more urgent than another: only then is anything reordered. */
export function hasPriorities(priorities: ReadonlyMap<string, number>): boolean {
  return new Set(priorities.values()).size > 1;
}

export function checkPriorities(report: Report, entries: readonly Entry[]): void {
  const seen = new Map<string, { priority: number; at: string }>();
  for (const entry of entries) {
    const c = entry.component;
    if (c?.type !== "client") continue;
    c.mix.forEach((m, i) => {
      const priority = m.priority ?? 0;
      const at = fieldPath(itemPath(fieldPath(entry.path, "mix"), i), "priority");
      const first = seen.get(m.class);
      if (first === undefined) seen.set(m.class, { priority, at });
      else if (first.priority !== priority)
        report.error(at, "classPriorityConflict", {
          class: show(m.class),
          other: String(first.priority),
          at: first.at,
          priority: String(priority),
        });
    });
  }
  const prioritised = new Set([...seen.values()].map((s) => s.priority)).size > 1;
  for (const entry of entries) {
    const c = entry.component;
    if (c?.type !== "server") continue;
    if (c.preemptive === true && c.cores < c.workers)
      report.error(fieldPath(entry.path, "preemptive"), "preemptiveSharedCpu", {
        cores: String(c.cores),
        workers: String(c.workers),
      });
    if (prioritised && (c.discipline === "codel" || c.discipline === "adaptive-lifo"))
      report.warn(fieldPath(entry.path, "discipline"), "priorityUnderCodel", {
        discipline: show(c.discipline),
      });
  }
}
