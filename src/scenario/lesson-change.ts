/**
 * A lesson's "try this" edit, applied to the scenario document: each operation sets one value at
 * a path such as `components.app.workers` (components are addressed by id, array elements by
 * index, `null` removes the field). The edit works on the JSON document, not on the validated
 * `Scenario`, so what the user then sees in the scenario's text is exactly what runs.
 */

import { issueText } from "./issue-text";

/** One operation: the value at `path` becomes `value`; `null` removes it. */
export interface SetOperation {
  path: string;
  value: unknown;
}

export type ChangeResult = { ok: true; document: unknown } | { ok: false; reason: string };

/** Names that would reach an object's prototype instead of a field of the document. */
const FORBIDDEN = new Set(["__proto__", "prototype", "constructor"]);

/** The top-level fields a change may set (`version` and the lesson itself stay as they are). */
export const SETTABLE_ROOTS = [
  "name",
  "description",
  "seed",
  "duration",
  "warmup",
  "network",
  "zones",
  "components",
  "faults",
] as const;

type Container = Record<string, unknown> | unknown[];

function isContainer(value: unknown): value is Container {
  return typeof value === "object" && value !== null;
}

/** Why a path cannot address any document (an issue code of issue-text.ts), or null. */
export type PathProblem = "pathEmptySegment" | "pathPrototype" | "pathRoot" | "pathComponentField";

export function pathProblem(path: string): PathProblem | null {
  const parts = path.split(".");
  if (parts.some((p) => p === "")) return "pathEmptySegment";
  if (parts.some((p) => FORBIDDEN.has(p))) return "pathPrototype";
  if (!(SETTABLE_ROOTS as readonly string[]).includes(parts[0])) return "pathRoot";
  if (parts[0] === "components" && parts.length < 3) return "pathComponentField";
  return null;
}

/** The parameters of a path problem's issue text. */
export const PATH_PARAMS = { roots: SETTABLE_ROOTS.join(", ") };

/** The document with every operation applied in order; the input is not modified. */
export function applyChange(document: unknown, operations: readonly SetOperation[]): ChangeResult {
  if (!isContainer(document) || Array.isArray(document)) {
    return { ok: false, reason: "the scenario is not an object" };
  }
  const copy = structuredClone(document) as Record<string, unknown>;
  for (const op of operations) {
    const code = pathProblem(op.path);
    const problem =
      code === null ? setAt(copy, op.path.split("."), op.value) : issueText(code, PATH_PARAMS);
    if (problem !== null) return { ok: false, reason: `${op.path}: ${problem}` };
  }
  return { ok: true, document: copy };
}

/** Sets one value; a reason when the path does not lead anywhere in this document. */
function setAt(root: Record<string, unknown>, parts: string[], value: unknown): string | null {
  let node: Container = root;
  for (let i = 0; i < parts.length - 1; i++) {
    const key = parts[i];
    if (i === 1 && parts[0] === "components") {
      const found: unknown = Array.isArray(node)
        ? node.find((c) => isContainer(c) && idOf(c) === key)
        : null;
      if (!isContainer(found)) return `no component has id "${key}"`;
      node = found;
      continue;
    }
    const index = indexIn(node, key);
    if (index === null) return `"${key}" is not an index of a list`;
    let next: unknown = Array.isArray(node) ? node[index as number] : own(node, key);
    if (next === undefined && value !== null) {
      // A nested field that does not exist yet (a breaker on a call that had none) is created.
      next = /^\d+$/.test(parts[i + 1]) ? [] : {};
      write(node, index, next);
    }
    if (!isContainer(next)) {
      return next === undefined ? null : `"${key}" holds a value, not an object or a list`;
    }
    node = next;
  }
  const last = parts[parts.length - 1];
  const index = indexIn(node, last);
  if (index === null) return `"${last}" is not an index of a list`;
  if (value === null) remove(node, index);
  else write(node, index, structuredClone(value));
  return null;
}

function idOf(component: Container): unknown {
  return Array.isArray(component) ? undefined : own(component, "id");
}

function own(object: Record<string, unknown>, key: string): unknown {
  return Object.hasOwn(object, key) ? object[key] : undefined;
}

/** The key or index for `key` in `node`: a list takes a whole number up to its length. */
function indexIn(node: Container, key: string): string | number | null {
  if (!Array.isArray(node)) return key;
  if (!/^\d+$/.test(key)) return null;
  const index = Number(key);
  return index <= node.length ? index : null;
}

function write(node: Container, index: string | number, value: unknown): void {
  if (Array.isArray(node)) node[index as number] = value;
  // defineProperty, so even an odd key can only ever make an own data field.
  else
    Object.defineProperty(node, index, {
      value,
      writable: true,
      enumerable: true,
      configurable: true,
    });
}

function remove(node: Container, index: string | number): void {
  if (Array.isArray(node)) {
    if ((index as number) < node.length) node.splice(index as number, 1);
  } else delete node[index as string];
}
