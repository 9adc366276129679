/**
 * The inspector's form: every field of the selected component, as the editor's document holds
 * it (valid or not). Each change is an edit of the document, validated at once by the same
 * validator as the command line; each error is shown on the row of the field its path names,
 * and errors no row claims are listed at the top. The component's JSON, below the form, edits
 * what the form has no box for.
 */
import type { Issue } from "../../scenario/issues";
import { localize } from "../../scenario/text";
import { getAt, isJsonObject, type JsonObject, type Segment } from "../editor/json";
import {
  clearField,
  connect,
  type EditResult,
  renameComponent,
  setField,
} from "../editor/operations";
import { componentsOf, idOf } from "../editor/refs";
import { currentLocale, t } from "../i18n/index";
import { issueMessage } from "../i18n/issue-message";
import type { Locale } from "../i18n/locale";
import { distField } from "./dist-field";
import { errorHome, inside } from "./error-home";
import { enumLabel, fieldKey } from "./field-text";
import { type FieldSpec, fieldsOf } from "./fields";
import {
  choiceInput,
  el,
  type FieldHost,
  flagInput,
  printedPath,
  row,
  type TargetChoice,
  targetInput,
  textInput,
  valueInput,
} from "./form-parts";
import { listField } from "./list-field";
import { rawJson } from "./raw-json";
import { zoneNames } from "./zone-choices";
import { zonePairsField } from "./zone-pairs";

export interface FormContext {
  doc: JsonObject;
  index: number;
  errors: Issue[];
  locale: Locale;
  /** Makes an edit (or says why it cannot be made); true when made. */
  apply(result: EditResult): boolean;
  /** Keeps the component selected under its new id. */
  renamed(id: string): void;
}

export function renderForm(parent: HTMLElement, ctx: FormContext): void {
  const { doc, index } = ctx;
  const component = componentsOf(doc)[index];
  if (!isJsonObject(component)) return;
  const id = idOf(component) ?? "";
  const where = ["components", index];
  const host: FieldHost = {
    at: printedPath("", where),
    type: String(component.type),
    targets: targetChoices(doc, ctx.locale).filter((c) => c.id !== id),
    set: (path, value) =>
      ctx.apply(
        value === undefined
          ? clearField(doc, [...where, ...path])
          : setField(doc, [...where, ...path], value),
      ),
  };
  const form = el(parent, "div", "inspector-form");
  form.dataset.testid = "inspector-form";
  const unplaced = el(form, "ul", "form-errors");

  const idRow = row(form, host, ["id"]);
  textInput(idRow, `${host.at}.id`, component.id, (to) => {
    const next = typeof to === "string" ? to : "";
    if (ctx.apply(renameComponent(doc, id, next))) ctx.renamed(next);
  });
  // A label written per language is edited in the page's language.
  const labelPath: Segment[] = isJsonObject(component.label) ? ["label", ctx.locale] : ["label"];
  textInput(
    row(form, host, ["label"]),
    printedPath(host.at, labelPath),
    getAt(component, labelPath),
    (v) => host.set(labelPath, v),
  );

  for (const spec of fieldsOf(String(component.type))) {
    if (spec.when !== undefined && getAt(component, spec.when.path) !== spec.when.value) continue;
    field(form, host, spec, component, (to) => {
      // A reference is a connection: refused, with its reason, where the format forbids it.
      if (to === undefined) host.set(spec.path, undefined);
      else ctx.apply(connect(doc, id, to));
    });
  }
  rawJson(form, host.at, component, (next) => {
    const to = idOf(next);
    const renamed = to !== undefined && to !== id;
    const step = renamed ? renameComponent(doc, id, to) : ({ ok: true, doc } as const);
    if (!step.ok) return ctx.apply(step);
    const done = ctx.apply(setField(step.doc, where, next));
    if (done && renamed) ctx.renamed(to);
    return done;
  });
  placeErrors(form, unplaced, host.at, ctx.errors, ctx.locale);
}

/**
 * One field of the form, by its kind; `connectTo` sets a reference (a connection). `component`
 * is the scenario itself for the scenario's own fields.
 */
