/**
 * A `--param` path the validator does not know, and the one the user most likely meant: the
 * same field name (or a near typo of it) one or two levels further down the same node, as
 * `components.users.rate` for `components.users.workload.rate`, or a typo on the same level,
 * `components.app.wokers` for `components.app.workers`. Read from the document itself, so only
 * numbers that are there (or that the validator's own suggestion names) are offered.
 */
import { closest } from "../../scenario/suggest";
import type { Segment } from "./path";

/** Levels below the parent looked at: `workload.rate`, `consumers.service.mean`. */
const DEPTH = 3;

/**
 * The full path to suggest instead of `param`, or undefined. `sameLevel` is the validator's own
 * "did you mean" for the last field (a known field of the parent), if it had one.
 */
export function suggestParam(
  document: unknown,
  param: string,
  segments: readonly Segment[],
  sameLevel: string | undefined,
): string | undefined {
  const last = segments.at(-1);
  if (last === undefined || !("field" in last)) return undefined;
  const prefix = param.slice(0, param.length - last.field.length);
  if (sameLevel !== undefined) return `${prefix}${sameLevel}`;
  const parent = nodeAt(document, segments.slice(0, -1));
  const below = new Map<string, string>();
  collect(parent, "", 0, below);
  // Only deeper paths: the same level was the validator's to suggest, and it had nothing.
  const byName = new Map<string, string>();
  for (const [path, name] of below) {
    const known = byName.get(name);
    if (path.includes(".") && (known === undefined || path.length < known.length)) {
      byName.set(name, path);
    }
  }
  const name = byName.has(last.field) ? last.field : closest(last.field, byName.keys());
  return name === undefined ? undefined : `${prefix}${byName.get(name)}`;
}

/** The node `segments` lead to, a name after `components` being a component's id. */
function nodeAt(document: unknown, segments: readonly Segment[]): unknown {
  let node = document;
  let previous: string | undefined;
  for (const segment of segments) {
    if ("index" in segment) node = Array.isArray(node) ? node[segment.index] : undefined;
    else if (Array.isArray(node) && previous === "components") {
      node = node.find((c) => isObject(c) && c.id === segment.field);
    } else node = isObject(node) ? node[segment.field] : undefined;
    previous = "field" in segment ? segment.field : undefined;
  }
  return node;
}

/** Every number below `node` by dotted path (objects only, not lists), with its last name. */
function collect(node: unknown, path: string, depth: number, into: Map<string, string>): void {
  if (!isObject(node) || depth >= DEPTH) return;
  for (const [key, value] of Object.entries(node)) {
    const inner = path === "" ? key : `${path}.${key}`;
    if (typeof value === "number") into.set(inner, key);
    else collect(value, inner, depth + 1, into);
  }
}

function isObject(x: unknown): x is Record<string, unknown> {
  return typeof x === "object" && x !== null && !Array.isArray(x);
}
