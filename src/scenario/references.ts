/**
 * Cross-references: every id a component or fault names must be a component that can take the
 * role. Ids are unique, so the first component with an id is the one every reference means.
 */

import { mostReplicas } from "./capacity-schedule";
import type { Report } from "./issues";
import { show } from "./show";
import { didYouMean } from "./suggest";
import type { Component } from "./types";

/** A field that names another component, as found while reading the document. */
export interface Ref {
  /** Path of the string holding the id, e.g. `components[1].calls[0].target`. */
  path: string;
  target: string;
  /** For a server call: the only request class it applies to. */
  when?: string;
  /** For a server call: made async, so the caller does not wait (its chain of callers ends). */
  async?: boolean;
  /** For a server call with `maxVisits`: the cap that bounds any loop through it. */
  cap?: { path: string; maxVisits: number };
}

/** One element of `components`, as far as it could be read. */
export interface Entry {
  path: string;
  /** The id when it is a string (even one of bad spelling, so references to it still resolve). */
  id?: string;
  /** The type when it is one of the format's types, simulated or not. */
  type?: string;
  /** The component when its type is simulated. */
  component?: Component;
  /**
   * What it names: a client's target, a balancer's targets, a server's calls, a cache's backend,
   * a queue's consumer target, a CDN's origin, an autoscaler's server.
   */
  refs: Ref[];
}

/** A fault's target and instance. */
export interface FaultRef extends Ref {
  instance?: number;
  instancePath: string;
  /** A partition's `from`: any component may be cut off, a client included. */
  from?: boolean;
}

/** Maps each id to the index of its first component, reporting the duplicates. */
export function indexIds(report: Report, entries: Entry[]): Map<string, number> {
  const ids = new Map<string, number>();
  entries.forEach((entry, i) => {
    if (entry.id === undefined) return;
    const first = ids.get(entry.id);
    if (first === undefined) ids.set(entry.id, i);
    else
      report.error(`${entry.path}.id`, "duplicateId", {
        id: show(entry.id),
        other: entries[first].path,
      });
  });
  return ids;
}

/** Unknown ids that get a "did you mean"; beyond, a huge broken document would take minutes. */
const SUGGESTIONS = 100;

export function checkReferences(
  report: Report,
  entries: Entry[],
  ids: Map<string, number>,
  faults: FaultRef[],
): void {
  let suggestions = SUGGESTIONS;
  /** The entry a reference names, or undefined after reporting that none has that id. */
  const resolve = (ref: Ref): Entry | undefined => {
    const index = ids.get(ref.target);
    if (index !== undefined) return entries[index];
    const hint = suggestions-- > 0 ? didYouMean(ref.target, ids.keys()) : {};
    report.error(ref.path, "unknownId", { id: show(ref.target), ...hint });
    return undefined;
  };

  for (const entry of entries) {
    for (const ref of entry.refs) {
      const target = resolve(ref)?.type;
      if (target === "client") {
        report.error(ref.path, "targetIsClient", { id: show(ref.target) });
      } else if (entry.type === "autoscaler" && target !== undefined && target !== "server") {
        report.error(ref.path, "scalesNonServer", { id: show(ref.target), type: target });
      } else if (entry.type !== "autoscaler" && target === "autoscaler") {
        report.error(ref.path, "targetIsAutoscaler", { id: show(ref.target) });
      }
    }
  }
  for (const fault of faults) {
    const target = resolve(fault);
    if (fault.from) continue;
    if (target?.type === "client") {
      report.error(fault.path, "faultOnClient", { id: show(fault.target) });
      continue;
    }
    const instances = instanceCount(target?.component);
    if (fault.instance !== undefined && fault.instance >= instances) {
      report.error(
        fault.instancePath,
        instances === 1 ? "instanceOutOfRangeOne" : "instanceOutOfRange",
        { count: String(instances), id: show(fault.target), instance: String(fault.instance) },
      );
    }
  }
}

/** How many instances a fault may name: a server's replicas, one of anything else; NaN if unknown. */
function instanceCount(component: Component | undefined): number {
  if (component?.type === "server") return mostReplicas(component);
  if (component?.type === "database") {
    return component.shards * (1 + (component.replicas?.count ?? 0));
  }
  if (component === undefined) return Number.NaN;
  return 1;
}
