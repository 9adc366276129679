/**
 * What every rule reads: the scenario's components by id, the summary's figures by id, and the
 * length of the measured window. Rules only read; none of this is computed twice per rule.
 */
import type { Component, Dist, Scenario } from "../scenario/types";
import type { ComponentSummary, Summary } from "../sim/summary";
import { momentsOf } from "../theory/moments";

export interface Context {
  scenario: Scenario;
  summary: Summary;
  /** Seconds of the measured window (warm-up excluded). */
  window: number;
  components: Map<string, Component>;
  figures(id: string): ComponentSummary;
}

export function contextOf(scenario: Scenario, summary: Summary): Context {
  const components = new Map(scenario.components.map((c) => [c.id, c]));
  return {
    scenario,
    summary,
    window: Math.max(0, summary.duration - summary.warmup),
    components,
    figures: (id) => summary.components[id] ?? {},
  };
}

/**
 * The mean time a worker (connection, consumer) of the component spends on one request itself,
 * calls excluded; a per-class service map is averaged over its classes. Undefined for components
 * without workers.
 */
export function meanServiceOf(c: Component): number | undefined {
  switch (c.type) {
    case "server":
      return meanOf(c.service);
    case "database":
      return momentsOf(c.read).mean;
    case "queue":
      return momentsOf(c.consumers.service).mean;
    default:
      return undefined;
  }
}

function meanOf(service: Dist | Record<string, Dist>): number {
  if ("dist" in service && typeof service.dist === "string") return momentsOf(service as Dist).mean;
  const parts = Object.values(service as Record<string, Dist>);
  return parts.reduce((sum, d) => sum + momentsOf(d).mean, 0) / parts.length;
}

/** The waiting room per instance (or node), `Infinity` when unbounded; undefined without one. */
export function queueLimitOf(c: Component): number | undefined {
  if (c.type === "server" || c.type === "database") return c.queue;
  if (c.type === "queue") return c.capacity;
  return undefined;
}

/** Share of `part` in `whole`, 0 when there is nothing. */
export function shareOf(part: number, whole: number): number {
  return whole > 0 ? part / whole : 0;
}
