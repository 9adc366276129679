/**
 * Faults: scheduled failures of a component (every instance, or one). A fault of a kind the
 * engine does not run yet is refused by name rather than silently ignored.
 */

import { itemPath, type Report } from "./issues";
import {
  dropUndefined,
  expected,
  type Fields,
  fieldsOf,
  fraction,
  nonNegativeInteger,
  nonNegativeNumber,
  oneOf,
  positiveNumber,
  string,
} from "./read";
import type { FaultRef } from "./references";
import type { Fault } from "./types";

const KINDS = ["crash", "slow", "errors", "partition"] as const;

export interface ReadFaults {
  faults: Fault[];
  /** Targets and instances, checked once every component is known. */
  refs: FaultRef[];
}

export function readFaults(report: Report, value: unknown, path: string): ReadFaults {
  const out: ReadFaults = { faults: [], refs: [] };
  if (!Array.isArray(value)) {
    expected(report, path, value, "an array of faults");
    return out;
  }
  for (let i = 0; i < value.length; i++) {
    const fault = readFault(report, value[i], itemPath(path, i), out.refs);
    if (fault !== undefined) out.faults.push(fault);
  }
  return out;
}

function readFault(
  report: Report,
  value: unknown,
  path: string,
  refs: FaultRef[],
): Fault | undefined {
  const f = fieldsOf(report, value, path);
  if (f === undefined) return undefined;
  const kind = f.get("kind");
  if (kind === "partition") {
    report.error(f.at("kind"), '"partition" is not simulated yet by this version of archsim');
    return undefined;
  }
  if (kind !== "crash" && kind !== "slow" && kind !== "errors") {
    f.required("kind", oneOf(KINDS));
    return undefined;
  }
  const common = readCommon(f, refs);
  const fault: Fault =
    kind === "crash"
      ? { kind, ...common }
      : kind === "slow"
        ? { kind, ...common, factor: f.required("factor", positiveNumber) }
        : { kind, ...common, rate: f.required("rate", fraction) };
  f.finish();
  return dropUndefined(fault);
}

function readCommon(f: Fields, refs: FaultRef[]) {
  const common = {
    at: f.required("at", nonNegativeNumber),
    target: f.required("target", string),
    duration: f.required("duration", positiveNumber),
    instance: f.optional("instance", nonNegativeInteger),
  };
  if (typeof f.get("target") === "string") {
    refs.push({
      path: f.at("target"),
      target: common.target,
      instance: common.instance,
      instancePath: f.at("instance"),
    });
  }
  return common;
}
