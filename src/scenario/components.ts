/**
 * The `components` array: each element's common fields (id, type, label, position, cost), then
 * the fields of its type.
 */

import { readAutoscaler } from "./autoscaler";
import { readCache } from "./cache";
import { readCdn } from "./cdn";
import { readClient } from "./client";
import { readDatabase } from "./database";
import { itemPath, type Report } from "./issues";
import { readLabel } from "./limits";
import { readLoadBalancer } from "./loadbalancer";
import { readQueue } from "./queue";
import {
  dropUndefined,
  expected,
  fieldsOf,
  finiteNumber,
  nonEmptyString,
  nonNegativeNumber,
  oneOf,
  positiveNumber,
  type Reader,
} from "./read";
import type { Entry } from "./references";
import { readServer } from "./server";
import type { ComponentBase, ComponentType, Position } from "./types";

export const COMPONENT_TYPES: readonly ComponentType[] = [
  "client",
  "loadbalancer",
  "server",
  "cache",
  "database",
  "queue",
  "cdn",
  "autoscaler",
];

const ID = /^[a-z0-9_-]+$/;

export function readComponents(report: Report, value: unknown, path: string): Entry[] {
  if (!Array.isArray(value)) {
    expected(report, path, value, "componentArray");
    return [];
  }
  const entries: Entry[] = [];
  for (let i = 0; i < value.length; i++) {
    entries.push(readEntry(report, value[i], itemPath(path, i)));
  }
  return entries;
}

function readEntry(report: Report, value: unknown, path: string): Entry {
  const entry: Entry = { path, refs: [] };
  const f = fieldsOf(report, value, path);
  if (f === undefined) return entry;
  const id = f.required("id", componentId);
  const rawId = f.get("id");
  if (typeof rawId === "string") entry.id = rawId;
  const type = f.get("type");
  if (typeof type !== "string" || !(COMPONENT_TYPES as string[]).includes(type)) {
    f.required("type", oneOf(COMPONENT_TYPES));
    return entry;
  }
  entry.type = type;
  const base = dropUndefined<ComponentBase>({
    id,
    label: f.optional("label", readLabel),
    position: f.optional("position", readPosition),
    costPerHour: f.optional("costPerHour", nonNegativeNumber),
    failures: f.optional("failures", readFailures),
    zone: f.optional("zone", nonEmptyString),
  });
  if (type === "client") entry.component = readClient(f, base, entry.refs);
  else if (type === "loadbalancer") entry.component = readLoadBalancer(f, base, entry.refs);
  else if (type === "cache") entry.component = readCache(f, base, entry.refs);
  else if (type === "database") entry.component = readDatabase(f, base);
  else if (type === "queue") entry.component = readQueue(f, base, entry.refs);
  else if (type === "cdn") entry.component = readCdn(f, base, entry.refs);
  else if (type === "autoscaler") entry.component = readAutoscaler(f, base, entry.refs);
  else entry.component = readServer(f, base, entry.refs);
  if (base.failures !== undefined && (type === "client" || type === "autoscaler")) {
    report.error(f.at("failures"), "cannotFail", { type });
  }
  f.finish();
  return entry;
}

const componentId: Reader<string> = (report, value, path) => {
  if (typeof value === "string" && ID.test(value)) return value;
  expected(report, path, value, "componentId");
  return "";
};

const readFailures: Reader<ComponentBase["failures"]> = (report, value, path) => {
  const f = fieldsOf(report, value, path);
  if (f === undefined) return undefined;
  const failures = {
    mtbf: f.required("mtbf", positiveNumber),
    mttr: f.required("mttr", positiveNumber),
  };
  f.finish();
  return failures;
};

const readPosition: Reader<Position | undefined> = (report, value, path) => {
  const f = fieldsOf(report, value, path);
  if (f === undefined) return undefined;
  const position = { x: f.required("x", finiteNumber), y: f.required("y", finiteNumber) };
  f.finish();
  return position;
};
