/**
 * server: an application service of `replicas` identical instances, each with `workers` slots,
 * a waiting room of `queue` places and `cores` of CPU, which calls other components in order
 * after its own processing.
 */

import { readCapacitySchedule } from "./capacity-schedule";
import { looksLikeDist, readDist } from "./dist";
import { fieldPath } from "./issues";
import { atMost, LIMITS } from "./limits";
import {
  arrayOf,
  boolean,
  dropUndefined,
  expected,
  type Fields,
  fieldsOf,
  fraction,
  integerBetween,
  isObject,
  nonEmptyString,
  nonNegativeInteger,
  oneOf,
  positiveFraction,
  positiveInteger,
  positiveNumber,
  type Reader,
  string,
} from "./read";
import type { Ref } from "./references";
import { checkChoices, MAX_VISITS } from "./routing";
import type { Breaker, Call, ComponentBase, Dist, Server } from "./types";

const DISCIPLINES = ["fifo", "lifo", "codel", "adaptive-lifo"] as const;

export function readServer(f: Fields, base: ComponentBase, refs: Ref[]): Server {
  const workers = f.optional("workers", atMost(positiveInteger, LIMITS.workers), 1);
  const discipline = f.optional("discipline", oneOf(DISCIPLINES), "fifo");
  const usesCodel = discipline === "codel" || discipline === "adaptive-lifo";
  const codel = f.optional("codel", readCodel);
  if (!usesCodel && f.has("codel")) {
    f.report.warn(f.at("codel"), "codelIgnored");
  }
  return dropUndefined<Server>({
    ...base,
    type: "server",
    replicas: f.optional("replicas", atMost(positiveInteger, LIMITS.replicas), 1),
    workers,
    queue: f.optional("queue", atMost(nonNegativeInteger, LIMITS.queue), Number.POSITIVE_INFINITY),
    service: f.required("service", readService),
    cores: f.optional("cores", positiveNumber, workers),
    discipline,
    codel: usesCodel ? (codel ?? CODEL_DEFAULTS) : undefined,
    adaptiveLimit: f.optional("adaptiveLimit", readAdaptiveLimit),
    deadlines: f.optional("deadlines", boolean, false),
    calls: f.optional("calls", callsReader(refs), []),
    blocking: f.optional("blocking", boolean, true),
    preemptive: f.optional("preemptive", boolean),
    whenFull: f.optional("whenFull", oneOf(WHEN_FULL)),
    schedule: f.optional("schedule", readCapacitySchedule),
  });
}

/** What a full server or queue does with one more request: refuse it, or hold its caller. */
export const WHEN_FULL = ["reject", "block"] as const;

/**
 * One Dist for every class, or a map from class to Dist. An object with a `dist` key (or with a
 * Dist parameter such as `mean` but no `dist`, a likely slip) is a Dist; any other is a map.
 * The map has no prototype, so a class named like `toString` finds nothing it did not define.
 */
const readService: Reader<Dist | Record<string, Dist>> = (report, value, path) => {
  if (!isObject(value)) {
    expected(report, path, value, "service");
    return { dist: "const", value: Number.NaN };
  }
  if (looksLikeDist(value)) return readDist(report, value, path);
  const keys = Object.keys(value);
  if (keys.length === 0) {
    report.error(path, "serviceMapEmpty");
  }
  const map: Record<string, Dist> = Object.create(null);
  for (const key of keys) {
    const at = fieldPath(path, key);
    if (key === "") report.error(at, "emptyClassName");
    else map[key] = readDist(report, value[key], at);
  }
  return map;
};

/** The calls, then what concerns several of them at once: their exclusive choices. */
function callsReader(refs: Ref[]): Reader<Call[]> {
  const read = arrayOf(callReader(refs));
  return (report, value, path) => {
    const calls = read(report, value, path);
    checkChoices(report, calls, path);
    return calls;
  };
}

/** Reads a call, remembering its target (and class) for the reference and cycle checks. */
function callReader(refs: Ref[]): Reader<Call> {
  return (report, value, path) => {
    const f = fieldsOf(report, value, path);
    if (f === undefined) return { target: "", mode: "sync" };
    const target = f.required("target", string);
    const when = f.optional("when", nonEmptyString);
    const mode = f.optional("mode", oneOf(["sync", "async"] as const), "sync");
    const maxVisits = f.optional("maxVisits", integerBetween(1, MAX_VISITS));
    if (maxVisits !== undefined && mode === "async")
      f.report.error(f.at("maxVisits"), "maxVisitsAsync");
    if (typeof f.get("target") === "string") {
      refs.push({
        path: f.at("target"),
        target,
        when,
        ...(mode === "async" ? { async: true } : {}),
        ...(maxVisits === undefined ? {} : { cap: { path: f.at("maxVisits"), maxVisits } }),
      });
    }
    const breaker = f.optional("breaker", readBreaker);
    const call = dropUndefined<Call>({
      target,
      when,
      mode,
      breaker,
      timeout: f.optional("timeout", positiveNumber),
      maxConcurrent: f.optional("maxConcurrent", positiveInteger),
      probability: f.optional("probability", fraction),
      choice: f.optional("choice", nonEmptyString),
      maxVisits,
    });
    f.finish();
    return call;
  };
}

/** Facebook's defaults for RPC queues: a 5 ms target within a 100 ms interval. */
const CODEL_DEFAULTS = { target: 0.005, interval: 0.1 };

const readCodel: Reader<Server["codel"]> = (report, value, path) => {
  const f = fieldsOf(report, value, path);
  if (f === undefined) return CODEL_DEFAULTS;
  const codel = {
    target: f.optional("target", positiveNumber, 0.005),
    interval: f.optional("interval", positiveNumber, 0.1),
  };
  f.finish();
  return codel;
};

const readAdaptiveLimit: Reader<Server["adaptiveLimit"]> = (report, value, path) => {
  const f = fieldsOf(report, value, path);
  if (f === undefined) return undefined;
  const limit = {
    target: f.required("target", positiveNumber),
    initial: f.optional("initial", positiveInteger, 20),
    min: f.optional("min", positiveInteger, 1),
    max: f.optional("max", positiveInteger, 1000),
  };
  if (limit.max < limit.min)
    f.report.error(f.at("max"), "atLeastMin", { min: String(limit.min), max: String(limit.max) });
  f.finish();
  return limit;
};

const readBreaker: Reader<Breaker | undefined> = (report, value, path) => {
  const f = fieldsOf(report, value, path);
  if (f === undefined) return undefined;
  const breaker = {
    failureRate: f.required("failureRate", positiveFraction),
    window: f.required("window", positiveNumber),
    openFor: f.required("openFor", positiveNumber),
    minCalls: f.optional("minCalls", positiveInteger, 10),
  };
  f.finish();
  return breaker;
};
