/**
 * Theory beside simulation: for each component where an analytic model applies, the model's
 * figures next to the simulated ones; where none applies, the reason. Pure: the command line and
 * the page call it with a scenario and its (possibly partial) summary.
 */
import { classPriorities, hasPriorities } from "../scenario/priorities";
import type { Component, Scenario } from "../scenario/types";
import type { ComponentSummary, Summary } from "../sim/summary";
import { type CacheParams, matchCache } from "./match/cache";
import { matchClient, type NetworkParams } from "./match/end-to-end";
import {
  isStation,
  matchStation,
  type QueueModel,
  type StationMatch,
  type StationParams,
} from "./match/station";
import type { Reason } from "./match/stream";
import { trafficOf } from "./match/traffic";

export type TheoryFigure =
  | "utilization"
  | "meanQueue"
  | "meanWait"
  | "meanResponse"
  | "rejected"
  | "hitRatio";

export interface TheoryRow {
  figure: TheoryFigure;
  theory: number;
  /** The run's figure, null before there is a summary to read it from. */
  simulated: number | null;
}

export type TheoryModel = QueueModel | "LRU (Che)" | "Jackson network";

export type TheoryBeside =
  | {
      component: string;
      applies: true;
      model: TheoryModel;
      params: StationParams | CacheParams | NetworkParams;
      /** False when the offered load is at or beyond capacity: the means are infinite. */
      stable: boolean;
      rows: TheoryRow[];
    }
  /** `at`: for a client, the component on its way that no model fits. */
  | { component: string; applies: false; reason: Reason; at?: string };

const ORDER: TheoryFigure[] = [
  "utilization",
  "meanQueue",
  "meanWait",
  "meanResponse",
  "rejected",
  "hitRatio",
];

/**
 * Every client (its end-to-end mean response), station and LRU cache of the scenario, with its
 * model or the reason there is none.
 * `changedLive`: the page applied what-ifs to this run, so its figures are not the scenario's.
 */
export function theoryBeside(
  scenario: Scenario,
  summary: Summary | null,
  changedLive = false,
): TheoryBeside[] {
  const traffic = trafficOf(scenario, changedLive);
  const autoscaled = new Set(
    scenario.components.flatMap((c) => (c.type === "autoscaler" ? [c.target] : [])),
  );
  const stations = new Map<string, StationMatch>();
  const prioritised = hasPriorities(classPriorities(scenario.components));
  for (const c of scenario.components) {
    if (!isStation(c)) continue;
    if (prioritised) stations.set(c.id, { ok: false, reason: "priorities" });
    else if (backpressured(scenario.components, c))
      stations.set(c.id, { ok: false, reason: "backpressure" });
    else stations.set(c.id, matchStation(c, traffic.get(c.id), autoscaled.has(c.id)));
  }
  const out: TheoryBeside[] = [];
  for (const c of scenario.components) {
    const sim = summary?.components[c.id];
    if (c.type === "client") {
      const m = matchClient(scenario, c, traffic, stations);
      if (!m.ok) {
        out.push({
          component: c.id,
          applies: false,
          reason: m.reason,
          ...(m.at === undefined ? {} : { at: m.at }),
        });
        continue;
      }
      out.push({
        component: c.id,
        applies: true,
        model: "Jackson network",
        params: m.params,
        stable: m.stable,
        rows: [
          {
            figure: "meanResponse",
            theory: m.meanResponse,
            simulated: simulated(sim, "meanResponse"),
          },
        ],
      });
    } else if (isStation(c)) {
      const m = stations.get(c.id)!;
      if (!m.ok) {
        out.push({ component: c.id, applies: false, reason: m.reason });
        continue;
      }
      const rows = ORDER.flatMap((figure) => {
        const theory = m.figures[figure as keyof typeof m.figures];
        return theory === undefined ? [] : [{ figure, theory, simulated: simulated(sim, figure) }];
      });
      out.push({
        component: c.id,
        applies: true,
        model: m.model,
        params: m.params,
        stable: m.stable,
        rows,
      });
    } else if (c.type === "cache") {
      const m = matchCache(c, traffic.get(c.id));
      if (m === undefined) continue;
      if (!m.ok) {
        out.push({ component: c.id, applies: false, reason: m.reason });
        continue;
      }
      out.push({
        component: c.id,
        applies: true,
        model: m.model,
        params: m.params,
        stable: true,
        rows: [{ figure: "hitRatio", theory: m.hitRatio, simulated: simulated(sim, "hitRatio") }],
      });
    }
  }
  return out;
}

/** The summary's figure matching a theory figure; rejected as a share of what arrived. */
function simulated(sim: ComponentSummary | undefined, figure: TheoryFigure): number | null {
  if (sim === undefined) return null;
  switch (figure) {
    case "meanResponse":
      return sim.latency === undefined || (sim.served ?? 0) === 0 ? null : sim.latency.mean;
    case "rejected": {
      const rejected = sim.rejected ?? 0;
      const total = (sim.served ?? 0) + rejected + (sim.failed ?? 0);
      return total > 0 ? rejected / total : null;
    }
    default:
      return sim[figure] ?? null;
  }
}

/** A station that holds its callers when full, or a server whose calls may be held so. */
function backpressured(components: readonly Component[], c: Component): boolean {
  const blocks = (x: Component | undefined) =>
    (x?.type === "server" || x?.type === "queue") && x.whenFull === "block";
  if (blocks(c)) return true;
  return (
    c.type === "server" &&
    c.calls.some((call) => blocks(components.find((other) => other.id === call.target)))
  );
}
