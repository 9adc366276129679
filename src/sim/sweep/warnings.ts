/**
 * What a sweep runs as asked but its curves may be read wrongly for, said beside the result
 * rather than in it (`--json` stays the figures): by the command line on stderr, by the page in
 * the sweep panel, in its own language.
 *
 * One case so far: the `rate` of an open workload whose `schedule` changes it during the run.
 * The rate holds only until the first change; from then on the schedule's rates apply whatever
 * the value, so the offered load does not follow the values swept, and the knee and the SLO
 * reading name rates that were not offered. Scaling the whole workload (scale.ts) asks what was
 * meant.
 */
import type { Scenario, Workload } from "../../scenario/types";
import { SCALE_FIELD } from "./scale";

export interface PlanWarning {
  kind: "scheduledRate";
  /** The swept path as given. */
  param: string;
  /** The client's id. */
  client: string;
  /** When its schedule first replaces the rate, in seconds. */
  from: number;
  /** The path that scales the rate and the schedule together. */
  scale: string;
}

/**
 * When a schedule first replaces an open workload's `rate` within a run of `duration` seconds;
 * undefined when the rate holds throughout.
 */
export function firstRateChange(workload: Workload, duration: number): number | undefined {
  if (workload.kind !== "open") return undefined;
  // The validator keeps the schedule in strictly increasing time order.
  const first = workload.schedule[0];
  return first !== undefined && first.at < duration ? first.at : undefined;
}

const RATE_AT = /^components\[(\d+)\]\.workload\.rate$/;

/** The warnings for sweeping `param`, at the validator's path `at`, of the (valid) `scenario`. */
export function planWarnings(param: string, at: string, scenario: Scenario): PlanWarning[] {
  const match = RATE_AT.exec(at);
  const component = match === null ? undefined : scenario.components[Number(match[1])];
  if (component?.type !== "client") return [];
  const from = firstRateChange(component.workload, scenario.duration);
  if (from === undefined) return [];
  const scale = param.replace(/rate$/, SCALE_FIELD);
  return [{ kind: "scheduledRate", param, client: component.id, from, scale }];
}

/** A warning as the command line says it. */
export function planWarningText(warning: PlanWarning): string {
  return (
    `--param ${warning.param}: client '${warning.client}' has a schedule that replaces this ` +
    `rate from ${warning.from} s on, so the offered load will not follow the values; ` +
    `--param ${warning.scale} multiplies the rate and every schedule entry together`
  );
}
