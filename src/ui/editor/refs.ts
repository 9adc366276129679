/**
 * The fields of a component that name another one, read from raw JSON (see
 * docs/scenario-format.md, "Components and references"): a client's `target`, a balancer's
 * `targets` (ids or `{id, weight}`), a server's `calls[].target`, a cache's `backend`, a CDN's
 * `origin`, a queue's `consumers.target` and an autoscaler's `target`. Requests travel all of
 * them but the autoscaler's, which only says which server it scales.
 */
import { getAt, isJsonObject, type Json, type JsonObject, type Segment } from "./json";

export interface RawRef {
  /** Path of the string holding the id, inside the component. */
  path: Segment[];
  target: string;
  /** A request edge, or an autoscaler's hold on its server. */
  kind: "request" | "control";
}

/** The components array of a document, or an empty one when it has none. */
export function componentsOf(doc: JsonObject): Json[] {
  const components = doc.components;
  return Array.isArray(components) ? components : [];
}

export function idOf(component: Json): string | undefined {
  return isJsonObject(component) && typeof component.id === "string" ? component.id : undefined;
}

export function typeOf(component: Json | undefined): string | undefined {
  return isJsonObject(component) && typeof component.type === "string" ? component.type : undefined;
}

/** The index of the first component with this id (the one every reference means), or -1. */
export function indexOfId(doc: JsonObject, id: string): number {
  return componentsOf(doc).findIndex((c) => idOf(c) === id);
}

export function refsOf(component: Json): RawRef[] {
  if (!isJsonObject(component)) return [];
  const refs: RawRef[] = [];
  const at = (path: Segment[], kind: RawRef["kind"] = "request"): void => {
    const value = getAt(component, path);
    if (typeof value === "string") refs.push({ path, target: value, kind });
  };
  switch (component.type) {
    case "client":
      at(["target"]);
      break;
    case "loadbalancer": {
      const targets = component.targets;
      if (Array.isArray(targets)) {
        targets.forEach((t, i) => {
          at(isJsonObject(t) ? ["targets", i, "id"] : ["targets", i]);
        });
      }
      break;
    }
    case "server": {
      const calls = component.calls;
      if (Array.isArray(calls)) {
        for (let i = 0; i < calls.length; i++) at(["calls", i, "target"]);
      }
      break;
    }
    case "cache":
      at(["backend"]);
      break;
    case "cdn":
      at(["origin"]);
      break;
    case "queue":
      at(["consumers", "target"]);
      break;
    case "autoscaler":
      at(["target"], "control");
      break;
  }
  return refs;
}

/** Request edges between components (ids), as the topology draws them: one per pair. */
export function requestEdges(doc: JsonObject): { from: string; to: string }[] {
  const seen = new Set<string>();
  const edges: { from: string; to: string }[] = [];
  for (const c of componentsOf(doc)) {
    const from = idOf(c);
    if (from === undefined) continue;
    for (const ref of refsOf(c)) {
      const key = `${from} ${ref.target}`;
      if (ref.kind !== "request" || seen.has(key)) continue;
      seen.add(key);
      edges.push({ from, to: ref.target });
    }
  }
  return edges;
}
