import type { Scenario } from "../scenario/types";
import { ZoneLatency } from "./kernel/zone-latency";
import { Sampler } from "./random/sampler";
import type { Rng } from "./random/stream";

/**
 * The latency between the scenario's zones, or null when no hop can cross one with any latency
 * (no `zones`, fewer than two zones, or every latency a constant 0): then calls are made exactly
 * as without zones, and no stream is drawn from.
 */
export function zoneLatencyOf(
  scenario: Scenario,
  stream: (id: string, purpose: string) => Rng,
): ZoneLatency | null {
  const table = scenario.zones;
  if (table === undefined) return null;
  const names: string[] = [];
  for (const c of scenario.components) {
    if (c.zone !== undefined && !names.includes(c.zone)) names.push(c.zone);
  }
  const n = names.length;
  const latency: (Sampler | null)[] = new Array(n * n).fill(null);
  const sampler = (dist: Scenario["network"]) =>
    dist.dist === "const" && dist.value === 0 ? null : new Sampler(dist);
  const any = sampler(table.latency);
  for (let a = 0; a < n; a++) for (let b = 0; b < n; b++) if (a !== b) latency[a * n + b] = any;
  for (const pair of table.pairs) {
    const a = names.indexOf(pair.between[0]);
    const b = names.indexOf(pair.between[1]);
    const s = sampler(pair.latency);
    latency[a * n + b] = s;
    latency[b * n + a] = s;
  }
  if (latency.every((s) => s === null)) return null;
  return new ZoneLatency(
    Int32Array.from(scenario.components, (c) =>
      c.zone === undefined ? -1 : names.indexOf(c.zone),
    ),
    n,
    latency,
    scenario.components.map((c) => stream(c.id, "zones")),
  );
}

/**
 * The components a zone outage takes down, by zone: every one in the zone that has instances,
 * in the scenario's order. A zone of clients or autoscalers alone has none.
 */
export function zoneMembers(scenario: Scenario): Map<string, number[]> {
  const zones = new Map<string, number[]>();
  scenario.components.forEach((c, i) => {
    if (c.zone === undefined) return;
    const members = zones.get(c.zone) ?? [];
    zones.set(c.zone, members);
    if (c.type !== "client" && c.type !== "autoscaler") members.push(i);
  });
  return zones;
}
