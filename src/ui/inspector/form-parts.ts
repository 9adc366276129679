/**
 * The pieces every field of the inspector's form is made of: a row that carries the path the
 * validator would print for it (so an error lands on its row), an input that keeps whatever the
 * user typed, and the reading of a typed value back into JSON.
 */
import { fieldPath, itemPath } from "../../scenario/issues";
import type { Json, Segment } from "../editor/json";

/** What a field needs to write the component it belongs to. */
export interface FieldHost {
  /** Sets a value inside the component (undefined removes it). */
  set(path: Segment[], value: Json | undefined): void;
  /** The ids of the other components, for choosing a target. */
  ids: string[];
  /** Where the component is in the document, printed as the validator prints it. */
  at: string;
}

/** `components[2]` + ["workload", "rate"] → `components[2].workload.rate`, as the validator prints. */
export function printedPath(base: string, path: readonly Segment[]): string {
  return path.reduce<string>(
    (p, key) => (typeof key === "number" ? itemPath(p, key) : fieldPath(p, key)),
    base,
  );
}

export function el<K extends keyof HTMLElementTagNameMap>(
  parent: HTMLElement,
  tag: K,
  className?: string,
): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (className !== undefined) e.className = className;
  parent.append(e);
  return e;
}

/** A row of the form: its label (the field's name in the format) and room for the input. */
export function row(parent: HTMLElement, host: FieldHost, path: Segment[]): HTMLElement {
  const r = el(parent, "div", "form-row");
  r.dataset.path = printedPath(host.at, path);
  el(r, "span", "form-label").textContent = path.filter((k) => typeof k === "string").join(".");
  return r;
}

/**
 * A text box for a number (or any value): it shows what the document holds, even a value the
 * validator refuses, so an invalid edit stays where the user typed it.
 */
export function valueInput(
  parent: HTMLElement,
  path: string,
  value: Json | undefined,
  commit: (value: Json | undefined) => void,
  placeholder = "",
): HTMLInputElement {
  const input = el(parent, "input", "field form-input");
  input.type = "text";
  input.inputMode = "decimal";
  input.spellcheck = false;
  input.dataset.path = path;
  input.value =
    value === undefined ? "" : typeof value === "string" ? value : JSON.stringify(value);
  input.placeholder = placeholder;
  input.addEventListener("change", () => commit(readValue(input.value)));
  return input;
}

/** What was typed, as JSON: a number when it reads as one, nothing when empty, else the text. */
export function readValue(text: string): Json | undefined {
  const trimmed = text.trim();
  if (trimmed === "") return undefined;
  const number = Number(trimmed);
  return Number.isFinite(number) && /^[-+]?[\d.]/.test(trimmed) ? number : trimmed;
}

/** A text box for a name (a label, a request class), or `multiline` prose: empty removes it. */
export function textInput(
  parent: HTMLElement,
  path: string,
  value: Json | undefined,
  commit: (value: Json | undefined) => void,
  multiline = false,
): HTMLInputElement | HTMLTextAreaElement {
  const input = multiline
    ? el(parent, "textarea", "field form-input")
    : Object.assign(el(parent, "input", "field form-input"), { type: "text" });
  input.spellcheck = multiline;
  input.dataset.path = path;
  input.value =
    typeof value === "string" ? value : value === undefined ? "" : JSON.stringify(value);
  input.addEventListener("change", () => commit(input.value === "" ? undefined : input.value));
  return input;
}

/**
 * A choice among `options`; `empty` (when given) is the option that removes the field. A value
 * the options do not have is kept as an option of its own, so the form never hides it.
 */
export function choiceInput(
  parent: HTMLElement,
  path: string,
  value: Json | undefined,
  options: readonly string[],
  empty: string | null,
  commit: (value: string | undefined) => void,
): HTMLSelectElement {
  const select = el(parent, "select", "field form-input");
  select.dataset.path = path;
  const all = [...options];
  if (typeof value === "string" && !all.includes(value)) all.push(value);
  if (empty !== null) option(select, "", empty);
  for (const o of all) option(select, o, o);
  select.value = typeof value === "string" ? value : "";
  select.addEventListener("change", () => commit(select.value === "" ? undefined : select.value));
  return select;
}

function option(select: HTMLSelectElement, value: string, text: string): void {
  const o = el(select as unknown as HTMLElement, "option");
  o.value = value;
  o.textContent = text;
}
