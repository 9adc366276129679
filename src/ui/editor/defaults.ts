/**
 * What a component looks like when it is added from the palette: every required field with a
 * value a newcomer can run (a server of four workers at 50 ms, a database of ten connections),
 * except the references, which only a connection can fill in.
 */
import type { ComponentType } from "../../scenario/types";
import type { JsonObject } from "./json";
import { componentsOf, idOf } from "./refs";

export const PALETTE: readonly ComponentType[] = [
  "client",
  "loadbalancer",
  "server",
  "cache",
  "database",
  "queue",
  "cdn",
  "autoscaler",
];

/** The stem of a new component's id: `server-2`, `db-1`. */
const STEMS: Record<ComponentType, string> = {
  client: "client",
  loadbalancer: "lb",
  server: "server",
  cache: "cache",
  database: "db",
  queue: "queue",
  cdn: "cdn",
  autoscaler: "autoscaler",
};

const FIELDS: Record<ComponentType, () => JsonObject> = {
  client: () => ({ workload: { kind: "open", rate: 10 } }),
  loadbalancer: () => ({ algorithm: "round-robin", targets: [] }),
  server: () => ({ workers: 4, service: { dist: "exp", mean: 0.05 } }),
  cache: () => ({ hitRatio: 0.8, hit: { dist: "const", value: 0.001 } }),
  database: () => ({
    connections: 10,
    read: { dist: "exp", mean: 0.01 },
    write: { dist: "exp", mean: 0.02 },
  }),
  queue: () => ({ consumers: { count: 2, service: { dist: "exp", mean: 0.05 } } }),
  cdn: () => ({ hitRatio: 0.9, hit: { dist: "const", value: 0.005 } }),
  autoscaler: () => ({ min: 1, max: 5 }),
};

/** The first `stem-n` (n = 1, 2, ...) that no component of `doc` has. */
export function freshId(doc: JsonObject, type: ComponentType): string {
  const taken = new Set(componentsOf(doc).map(idOf));
  for (let n = 1; ; n++) {
    const id = `${STEMS[type]}-${n}`;
    if (!taken.has(id)) return id;
  }
}

export function newComponent(type: ComponentType, id: string): JsonObject {
  return { id, type, ...FIELDS[type]() };
}

/** A document to start from when there is nothing to edit: a name, a duration, no components. */
export function emptyDocument(name: string): JsonObject {
  return { version: 1, name, duration: 300, components: [] };
}
