/**
 * loadbalancer: spreads requests over its targets (a target with replicas counts as that many
 * backends), optionally checking their health and limiting the rate it accepts.
 */

import { readDist, zero } from "./dist";
import { duration } from "./feasibility";
import { itemPath } from "./issues";
import {
  atLeastOne,
  dropUndefined,
  expected,
  Fields,
  fieldsOf,
  isObject,
  oneOf,
  positiveInteger,
  positiveNumber,
  type Reader,
  string,
} from "./read";
import type { Ref } from "./references";
import {
  BALANCING_ALGORITHMS,
  type ComponentBase,
  DNS_TTL,
  type HealthCheck,
  type LoadBalancer,
  type RateLimit,
  type WeightedTarget,
} from "./types";

export function readLoadBalancer(f: Fields, base: ComponentBase, refs: Ref[]): LoadBalancer {
  const targets = f.required("targets", targetsReader(refs));
  if (Array.isArray(f.get("targets")) && targets.length === 0) {
    f.report.error(f.at("targets"), "noTargets");
  }
  const algorithm = f.optional("algorithm", oneOf(BALANCING_ALGORITHMS), "round-robin");
  if (algorithm !== "dns" && f.has("ttl")) f.report.warn(f.at("ttl"), "ttlIgnored");
  return dropUndefined<LoadBalancer>({
    ...base,
    type: "loadbalancer",
    algorithm,
    ttl: algorithm === "dns" ? f.optional("ttl", positiveNumber, DNS_TTL) : undefined,
    targets,
    healthCheck: f.optional("healthCheck", readHealthCheck),
    service: f.optional("service", readDist, zero()),
    rateLimit: f.optional("rateLimit", readRateLimit),
  });
}

/** Targets as `"web"` or `{"id":"web","weight":3}`; each id is remembered for the reference checks. */
function targetsReader(refs: Ref[]): Reader<WeightedTarget[]> {
  return (report, value, path) => {
    if (!Array.isArray(value)) {
      expected(report, path, value, "idArray");
      return [];
    }
    const targets: WeightedTarget[] = [];
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      const itemAt = itemPath(path, i);
      if (typeof item === "string") {
        refs.push({ path: itemAt, target: item });
        targets.push({ id: item, weight: 1 });
      } else if (isObject(item)) {
        const f = new Fields(report, item, itemAt);
        const id = f.required("id", string);
        if (typeof f.get("id") === "string") refs.push({ path: f.at("id"), target: id });
        targets.push({ id, weight: f.optional("weight", positiveNumber, 1) });
        f.finish();
      } else {
        expected(report, itemAt, item, "target");
        targets.push({ id: "", weight: Number.NaN });
      }
    }
    return targets;
  };
}

const readHealthCheck: Reader<HealthCheck | undefined> = (report, value, path) => {
  const f = fieldsOf(report, value, path);
  if (f === undefined) return undefined;
  const check = {
    interval: f.required("interval", duration(positiveNumber)),
    unhealthyAfter: f.optional("unhealthyAfter", positiveInteger, 3),
    healthyAfter: f.optional("healthyAfter", positiveInteger, 2),
  };
  f.finish();
  return check;
};

/** A token bucket; its burst defaults to max(1, rate) so that at least one request can pass. */
const readRateLimit: Reader<RateLimit | undefined> = (report, value, path) => {
  const f = fieldsOf(report, value, path);
  if (f === undefined) return undefined;
  const rate = f.required("rate", positiveNumber);
  const limit = { rate, burst: f.optional("burst", atLeastOne, Math.max(1, rate)) };
  f.finish();
  return limit;
};
