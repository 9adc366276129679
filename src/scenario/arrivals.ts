/**
 * An open workload's arrival process: Poisson, evenly spaced, hyper-exponential (gaps more
 * variable than Poisson's), MMPP-2 (calm spells and bursts), and batches of requests that
 * arrive together. `rate` is always the mean arrivals per second, so changing the process keeps
 * the load and shows what its variability alone does.
 */

import { readDist } from "./dist";
import { duration, typicalDuration } from "./feasibility";
import { atMost } from "./limits";
import {
  atLeastOne,
  type Fields,
  fieldsOf,
  nonNegativeNumber,
  oneOf,
  positiveNumber,
  type Reader,
} from "./read";
import { ARRIVALS, type Bursts, type OpenWorkload, type RateChange } from "./types";

/** Largest hyper-exponential SCV: past it one gap in millions outlasts any run. */
export const MAX_SCV = 10_000;

/** Largest batch: a batch's requests are created in one event, so their count is bounded. */
export const MAX_BATCH = 10_000;

/** The fields of an open workload besides `kind`. */
export function readOpen(f: Fields, readSchedule: Reader<RateChange[]>): OpenWorkload {
  const workload: OpenWorkload = {
    kind: "open",
    rate: f.required("rate", nonNegativeNumber),
    arrival: f.optional("arrival", oneOf(ARRIVALS), "poisson"),
    schedule: f.optional("schedule", readSchedule, []),
  };
  const arrival = workload.arrival;
  const scv =
    arrival === "hyperexp"
      ? f.required("scv", atMost(atLeastOne, MAX_SCV))
      : ignoredUnless(f, "scv", "hyperexp");
  if (scv !== undefined) workload.scv = scv;
  const mmpp =
    arrival === "mmpp" ? f.required("mmpp", readBursts) : ignoredUnless(f, "mmpp", "mmpp");
  if (mmpp !== undefined) workload.mmpp = mmpp;
  const batch = f.optional("batch", readDist);
  if (batch !== undefined) workload.batch = batch;
  return workload;
}

/** A field of another arrival kind: a warning, as for any field that does nothing here. */
function ignoredUnless(f: Fields, key: string, arrival: string): undefined {
  if (f.has(key)) f.report.warn(f.at(key), "arrivalFieldIgnored", { arrival: `"${arrival}"` });
  f.get(key);
  return undefined;
}

const readBursts: Reader<Bursts> = (report, value, path) => {
  const f = fieldsOf(report, value, path);
  if (f === undefined) return { factor: Number.NaN, calm: Number.NaN, burst: Number.NaN };
  const bursts = {
    factor: f.required("factor", positiveNumber),
    calm: f.required("calm", duration(positiveNumber)),
    burst: f.required("burst", duration(positiveNumber)),
  };
  f.finish();
  return bursts;
};

/**
 * The calm and burst states' rates as multiples of the mean rate: with mean sojourns c and b and
 * a burst `factor` f times the calm rate r0, the mean is (c·r0 + b·f·r0)/(c + b).
 */
export function burstMultipliers(b: Bursts): [calm: number, burst: number] {
  const calm = (b.calm + b.burst) / (b.calm + b.factor * b.burst);
  return [calm, b.factor * calm];
}

/** Mean requests per arrival: the batch Dist's typical value, rounded and clamped as drawn. */
export function meanBatch(w: OpenWorkload): number {
  if (w.batch === undefined) return 1;
  return Math.min(MAX_BATCH, Math.max(1, Math.round(typicalDuration(w.batch))));
}

/** The most requests per second an open workload sends: in a burst, at its busiest entry. */
export function peakRequestRate(w: OpenWorkload, rate: number): number {
  const burst = w.mmpp === undefined ? 1 : Math.max(...burstMultipliers(w.mmpp));
  return rate * burst * meanBatch(w);
}
