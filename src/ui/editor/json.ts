/**
 * The scenario document as the editor holds it: plain JSON, which may be invalid while the user
 * edits (a client without its target yet, a zero where a count belongs). Edits never mutate a
 * document; they return a new one that shares what did not change, so the undo history can
 * keep every step for the price of the changed branches.
 */

export type Json = null | boolean | number | string | Json[] | JsonObject;
export interface JsonObject {
  [key: string]: Json;
}

/** A step into a document: a field name or an array index. */
export type Segment = string | number;

export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The value at `path`, or undefined when the document does not go that far. */
export function getAt(doc: Json | undefined, path: readonly Segment[]): Json | undefined {
  let here: Json | undefined = doc;
  for (const key of path) {
    if (typeof key === "number") {
      if (!Array.isArray(here)) return undefined;
      here = here[key];
    } else {
      if (!isJsonObject(here) || !Object.hasOwn(here, key)) return undefined;
      here = here[key];
    }
  }
  return here;
}

/**
 * A copy of `doc` with `value` at `path` (or the field removed, for undefined). Missing or
 * non-container steps on the way become objects (or arrays, before an index), so a form can set
 * `workload.rate` on a client whose workload was not written yet.
 */
export function setAt(
  doc: Json | undefined,
  path: readonly Segment[],
  value: Json | undefined,
): Json {
  if (path.length === 0) return value ?? null;
  const [key, ...rest] = path;
  if (typeof key === "number") {
    const copy = Array.isArray(doc) ? [...doc] : [];
    if (rest.length === 0 && value === undefined) copy.splice(key, 1);
    else copy[key] = setAt(copy[key], rest, value);
    return copy;
  }
  const copy: JsonObject = isJsonObject(doc) ? { ...doc } : {};
  if (rest.length === 0 && value === undefined) delete copy[key];
  else copy[key] = setAt(copy[key], rest, value);
  return copy;
}

/** Whether two JSON values are the same document (field order ignored). */
export function sameJson(a: Json | undefined, b: Json | undefined): boolean {
  if (a === b) return true;
  if (Array.isArray(a)) {
    return Array.isArray(b) && a.length === b.length && a.every((x, i) => sameJson(x, b[i]));
  }
  if (!isJsonObject(a) || !isJsonObject(b)) return false;
  const keys = Object.keys(a);
  return (
    keys.length === Object.keys(b).length &&
    keys.every((k) => Object.hasOwn(b, k) && sameJson(a[k], b[k]))
  );
}

/** The text the JSON view shows and storage keeps: two-space indented, as the presets are. */
export function documentText(doc: Json): string {
  return `${JSON.stringify(doc, null, 2)}\n`;
}