export function field(
  form: HTMLElement,
  host: FieldHost,
  spec: FieldSpec,
  component: JsonObject,
  connectTo: (to: string | undefined) => void,
): void {
  const value = getAt(component, spec.path);
  const at = printedPath(host.at, spec.path);
  switch (spec.kind) {
    case "number":
      valueInput(
        row(form, host, spec.path),
        at,
        value,
        (v) => host.set(spec.path, v),
        spec.placeholder,
      );
      return;
    case "text":
      textInput(row(form, host, spec.path), at, value, (v) => host.set(spec.path, v));
      return;
    case "choice":
      choiceInput(
        row(form, host, spec.path),
        at,
        value,
        spec.options,
        spec.placeholder === undefined ? "" : defaultOption(spec.path, spec.placeholder),
        (v) => host.set(spec.path, v),
        (o) => enumLabel(fieldKey(spec.path), o, currentLocale()),
      );
      return;
    case "flag":
      flagInput(
        row(form, host, spec.path),
        at,
        typeof value === "boolean" ? value : spec.default,
        (v) => host.set(spec.path, v),
      );
      return;
    case "ref":
      targetInput(
        row(form, host, spec.path),
        at,
        value,
        host.targets,
        t("editor.form.none"),
        connectTo,
      );
      return;
    case "dist":
      distField(form, host, spec.path, value, spec.count === true);
      return;
    case "list":
      listField(form, host, spec.path, value, spec);
      return;
    case "shape": {
      const kind = getAt(value, [spec.key]);
      choiceInput(
        row(form, host, [...spec.path, spec.key]),
        printedPath(at, [spec.key]),
        kind,
        Object.keys(spec.shapes),
        null,
        (v) => {
          if (v !== undefined) host.set(spec.path, spec.shapes[v]());
        },
        (o) => enumLabel(fieldKey([...spec.path, spec.key]), o, currentLocale()),
      );
      return;
    }
    case "zonePairs":
      zonePairsField(form, host, spec.path, component, zoneNames(component));
      return;
  }
}

/** The option of a choice left to its default: "(default: 轮询 · round-robin)". */
function defaultOption(path: Segment[], value: string): string {
  return t("editor.form.default", { value: enumLabel(fieldKey(path), value, currentLocale()) });
}

/** Every component as a picker offers it: its id and its label in the page's language. */
export function targetChoices(doc: JsonObject, locale: Locale): TargetChoice[] {
  return componentsOf(doc).flatMap((c) => {
    const id = idOf(c);
    if (id === undefined) return [];
    const raw = isJsonObject(c) ? c.label : undefined;
    const label =
      typeof raw === "string"
        ? raw
        : isJsonObject(raw)
          ? localize(raw as Record<string, string>, locale)
          : "";
    return [label.trim() === "" ? { id } : { id, label }];
  });
}

/**
 * Puts each error of this component on the row of its field (error-home.ts); the rest go in
 * the list at the top.
 */
export function placeErrors(
  form: HTMLElement,
  unplaced: HTMLElement,
  at: string,
  errors: Issue[],
  locale: Locale,
): void {
  const targets = [...form.querySelectorAll<HTMLElement>("[data-path]")];
  const paths = targets.map((target) => target.dataset.path!);
  // The scenario's own form ("") has every error but those of its components.
  const mine = (path: string) => (at === "" ? !/^components\[/.test(path) : inside(path, at));
  for (const issue of errors) {
    if (!mine(issue.path)) continue;
    const best: HTMLElement | undefined = targets[errorHome(issue.path, paths, at)];
    const message = issueMessage(issue, locale);
    if (best === undefined) {
      el(unplaced, "li").textContent =
        `${issue.path.slice(at.length).replace(/^\./, "") || at}: ${message}`;
      continue;
    }
    if (best instanceof HTMLInputElement || best instanceof HTMLSelectElement)
      best.setAttribute("aria-invalid", "true");
    const home = best.closest<HTMLElement>(".form-list-item, .form-row") ?? best;
    home.classList.add("form-row--invalid");
    const text = el(home, "p", "form-error");
    text.dataset.testid = "field-error";
    text.textContent = message;
  }
  if (unplaced.childElementCount > 0) {
    const title = document.createElement("li");
    title.className = "form-errors-title";
    title.textContent = t(at === "" ? "editor.form.scenario" : "editor.form.component");
    unplaced.prepend(title);
  }
}
