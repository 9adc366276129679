import type { Client, RateChange, Scenario } from "../../../src/scenario/types";
import type { Summary } from "../../../src/sim/summary";
import { openClient } from "../scenarios";

/** An open client sending evenly spaced requests: at 1/rate, 2/rate, ... (no randomness). */
export function uniformClient(
  id: string,
  target: string,
  rate: number,
  extra: Partial<Client> & { schedule?: RateChange[] } = {},
): Client {
  const { schedule = [], ...rest } = extra;
  return {
    ...openClient(id, target, rate, rest),
    workload: { kind: "open", rate, arrival: "uniform", schedule },
  };
}

/** Exactly `count` evenly spaced requests, at 1/rate, 2/rate, ..., count/rate, then none. */
export function burstClient(
  id: string,
  target: string,
  rate: number,
  count: number,
  extra: Partial<Client> = {},
): Client {
  return uniformClient(id, target, rate, {
    ...extra,
    schedule: [{ at: (count + 0.5) / rate, rate: 0 }],
  });
}

/** A crash of `target` (every instance, or one) over the whole of any test run. */
export function downForGood(target: string, instance?: number): Scenario["faults"][number] {
  return {
    kind: "crash",
    at: 0,
    target,
    duration: 1e9,
    ...(instance === undefined ? {} : { instance }),
  };
}

export function component(summary: Summary, id: string) {
  const c = summary.components[id];
  if (c === undefined) throw new Error(`no component ${id} in the summary`);
  return c;
}
