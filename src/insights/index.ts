/**
 * Insights: plain-language findings after a run, each pointing at a component and citing the
 * figure behind it. Pure: the command line and the page call the same functions.
 */
import type { Scenario } from "../scenario/types";
import type { Summary } from "../sim/summary";
import { contextOf } from "./context";
import { blockedWorkers, poorHitRatios } from "./dependencies";
import { type Finding, SEVERITIES } from "./finding";
import { bottleneck, hotShards, queueBacklogs, rejections, unboundedQueues } from "./load";
import { overloads } from "./overload";
import { deadBackends, openBreakers, retries, timeouts } from "./resilience";

export { type Finding, type FindingKind, isAlarming, type Severity } from "./finding";
export type { InsightLocale } from "./format";
export { describe } from "./messages";

/** The rules, in the order their findings are listed within one severity: causes before symptoms. */
const RULES = [
  deadBackends,
  retries,
  blockedWorkers,
  hotShards,
  poorHitRatios,
  overloads,
  bottleneck,
  unboundedQueues,
  rejections,
  openBreakers,
  timeouts,
  queueBacklogs,
];

/** Every finding about a run, most severe first. */
export function insightsOf(scenario: Scenario, summary: Summary): Finding[] {
  const ctx = contextOf(scenario, summary);
  const findings = RULES.flatMap((rule) => rule(ctx));
  return SEVERITIES.flatMap((severity) => findings.filter((f) => f.severity === severity));
}
