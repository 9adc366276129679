/**
 * What a run costs: each component's `costPerHour` times the instance-hours it was paid for.
 * Latency bought with money is only a win if the money is worth it, so the summary weighs both.
 *
 * The window is the summary's own, `warmup` to `duration`, like every other figure: with a
 * warm-up, the minutes spent filling queues are neither measured nor billed, so the cost per
 * million requests divides the cost of a window by the requests completed in that same window.
 * With no warm-up it is the whole run.
 */

import { meanScheduledReplicas } from "../scenario/capacity-schedule";
import type { Component, Scenario } from "../scenario/types";
import { ownRecord } from "./own-record";
import type { CostSummary, Summary } from "./summary";

const SECONDS_PER_HOUR = 3600;

/**
 * The `cost` group of a summary, or undefined when no component has a `costPerHour`. Reads the
 * rest of the summary (completed requests, an autoscaler's `meanReplicas`), so it is computed
 * last, from figures that are already final.
 */
export function costOf(
  scenario: Scenario,
  summary: Pick<Summary, "duration" | "warmup" | "requests" | "components">,
): CostSummary | undefined {
  const priced = scenario.components.filter((c) => c.costPerHour !== undefined);
  if (priced.length === 0) return undefined;
  const hours = (summary.duration - summary.warmup) / SECONDS_PER_HOUR;
  const components = ownRecord<number>();
  let total = 0;
  for (const c of priced) {
    const cost = (c.costPerHour as number) * instancesOf(c, scenario, summary) * hours;
    components[c.id] = cost;
    total += cost;
  }
  const completed = summary.requests.completed;
  // With nothing completed a request's price is unbounded; JSON has no Infinity, so it is left out.
  return completed > 0
    ? { total, perMillionRequests: (total / completed) * 1e6, components }
    : { total, components };
}

/**
 * The mean number of instances paid for over the window. A replica is paid while it exists:
 * crashed or warming up, it still runs on a machine someone rents. A server under an autoscaler
 * has the autoscaler's time-averaged replica count (warming replicas included), one with a
 * schedule its scheduled replicas averaged over the window; a database one
 * node per primary and per replica of each shard; a queue is one broker (its consumers are the
 * services they call, priced there); every other component one instance.
 */
function instancesOf(
  c: Component,
  scenario: Scenario,
  summary: Pick<Summary, "duration" | "warmup" | "components">,
): number {
  if (c.type === "database") return c.shards * (1 + (c.replicas?.count ?? 0));
  if (c.type !== "server") return 1;
  const scaler = scenario.components.find((s) => s.type === "autoscaler" && s.target === c.id);
  const mean = scaler === undefined ? undefined : summary.components[scaler.id]?.meanReplicas;
  return mean ?? meanScheduledReplicas(c, summary.warmup, summary.duration);
}
