import type { Scenario } from "../../scenario/types";
import { momentsOf } from "../moments";

/**
 * The mean one-way latency between two components' zones (extension: `zones`): none within a
 * zone or where either has no zone, else the pair's latency, or the latency between any two.
 */
export function zoneLatencyMean(
  scenario: Scenario,
  from: string | undefined,
  to: string | undefined,
): number {
  const zones = scenario.zones;
  if (zones === undefined || from === undefined || to === undefined || from === to) return 0;
  const pair = zones.pairs.find(
    (p) =>
      (p.between[0] === from && p.between[1] === to) ||
      (p.between[0] === to && p.between[1] === from),
  );
  return momentsOf(pair?.latency ?? zones.latency).mean;
}
