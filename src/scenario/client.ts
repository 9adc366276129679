/**
 * client: where requests come from. An open workload sends at a rate whatever happens downstream;
 * a closed one is a fixed set of users who each wait for an answer, think, and send again.
 */

import { peakRequestRate, readOpen } from "./arrivals";
import { readDist } from "./dist";
import { duration, NANOSECOND, typicalDuration, warnRequestRate } from "./feasibility";
import { fieldPath, itemPath, type Report } from "./issues";
import { atMost, LIMITS } from "./limits";
import { warnRetryLoop } from "./projected-work";
import {
  arrayOf,
  boolean,
  dropUndefined,
  type Fields,
  fieldsOf,
  fraction,
  integerBetween,
  nonEmptyString,
  nonNegativeInteger,
  nonNegativeNumber,
  oneOf,
  positiveInteger,
  positiveNumber,
  type Reader,
  string,
} from "./read";
import type { Ref } from "./references";
import { show } from "./show";
import { timeOrdered } from "./time-ordered";
import { readTrace } from "./trace";
import type {
  ClassWeight,
  Client,
  ComponentBase,
  RateChange,
  RetryPolicy,
  Workload,
} from "./types";

/** Largest class `priority`: a handful of levels is what systems offer (RabbitMQ allows 255). */
export const MAX_PRIORITY = 255;

/** Largest `keys.count`: the engine keeps per-key state, so a bound keeps memory bounded. */
export const MAX_KEYS = 10_000_000;

export function readClient(f: Fields, base: ComponentBase, refs: Ref[]): Client {
  const target = f.required("target", string);
  if (typeof f.get("target") === "string") refs.push({ path: f.at("target"), target });
  return dropUndefined<Client>({
    ...base,
    type: "client",
    workload: f.required("workload", readWorkload),
    target,
    mix: f.optional("mix", readMix, [{ class: "default", weight: 1 }]),
    keys: f.optional("keys", readKeys),
    timeout: f.optional("timeout", positiveNumber),
    retry: f.optional("retry", readRetry),
    hedge: f.optional("hedge", readHedge),
  });
}

const readWorkload: Reader<Workload> = (report, value, path) => {
  const f = fieldsOf(report, value, path);
  const kind = f?.get("kind");
  if (f === undefined || (kind !== "open" && kind !== "closed" && kind !== "trace")) {
    if (f !== undefined) f.required("kind", oneOf(["open", "closed", "trace"]));
    return { kind: "open", rate: Number.NaN, arrival: "poisson", schedule: [] };
  }
  if (kind === "trace") {
    const trace = readTrace(f);
    f.finish();
    return trace;
  }
  const workload: Workload =
    kind === "open"
      ? readOpen(f, readSchedule)
      : {
          kind,
          users: f.required("users", atMost(positiveInteger, LIMITS.users)),
          think: f.required("think", readDist),
        };
  f.finish();
  if (
    workload.kind === "open" &&
    workload.rate === 0 &&
    workload.schedule.every((c) => c.rate === 0)
  ) {
    report.warn(f.at("rate"), "rateZero");
  }
  warnWorkloadRate(report, path, workload);
  return workload;
};

/**
 * An open workload's peak rate; a closed one's users over their mean think time, the most they
 * send when answers come at once. A think time under a nanosecond has a warning of its own.
 */
function warnWorkloadRate(report: Report, path: string, workload: Workload): void {
  if (workload.kind === "open") {
    const peak = workload.schedule.reduce((max, c) => Math.max(max, c.rate), workload.rate);
    const busiest = workload.schedule.findIndex((c) => c.rate === peak && c.rate > workload.rate);
    const at =
      busiest < 0
        ? fieldPath(path, "rate")
        : `${itemPath(fieldPath(path, "schedule"), busiest)}.rate`;
    warnRequestRate(report, at, peakRequestRate(workload, peak));
  } else if (workload.kind === "closed") {
    const think = typicalDuration(workload.think);
    if (think >= NANOSECOND)
      warnRequestRate(report, fieldPath(path, "think"), workload.users / think);
  }
}

const readRateChange: Reader<RateChange> = (report, value, path) => {
  const f = fieldsOf(report, value, path);
  if (f === undefined) return { at: Number.NaN, rate: Number.NaN };
  const change = {
    at: f.required("at", nonNegativeNumber),
    rate: f.required("rate", nonNegativeNumber),
  };
  f.finish();
  return change;
};

const readSchedule: Reader<RateChange[]> = timeOrdered(readRateChange);

const readClassWeight: Reader<ClassWeight> = (report, value, path) => {
  const f = fieldsOf(report, value, path);
  if (f === undefined) return { class: "", weight: Number.NaN };
  const entry = {
    class: f.required("class", nonEmptyString),
    weight: f.required("weight", positiveNumber),
    priority: f.optional("priority", integerBetween(0, MAX_PRIORITY)),
  };
  f.finish();
  return dropUndefined(entry);
};

const readMix: Reader<ClassWeight[]> = (report, value, path) => {
  const mix = arrayOf(readClassWeight)(report, value, path);
  if (Array.isArray(value) && mix.length === 0) report.error(path, "mixEmpty");
  const first = new Map<string, number>();
  mix.forEach((entry, i) => {
    if (entry.class === "") return;
    const earlier = first.get(entry.class);
    if (earlier === undefined) first.set(entry.class, i);
    else
      report.error(`${itemPath(path, i)}.class`, "duplicateClass", {
        class: show(entry.class),
        other: itemPath(path, earlier),
      });
  });
  return mix;
};

const readKeys: Reader<{ count: number; zipf: number }> = (report, value, path) => {
  const f = fieldsOf(report, value, path);
  if (f === undefined) return { count: Number.NaN, zipf: Number.NaN };
  const keys = {
    count: f.required("count", integerBetween(1, MAX_KEYS)),
    zipf: f.required("zipf", nonNegativeNumber),
  };
  f.finish();
  return keys;
};

const readHedge: Reader<Client["hedge"]> = (report, value, path) => {
  const f = fieldsOf(report, value, path);
  if (f === undefined) return undefined;
  const hedge = { after: f.required("after", positiveNumber) };
  f.finish();
  return hedge;
};

const readRetry: Reader<RetryPolicy | undefined> = (report, value, path) => {
  const f = fieldsOf(report, value, path);
  if (f === undefined) return undefined;
  const retry = {
    max: f.required("max", nonNegativeInteger),
    backoff: f.optional("backoff", duration(nonNegativeNumber), 0.1),
    multiplier: f.optional("multiplier", positiveNumber, 2),
    jitter: f.optional("jitter", boolean, true),
    budget: f.optional("budget", fraction),
  };
  f.finish();
  warnRetryLoop(report, path, retry);
  return dropUndefined(retry);
};
