/**
 * Edits of a scenario document, as the editor's gestures make them: add a component, connect
 * and disconnect two, move, delete or rename one, set any field. Each returns a new document or
 * a refusal with its reason (a code the page words in the user's language); none mutates its
 * input. Deleting and renaming keep every reference consistent, faults included, so no edit
 * leaves an id that names nothing; connecting refuses what the format does not allow (a request
 * sent to a client, a cycle of calls), so no edit creates such an error either.
 */
import type { ComponentType, Position } from "../../scenario/types";
import { freshId, newComponent } from "./defaults";
import { getAt, isJsonObject, type Json, type JsonObject, type Segment, setAt } from "./json";
import { componentsOf, idOf, indexOfId, refsOf, typeOf } from "./refs";

export type Refusal =
  /** The document has no `components` array to edit. */
  | "notEditable"
  | "unknownComponent"
  | "unknownType"
  | "self"
  | "toClient"
  | "toAutoscaler"
  | "sendsNothing"
  | "scalesServers"
  | "already"
  | "cycle"
  | "notConnected"
  | "badId"
  | "idTaken";

export type EditResult =
  | { ok: true; doc: JsonObject }
  | { ok: false; reason: Refusal; params: Record<string, string> };

function refuse(reason: Refusal, params: Record<string, string> = {}): EditResult {
  return { ok: false, reason, params };
}

function done(doc: Json): EditResult {
  return { ok: true, doc: doc as JsonObject };
}

const ID = /^[a-z0-9_-]+$/;

/** A new component of `type`, with a fresh id, at `position` (when given). */
export function addComponent(
  doc: JsonObject,
  type: ComponentType,
  position?: Position,
): EditResult & { id?: string } {
  if (doc.components !== undefined && !Array.isArray(doc.components)) return refuse("notEditable");
  const id = freshId(doc, type);
  const component = newComponent(type, id);
  if (position !== undefined) component.position = rounded(position);
  return { ...done({ ...doc, components: [...componentsOf(doc), component] }), id };
}

/**
 * Makes `from` send to `to` through the field its type has: a client's target (replaced), a
 * balancer's targets and a server's calls (appended), a cache's backend, a CDN's origin, a
 * queue's consumers' target, an autoscaler's server.
 */
export function connect(doc: JsonObject, from: string, to: string): EditResult {
  const i = indexOfId(doc, from);
  const j = indexOfId(doc, to);
  if (i < 0) return refuse("unknownComponent", { id: from });
  if (j < 0) return refuse("unknownComponent", { id: to });
  if (from === to) return refuse("self", { id: from });
  const source = componentsOf(doc)[i] as JsonObject;
  const fromType = typeOf(source);
  const toType = typeOf(componentsOf(doc)[j]);
  if (fromType === "database") return refuse("sendsNothing", { id: from });
  if (fromType === undefined || !(fromType in WRITERS))
    return refuse("unknownType", { id: from, type: String(source.type) });
  if (fromType === "autoscaler") {
    if (toType !== "server") return refuse("scalesServers", { id: from, to });
  } else {
    if (toType === "client") return refuse("toClient", { to });
    if (toType === "autoscaler") return refuse("toAutoscaler", { to });
    if (toType === undefined) return refuse("unknownType", { id: to, type: "" });
  }
  if (refsOf(source).some((r) => r.target === to)) return refuse("already", { from, to });
  if (fromType !== "autoscaler" && reaches(doc, to, from)) return refuse("cycle", { from, to });
  return done(setAt(doc, ["components", i], WRITERS[fromType](source, to)));
}

/** How each type that sends requests (a database sends none) writes a connection. */
const WRITERS: Record<string, (c: JsonObject, to: string) => JsonObject> = {
  client: (c, to) => ({ ...c, target: to }),
  loadbalancer: (c, to) => ({
    ...c,
    targets: [...(Array.isArray(c.targets) ? c.targets : []), to],
  }),
  server: (c, to) => ({
    ...c,
    calls: [...(Array.isArray(c.calls) ? c.calls : []), { target: to }],
  }),
  cache: (c, to) => ({ ...c, backend: to }),
  cdn: (c, to) => ({ ...c, origin: to }),
  queue: (c, to) => setAt(c, ["consumers", "target"], to) as JsonObject,
  autoscaler: (c, to) => ({ ...c, target: to }),
};

/** Whether requests from `start` can reach `goal` along the document's request references. */
function reaches(doc: JsonObject, start: string, goal: string): boolean {
  const components = componentsOf(doc);
  const seen = new Set<string>([start]);
  const stack = [start];
  while (stack.length > 0) {
    const id = stack.pop()!;
    if (id === goal) return true;
    const c = components[indexOfId(doc, id)];
    if (c === undefined || typeOf(c) === "autoscaler") continue;
    for (const ref of refsOf(c)) {
      if (ref.kind === "request" && !seen.has(ref.target)) {
        seen.add(ref.target);
        stack.push(ref.target);
      }
    }
  }
  return false;
}

