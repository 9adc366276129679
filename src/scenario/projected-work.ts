/**
 * Warnings for documents whose runs could never end in reasonable time, told before the run: a
 * load times a duration beyond the events a run may take, and retries that can loop without the
 * clock moving. The engine stops such runs itself (src/sim/work-budget.ts, and the stall check),
 * within a second or two; the warning says why beforehand, at the field to change.
 */
import { pow } from "../math/pow";
import { NANOSECOND, typicalDuration } from "./feasibility";
import type { Report } from "./issues";
import type { Component, RetryPolicy } from "./types";

/**
 * Events a run may take unless told otherwise (`--max-events`): about a minute of computing at
 * the 2 to 5 million events a second the engine runs on a laptop (1.5 million a second on a busy
 * 2-core machine: 4 million events of one client and one server in 2.6 s). The largest preset
 * takes 1.6 million, so no preset comes near it.
 */
export const DEFAULT_MAX_EVENTS = 200_000_000;

/** Events a request takes at the least: its arrival, and its answer at the end of a service. */
const EVENTS_PER_REQUEST = 2;

/** Events a second of computing, at best, for the message's estimate. */
const EVENTS_PER_WALL_SECOND = 5e6;

/** Retries per request from which a loop of them counts as endless. */
export const RETRY_LOOP_MAX = 100;

/** Retry delays under this let a loop of retries run while the clock barely moves. */
const RETRY_LOOP_DELAY = 1e-3;

/** Two significant digits, exponents from a million on: 2e13, 0.0011, over 1.8e308. */
function figure(x: number): string {
  if (!Number.isFinite(x)) return "over 1.8e308";
  const text = x >= 1e6 ? x.toExponential(1).replace(".0e", "e") : String(Number(x.toPrecision(2)));
  return text.replace("e+", "e");
}

/**
 * The most requests a client can send a simulated second: an open workload's peak rate, closed
 * users over their typical think time; undefined when nothing bounds it from the document alone
 * (no think time: the answers pace the users) or for a trace, whose length is bounded already.
 */
function peakRate(client: Extract<Component, { type: "client" }>): number | undefined {
  const w = client.workload;
  if (w.kind === "open") return w.schedule.reduce((max, c) => Math.max(max, c.rate), w.rate);
  if (w.kind === "closed") {
    // A think time under a nanosecond has a warning of its own (feasibility.ts).
    const think = typicalDuration(w.think);
    return think >= NANOSECOND ? w.users / think : undefined;
  }
  return undefined;
}

/**
 * Warns at `duration` when the clients' peak rates over the whole run ask for more events than
 * DEFAULT_MAX_EVENTS: the run will be stopped, and at worst could never end.
 */
export function warnProjectedWork(report: Report, duration: number, components: Component[]): void {
  let rate = 0;
  for (const c of components) if (c.type === "client") rate += peakRate(c) ?? 0;
  const requests = rate * duration;
  const events = requests * EVENTS_PER_REQUEST;
  if (!(events > DEFAULT_MAX_EVENTS)) return;
  report.warn("duration", "workBeyondBudget", {
    requests: figure(requests),
    events: figure(events),
    max: figure(DEFAULT_MAX_EVENTS),
    seconds: figure(events / EVENTS_PER_WALL_SECOND),
  });
}

/**
 * Warns at a client's `retry` when it allows RETRY_LOOP_MAX retries or more with delays under a
 * millisecond (no backoff, a tiny one, or a multiplier under 1 that shrinks it): against a target
 * that refuses at once, each request loops that many times while the clock barely moves.
 */
export function warnRetryLoop(report: Report, path: string, retry: RetryPolicy): void {
  if (!(retry.max >= RETRY_LOOP_MAX)) return;
  const shortest =
    retry.multiplier >= 1 ? retry.backoff : retry.backoff * pow(retry.multiplier, retry.max - 1);
  if (!(shortest < RETRY_LOOP_DELAY)) return;
  report.warn(path, "retryLoop", { max: figure(retry.max), delay: figure(shortest) });
}
