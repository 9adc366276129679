/**
 * Faults: scheduled failures of a component (every instance, or one), or a network partition
 * between two components.
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
    expected(report, path, value, "faultArray");
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
  if (kind !== "crash" && kind !== "slow" && kind !== "errors" && kind !== "partition") {
    f.required("kind", oneOf(KINDS));
    return undefined;
  }
  const common = readCommon(f, refs);
  let fault: Fault;
  if (kind === "crash") fault = { kind, ...common };
  else if (kind === "slow")
    fault = { kind, ...common, factor: f.required("factor", positiveNumber) };
  else if (kind === "errors") fault = { kind, ...common, rate: f.required("rate", fraction) };
  else {
    const from = f.required("from", string);
    if (typeof f.get("from") === "string") {
      refs.push({ path: f.at("from"), target: from, instancePath: f.at("from"), from: true });
    }
    if (f.has("instance")) f.report.error(f.at("instance"), "partitionInstance");
    fault = { kind, ...common, from };
  }
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
