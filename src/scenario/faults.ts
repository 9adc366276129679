/**
 * Faults: scheduled failures of a component (every instance, or one), a network partition
 * between two components, or the outage of a whole zone (extension).
 */

import { itemPath, type Report } from "./issues";
import {
  dropUndefined,
  expected,
  type Fields,
  fieldsOf,
  fraction,
  nonEmptyString,
  nonNegativeInteger,
  nonNegativeNumber,
  oneOf,
  positiveNumber,
  string,
} from "./read";
import type { FaultRef } from "./references";
import type { Fault } from "./types";
import type { ZoneRef } from "./zones";

const KINDS = ["crash", "slow", "errors", "partition", "zone"] as const;

export interface ReadFaults {
  faults: Fault[];
  /** Targets and instances, checked once every component is known. */
  refs: FaultRef[];
  /** The zones of `zone` faults, checked against the components' zones. */
  zoneRefs: ZoneRef[];
}

export function readFaults(report: Report, value: unknown, path: string): ReadFaults {
  const out: ReadFaults = { faults: [], refs: [], zoneRefs: [] };
  if (!Array.isArray(value)) {
    expected(report, path, value, "faultArray");
    return out;
  }
  for (let i = 0; i < value.length; i++) {
    const fault = readFault(report, value[i], itemPath(path, i), out);
    if (fault !== undefined) out.faults.push(fault);
  }
  return out;
}

function readFault(
  report: Report,
  value: unknown,
  path: string,
  out: ReadFaults,
): Fault | undefined {
  const f = fieldsOf(report, value, path);
  if (f === undefined) return undefined;
  const kind = f.get("kind");
  if (kind === "zone") return readZoneFault(f, out.zoneRefs);
  if (kind !== "crash" && kind !== "slow" && kind !== "errors" && kind !== "partition") {
    f.required("kind", oneOf(KINDS));
    return undefined;
  }
  const refs = out.refs;
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

/** A zone outage: its `target` is a zone, every instance of whose components goes down. */
function readZoneFault(f: Fields, zoneRefs: ZoneRef[]): Fault {
  const fault: Fault = {
    kind: "zone",
    at: f.required("at", nonNegativeNumber),
    target: f.required("target", nonEmptyString),
    duration: f.required("duration", positiveNumber),
  };
  if (fault.target !== "") zoneRefs.push({ path: f.at("target"), zone: fault.target });
  if (f.has("instance")) f.report.error(f.at("instance"), "zoneInstance");
  f.finish();
  return fault;
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
