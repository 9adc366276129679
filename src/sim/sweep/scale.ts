/**
 * `components.<id>.workload.scale`: a client's whole open workload at once, its `rate` and the
 * `rate` of every `schedule` entry multiplied by the value (the times stay), 1 being the scenario
 * as written. It is no field of the document, only a parameter a sweep can take. A schedule
 * replaces `rate` from its first change on, so a sweep of `rate` alone leaves the load after that
 * change where it was; capacity planning asks instead how the same traffic pattern, its quiet
 * spells and its peaks, fares at k times its volume.
 */
import { isObject } from "../../scenario/read";

/** The last field of the path, right after `workload`. */
export const SCALE_FIELD = "scale";

/**
 * A copy of an open workload with its rates times `factor`, or null for anything else (a closed
 * workload, a trace, none): path.ts says why at the parameter's place.
 */
export function scaleWorkload(workload: unknown, factor: number): Record<string, unknown> | null {
  if (!isObject(workload) || workload.kind !== "open") return null;
  const scaled: Record<string, unknown> = { ...workload };
  scaleRate(scaled, factor);
  if (Array.isArray(workload.schedule)) {
    scaled.schedule = workload.schedule.map((change) => {
      if (!isObject(change)) return change;
      const copy = { ...change };
      scaleRate(copy, factor);
      return copy;
    });
  }
  return scaled;
}

/**
 * Multiplies a written numeric `rate` in place, rounded to 12 digits as the values are
 * (values.ts), so 150 × 1.1 runs as 165, not 165.00000000000003. Anything else is left for the
 * validator to name at its own path.
 */
function scaleRate(holder: Record<string, unknown>, factor: number): void {
  if (typeof holder.rate === "number") {
    holder.rate = Number((holder.rate * factor).toPrecision(12));
  }
}
