/**
 * Zones (extension): components may sit in a zone (`zone`, any name), and the scenario's `zones`
 * gives the one-way latency of a call between two different zones, which its answer crosses
 * again: `latency` for any two, `pairs` for particular ones, in either direction. Every zone the
 * table or a `zone` fault names must be the zone of some component: a typo would otherwise make
 * a fault that takes nothing down.
 */

import { readDist, zero } from "./dist";
import { fieldPath, itemPath, type Report } from "./issues";
import { arrayOf, expected, fieldsOf, nonEmptyString, type Reader } from "./read";
import type { Entry } from "./references";
import { show } from "./show";
import { didYouMean } from "./suggest";
import type { Dist, Zones } from "./types";

/** A zone named by the table or by a fault, checked once every component is known. */
export interface ZoneRef {
  path: string;
  zone: string;
}

export function zonesReader(refs: ZoneRef[]): Reader<Zones | undefined> {
  return (report, value, path) => {
    const f = fieldsOf(report, value, path);
    if (f === undefined) return undefined;
    const zones: Zones = {
      latency: f.optional("latency", readDist, zero()),
      pairs: f.optional("pairs", arrayOf(pairReader(refs)), []),
    };
    f.finish();
    checkPairs(report, zones.pairs, fieldPath(path, "pairs"));
    return zones;
  };
}

function pairReader(refs: ZoneRef[]): Reader<Zones["pairs"][number]> {
  return (report, value, path) => {
    const f = fieldsOf(report, value, path);
    const latency: Dist = zero();
    if (f === undefined) return { between: ["", ""], latency };
    const between = f.required("between", readBetween);
    between.forEach((zone, i) => {
      if (zone !== "") refs.push({ path: itemPath(f.at("between"), i), zone });
    });
    const pair = { between, latency: f.required("latency", readDist) };
    f.finish();
    return pair;
  };
}

const readBetween: Reader<[string, string]> = (report, value, path) => {
  if (!Array.isArray(value) || value.length !== 2) {
    expected(report, path, value, "zonePair");
    return ["", ""];
  }
  return [
    nonEmptyString(report, value[0], itemPath(path, 0)),
    nonEmptyString(report, value[1], itemPath(path, 1)),
  ];
};

function checkPairs(report: Report, pairs: Zones["pairs"], path: string): void {
  const seen = new Map<string, number>();
  pairs.forEach(({ between: [a, b] }, i) => {
    if (a === "" || b === "") return;
    const at = fieldPath(itemPath(path, i), "between");
    if (a === b) {
      report.error(at, "samePair", { zone: show(a) });
      return;
    }
    const key = JSON.stringify([a, b].sort());
    const other = seen.get(key);
    if (other === undefined) seen.set(key, i);
    else
      report.error(at, "duplicatePair", { a: show(a), b: show(b), other: itemPath(path, other) });
  });
}

/** Every zone named must be some component's. */
export function checkZoneRefs(report: Report, entries: Entry[], refs: ZoneRef[]): void {
  if (refs.length === 0) return;
  const zones = new Set<string>();
  for (const entry of entries) {
    const zone = entry.component?.zone;
    if (zone !== undefined) zones.add(zone);
  }
  for (const ref of refs) {
    if (zones.has(ref.zone)) continue;
    report.error(ref.path, "unknownZone", { zone: show(ref.zone), ...didYouMean(ref.zone, zones) });
  }
}
