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

/**
 * Why a path cannot be read or does not fit the document, as data: the command line says it in
 * English (pathProblemText), the page in its own language. `at` is the validator's path of the
 * node reached, "" for the document itself.
 */
export type PathProblem =
  /** `param` is not a path at all. */
  | { kind: "syntax"; param: string }
  /** The node at `at` is no array, or one shorter than `index` + 1. */
  | { kind: "noElement"; at: string; index: number }
  /** No component has the id `id`. */
  | { kind: "noComponent"; id: string }
  /** A field before the last one is absent. */
  | { kind: "missing"; at: string }
  /** A field is asked of something that is no object. */
  | { kind: "notObject"; at: string }
  /** The field holds something other than a number: `found`, as JSON cut to 40 characters. */
  | { kind: "notNumber"; at: string; found: string }
  /**
   * `workload.scale` of something that is no open workload: `found` is its `kind` as JSON, or
   * null when it is no workload at all (scale.ts).
   */
  | { kind: "notOpen"; at: string; found: string | null };

export type PathParse = { ok: true; segments: Segment[] } | { ok: false; problem: PathProblem };

const PART = /^([A-Za-z0-9_-]+)?((?:\[\d+\])*)$/;

export function parseParamPath(text: string): PathParse {
  const segments: Segment[] = [];
  const bad = { ok: false as const, problem: { kind: "syntax" as const, param: text } };
  if (text === "") return bad;
  for (const part of text.split(".")) {
    const match = PART.exec(part);
    if (match === null || part === "") return bad;
    if (match[1] !== undefined) segments.push({ field: match[1] });
    for (const index of match[2].matchAll(/\[(\d+)\]/g)) segments.push({ index: Number(index[1]) });
  }
  return { ok: true, segments };
}

export type SetResult =
  | { ok: true; document: unknown; at: string }
  | { ok: false; problem: PathProblem };

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
      const scaled = scaleWorkload(workload, value);
      if (scaled === null) {
        const found = isObject(workload) ? String(JSON.stringify(workload.kind)) : null;
        throw new PathError({ kind: "notOpen", at, found });
      }
      return scaled;
    });
    return set.ok ? { ...set, at: `${set.at}.${SCALE_FIELD}` } : set;
  }
  return updateAt(document, segments, (old, at) => {
    if (old !== undefined && typeof old !== "number") {
      const found = String(JSON.stringify(old)?.slice(0, 40));
      throw new PathError({ kind: "notNumber", at, found });
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
        throw new PathError({ kind: "noElement", at, index: segment.index });
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
      if (index < 0) throw new PathError({ kind: "noComponent", id: segment.field });
      at += `[${index}]`;
      const items = [...node];
      items[index] = last ? update(node[index], at) : copy(node[index], i + 1);
      return items;
    }
    if (!isObject(node)) throw new PathError({ kind: "notObject", at });
    at += at === "" ? segment.field : `.${segment.field}`;
    if (!last && !(segment.field in node)) throw new PathError({ kind: "missing", at });
    return {
      ...node,
      [segment.field]: last ? update(node[segment.field], at) : copy(node[segment.field], i + 1),
    };
  };
  try {
    return { ok: true, document: copy(document, 0), at };
  } catch (error) {
    if (error instanceof PathError) return { ok: false, problem: error.problem };
    throw error;
  }
}

/** A path that does not fit the document: caught above and returned as data. */
class PathError extends Error {
  constructor(readonly problem: PathProblem) {
    super(problem.kind);
  }
}

/**
 * A problem as the command line says it: a path that cannot be read in full, one that does not
 * fit as the part after `--param <path>: ` (plan.ts).
 */
export function pathProblemText(problem: PathProblem): string {
  // The document itself has no path of its own to name.
  const place = "at" in problem ? problem.at || "(document)" : "";
  switch (problem.kind) {
    case "syntax":
      return `--param '${problem.param}' is not a path such as components.app.workers or components[0].workload.rate`;
    case "noElement":
      return `${place} has no element [${problem.index}]`;
    case "noComponent":
      return `no component has the id '${problem.id}'`;
    case "missing":
      return `${problem.at} does not exist`;
    case "notObject":
      return `${place} is not an object`;
    case "notNumber":
      return `${problem.at} is not a number but ${problem.found}`;
    case "notOpen": {
      const kind = problem.found === null ? "no workload" : `a ${problem.found} workload`;
      return `${problem.at}.${SCALE_FIELD} multiplies an open workload's rate and schedule, but ${problem.at} is ${kind}`;
    }
  }
}

function isObject(x: unknown): x is Record<string, unknown> {
  return typeof x === "object" && x !== null && !Array.isArray(x);
}