/** Removes every reference of `from` to `to` (a balancer's target, a server's calls to it...). */
export function disconnect(doc: JsonObject, from: string, to: string): EditResult {
  const i = indexOfId(doc, from);
  if (i < 0) return refuse("unknownComponent", { id: from });
  const source = componentsOf(doc)[i];
  if (!refsOf(source).some((r) => r.target === to)) return refuse("notConnected", { from, to });
  return done(setAt(doc, ["components", i], withoutRefsTo(source, to)));
}

/** The component without its references to `id`: list entries removed, single fields deleted. */
function withoutRefsTo(component: Json, id: string): Json {
  let out = component;
  // From the last reference back, so removing a list entry does not shift the ones still to go.
  for (const ref of refsOf(component).reverse()) {
    if (ref.target !== id) continue;
    const listed = typeof ref.path[1] === "number";
    out = setAt(out, listed ? ref.path.slice(0, 2) : ref.path, undefined);
  }
  return out;
}

/** Puts a component's card at `position` (the editor's layout, written as whole numbers). */
export function moveComponent(doc: JsonObject, id: string, position: Position): EditResult {
  const i = indexOfId(doc, id);
  if (i < 0) return refuse("unknownComponent", { id });
  return done(setAt(doc, ["components", i, "position"], rounded(position)));
}

/**
 * Writes a position for each component that has none, from `positions` (where the automatic
 * layout drew them), so that moving one card does not send the others back to another layout.
 */
export function placeUnplaced(doc: JsonObject, positions: Map<string, Position>): JsonObject {
  let out: Json = doc;
  componentsOf(doc).forEach((c, i) => {
    const id = idOf(c);
    const p = id === undefined ? undefined : positions.get(id);
    if (p !== undefined && isJsonObject(c) && c.position === undefined)
      out = setAt(out, ["components", i, "position"], rounded(p));
  });
  return out as JsonObject;
}

/** Deletes a component with every reference to it and every fault on it or cut from it. */
export function removeComponent(doc: JsonObject, id: string): EditResult {
  const i = indexOfId(doc, id);
  if (i < 0) return refuse("unknownComponent", { id });
  const rest = componentsOf(doc).filter((_, k) => k !== i);
  // A second component with the same id (an error of its own) is what references mean now.
  if (rest.some((c) => idOf(c) === id)) return done({ ...doc, components: rest });
  const out: JsonObject = { ...doc, components: rest.map((c) => withoutRefsTo(c, id)) };
  if (Array.isArray(doc.faults)) {
    out.faults = doc.faults.filter((f) => !(isJsonObject(f) && (f.target === id || f.from === id)));
  }
  return done(out);
}

/** Gives a component a new id and points every reference to it (faults included) at the new one. */
export function renameComponent(doc: JsonObject, id: string, to: string): EditResult {
  const i = indexOfId(doc, id);
  if (i < 0) return refuse("unknownComponent", { id });
  if (to === id) return done(doc);
  if (!ID.test(to)) return refuse("badId", { id: to });
  if (indexOfId(doc, to) >= 0) return refuse("idTaken", { id: to });
  let out: Json = setAt(doc, ["components", i, "id"], to);
  componentsOf(doc).forEach((c, k) => {
    for (const ref of refsOf(c)) {
      if (ref.target === id) out = setAt(out, ["components", k, ...ref.path], to);
    }
  });
  if (Array.isArray(doc.faults)) {
    doc.faults.forEach((f, k) => {
      for (const field of ["target", "from"]) {
        if (isJsonObject(f) && f[field] === id) out = setAt(out, ["faults", k, field], to);
      }
    });
  }
  return done(out);
}

/**
 * Sets (or, with undefined, removes) any field. Ids and references are better changed with
 * `renameComponent` and `connect`, which keep the rest of the document consistent.
 */
export function setField(
  doc: JsonObject,
  path: readonly Segment[],
  value: Json | undefined,
): EditResult {
  if (path.length === 0) return isJsonObject(value) ? done(value) : refuse("notEditable");
  return done(setAt(doc, path, value));
}

/**
 * Removes a field, and the objects around it that it leaves empty, up to `keep` steps from the
 * top (2 keeps the component): clearing a client's last retry setting removes `retry` too,
 * rather than leaving `"retry": {}`, which would lack its required `max`.
 */
export function clearField(doc: JsonObject, path: readonly Segment[], keep = 2): EditResult {
  let out = setAt(doc, path, undefined);
  for (let end = path.length - 1; end > keep; end--) {
    const parent = getAt(out, path.slice(0, end));
    if (!isJsonObject(parent) || Object.keys(parent).length > 0) break;
    out = setAt(out, path.slice(0, end), undefined);
  }
  return done(out);
}

function rounded(p: Position): JsonObject {
  return { x: Math.round(p.x), y: Math.round(p.y) };
}
