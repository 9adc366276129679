import type { Dist, Scenario } from "../../scenario/types";
import { momentsOf } from "../moments";

/**
 * The one-way latency between two components' zones (extension: `zones`): none within a zone
 * or where either has no zone, else the pair's latency, or the latency between any two.
 */
export function zoneLatency(
  scenario: Scenario,
  from: string | undefined,
  to: string | undefined,
): Dist | undefined {
  const zones = scenario.zones;
  if (zones === undefined || from === undefined || to === undefined || from === to)
    return undefined;
  const pair = zones.pairs.find(
    (p) =>
      (p.between[0] === from && p.between[1] === to) ||
      (p.between[0] === to && p.between[1] === from),
  );
  return pair?.latency ?? zones.latency;
}

/** The mean of zoneLatency, 0 where there is none. */
export function zoneLatencyMean(
  scenario: Scenario,
  from: string | undefined,
  to: string | undefined,
): number {
  const latency = zoneLatency(scenario, from, to);
  return latency === undefined ? 0 : momentsOf(latency).mean;
}
