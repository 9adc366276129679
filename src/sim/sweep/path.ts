/**
 * The parameter a sweep varies, as a path into the scenario document: dotted field names and
 * `[i]` indices, where a name right after `components` is a component's id:
 *
 *   components.app.workers            the `workers` of the component with id `app`
 *   components[0].workload.rate       the rate of the first component's workload
 *   components.web.calls[0].timeout   duration, network.mean, ...
 *   components.users.workload.scale   the rate and its schedule's, times the value (scale.ts)
 *
 * Ids cannot hold dots (`[a-z0-9_-]+`), so the dotted form is never ambiguous.
 */
import { SCALE_FIELD, scaleWorkload } from "./scale";

export type Segment = { field: string } | { index: number };

export type PathParse = { ok: true; segments: Segment[] } | { ok: false; error: string };

const PART = /^([A-Za-z0-9_-]+)?((?:\[\d+\])*)$/;

export function parseParamPath(text: string): PathParse {
  const segments: Segment[] = [];
  const bad = {
    ok: false as const,
    error: `--param '${text}' is not a path such as components.app.workers or components[0].workload.rate`,
  };
  if (text === "") return bad;
  for (const part of text.split(".")) {
    const match = PART.exec(part);
    if (match === null || part === "") return bad;
    if (match[1] !== undefined) segments.push({ field: match[1] });
    for (const index of match[2].matchAll(/\[(\d+)\]/g)) segments.push({ index: Number(index[1]) });
  }
  return { ok: true, segments };
}

export type SetResult = { ok: true; document: unknown; at: string } | { ok: false; error: string };

/**
 * A copy of `document` with the number at `segments` replaced by `value`; only the objects on
 * the path are copied. The last field may be absent (a field left to its default, such as a
 * server's `replicas`), anything before it must exist. `at` is the validator's path of the
 * field (`components[1].workers`), so its messages can be matched to the sweep. A path ending in
 * `workload.scale` multiplies that workload's rates instead (scale.ts).
 */
export function setParam(
  document: unknown,
  segments: readonly Segment[],
  value: number,
): SetResult {
  const named = (back: number) => {
    const segment = segments[segments.length - back];
    return segment !== undefined && "field" in segment ? segment.field : undefined;
  };
  if (named(1) === SCALE_FIELD && named(2) === "workload") {
    const set = updateAt(document, segments.slice(0, -1), (workload, at) => {
      const scaled = scaleWorkload(workload, value, at);
      if (!scaled.ok) throw new PathError(scaled.error);
      return scaled.workload;
    });
    return set.ok ? { ...set, at: `${set.at}.${SCALE_FIELD}` } : set;
  }
  return updateAt(document, segments, (old, at) => {
    if (old !== undefined && typeof old !== "number") {
      throw new PathError(`${at} is not a number but ${JSON.stringify(old)?.slice(0, 40)}`);
    }
    return value;
  });
}

/**
 * A copy of `document` with the node at `segments` replaced by `update(node, at)`, which may
 * throw a PathError to refuse it.
 */
function updateAt(
  document: unknown,
  segments: readonly Segment[],
  update: (old: unknown, at: string) => unknown,
): SetResult {
  let at = "";
  const copy = (node: unknown, i: number): unknown => {
    const segment = segments[i];
    const last = i === segments.length - 1;
    if ("index" in segment) {
      if (!Array.isArray(node) || segment.index >= node.length) {
        throw new PathError(`${at || "(document)"} has no element [${segment.index}]`);
      }
      at += `[${segment.index}]`;
      const items = [...node];
      items[segment.index] = last
        ? update(node[segment.index], at)
        : copy(node[segment.index], i + 1);
      return items;
    }
    // A name right after the components array picks the component with that id.
    if (Array.isArray(node) && at === "components") {
      const index = node.findIndex((c) => isObject(c) && c.id === segment.field);
      if (index < 0) throw new PathError(`no component has the id '${segment.field}'`);
      at += `[${index}]`;
      const items = [...node];
      items[index] = last ? update(node[index], at) : copy(node[index], i + 1);
      return items;
    }
    if (!isObject(node)) throw new PathError(`${at || "(document)"} is not an object`);
    at += at === "" ? segment.field : `.${segment.field}`;
    if (!last && !(segment.field in node)) throw new PathError(`${at} does not exist`);
    return {
      ...node,
      [segment.field]: last ? update(node[segment.field], at) : copy(node[segment.field], i + 1),
    };
  };
  try {
    return { ok: true, document: copy(document, 0), at };
  } catch (error) {
    if (error instanceof PathError) return { ok: false, error: error.message };
    throw error;
  }
}

/** A path that does not fit the document: caught above and returned as data. */
class PathError extends Error {}

function isObject(x: unknown): x is Record<string, unknown> {
  return typeof x === "object" && x !== null && !Array.isArray(x);
}
