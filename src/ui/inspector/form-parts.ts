/**
 * The pieces every field of the inspector's form is made of: a row that carries the path the
 * validator would print for it (so an error lands on its row), an input that keeps whatever the
 * user typed, and the reading of a typed value back into JSON.
 */
import { fieldPath, itemPath } from "../../scenario/issues";
import type { Json, Segment } from "../editor/json";
import { currentLocale, t } from "../i18n/index";
import { fieldKey, fieldText, nameWithUnit } from "./field-text";

/** A component another one may point to: its id, and the label the user gave it, if any. */
export interface TargetChoice {
  id: string;
  label?: string;
  /** The whole text of its option, when "label · id" would say the same thing twice. */
  shown?: string;
  /** A zone rather than a component: what a zone fault names. */
  zone?: boolean;
}

/** What a field needs to write the component it belongs to. */
export interface FieldHost {
  /** Sets a value inside the component (undefined removes it). */
  set(path: Segment[], value: Json | undefined): void;
  /** The other components, for choosing a target: pickers show their labels, ids beside. */
  targets: TargetChoice[];
  /** The component's type, `scenario` for the scenario's own fields: names the fields. */
  type: string;
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

let nextId = 0;

/**
 * A row of the form: the field's name and unit in the page's language, its one-line help, and
 * the field's path in the format as the secondary detail, for those who write scenarios by
 * hand; then room for the input, which `nameBy` ties to the name and the help.
 */
export function row(parent: HTMLElement, host: FieldHost, path: Segment[]): HTMLElement {
  const r = el(parent, "div", "form-row");
  r.dataset.path = printedPath(host.at, path);
  const key = fieldKey(path);
  const locale = currentLocale();
  const text = fieldText(host.type, key, locale);
  const label = el(r, "div", "form-label");
  const name = el(label, "span", "form-name");
  name.id = `form-name-${nextId++}`;
  name.textContent = text === undefined ? key : nameWithUnit(text, locale);
  r.dataset.nameId = name.id;
  if (text !== undefined) {
    const help = el(label, "span", "form-help");
    help.id = `form-help-${nextId++}`;
    help.textContent = text.help;
    r.dataset.helpId = help.id;
    el(label, "code", "form-path").textContent = key;
  }
  return r;
}

/**
 * Names an input by its row's name and describes it by its help, for screen readers (an input
 * inside a <label> of its own, a list's column, is named by that label instead).
 */
function nameBy(parent: HTMLElement, input: HTMLElement): void {
  if (parent.tagName === "LABEL") return;
  const r = parent.closest<HTMLElement>(".form-row");
  if (r?.dataset.nameId === undefined) return;
  input.setAttribute("aria-labelledby", r.dataset.nameId);
  if (r.dataset.helpId !== undefined) input.setAttribute("aria-describedby", r.dataset.helpId);
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
  nameBy(parent, input);
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
  nameBy(parent, input);
  input.addEventListener("change", () => commit(input.value === "" ? undefined : input.value));
  return input;
}

/**
 * A choice among `options`; `empty` (when given) is the option that removes the field. A value
 * the options do not have is kept as an option of its own, so the form never hides it. `words`
 * says each option in the page's language (the value itself by default).
 */
export function choiceInput(
  parent: HTMLElement,
  path: string,
  value: Json | undefined,
  options: readonly string[],
  empty: string | null,
  commit: (value: string | undefined) => void,
  words: (option: string) => string = (o) => o,
): HTMLSelectElement {
  const select = el(parent, "select", "field form-input");
  select.dataset.path = path;
  nameBy(parent, select);
  const all = [...options];
  if (typeof value === "string" && !all.includes(value)) all.push(value);
  if (empty !== null) option(select, "", empty);
  for (const o of all) option(select, o, words(o));
  select.value = typeof value === "string" ? value : "";
  select.addEventListener("change", () => commit(select.value === "" ? undefined : select.value));
  return select;
}

/** A checkbox for a yes/no field, named by its row. */
export function flagInput(
  parent: HTMLElement,
  path: string,
  checked: boolean,
  commit: (value: boolean) => void,
): HTMLInputElement {
  const box = el(parent, "input", "form-flag");
  box.type = "checkbox";
  box.dataset.path = path;
  box.checked = checked;
  nameBy(parent, box);
  box.addEventListener("change", () => commit(box.checked));
  return box;
}

/**
 * A target picker: each component by its label with the id beside ("Redis · cache-1"), by its
 * id alone when it has no label, by its `shown` text when it has one; the value stays the id.
 */
export function targetInput(
  parent: HTMLElement,
  path: string,
  value: Json | undefined,
  targets: readonly TargetChoice[],
  empty: string,
  commit: (value: string | undefined) => void,
): HTMLSelectElement {
  const byId = new Map(targets.map((c) => [c.id, c]));
  return choiceInput(
    parent,
    path,
    value,
    targets.map((c) => c.id),
    empty,
    commit,
    (id) => {
      const { label, shown } = byId.get(id) ?? {};
      if (shown !== undefined) return shown;
      return label === undefined || label === id ? id : `${label} · ${id}`;
    },
  );
}

/** The button at the end of a list's line that removes its entry. */
export function removeButton(line: HTMLElement, remove: () => void): void {
  const button = el(line, "button", "button form-remove");
  button.type = "button";
  button.textContent = "×";
  button.title = t("editor.form.remove.title");
  button.setAttribute("aria-label", t("editor.form.remove"));
  button.addEventListener("click", remove);
}

/** The button under a list that adds an entry; it carries the list's path, for its errors. */
export function addButton(list: HTMLElement, at: string, add: () => void): HTMLButtonElement {
  const button = el(list, "button", "button form-add");
  button.type = "button";
  button.dataset.path = at;
  button.textContent = `+ ${t("editor.form.add")}`;
  button.addEventListener("click", add);
  return button;
}

function option(select: HTMLSelectElement, value: string, text: string): void {
  const o = el(select as unknown as HTMLElement, "option");
  o.value = value;
  o.textContent = text;
}
