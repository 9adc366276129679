/**
 * The scenario's own fields, shown in the inspector when no component is selected: its name and
 * description (in the page's language when written per language), seed, duration, warm-up,
 * network latency, the latency between zones and between particular pairs of them, and
 * scheduled faults, with their errors at their rows like a component's.
 */
import type { Issue } from "../../scenario/issues";
import { getAt, isJsonObject, type JsonObject, type Segment } from "../editor/json";
import { clearField, type EditResult, setField } from "../editor/operations";
import type { Locale } from "../i18n/locale";
import { SCENARIO_FIELDS } from "./fields";
import { field, placeErrors, targetChoices } from "./form";
import { el, type FieldHost, printedPath, row, textInput } from "./form-parts";
import { zoneChoices } from "./zone-choices";

export interface ScenarioFormContext {
  doc: JsonObject;
  errors: Issue[];
  locale: Locale;
  apply(result: EditResult): boolean;
}

export function renderScenarioForm(parent: HTMLElement, ctx: ScenarioFormContext): void {
  const { doc } = ctx;
  const host: FieldHost = {
    at: "",
    type: "scenario",
    targets: [...targetChoices(doc, ctx.locale), ...zoneChoices(doc)],
    set: (path, value) =>
      ctx.apply(value === undefined ? clearField(doc, path, 0) : setField(doc, path, value)),
  };
  const form = el(parent, "div", "inspector-form");
  form.dataset.testid = "scenario-form";
  const unplaced = el(form, "ul", "form-errors");
  for (const key of ["name", "description"]) {
    // Text written per language is edited in the page's language.
    const path: Segment[] = isJsonObject(doc[key]) ? [key, ctx.locale] : [key];
    const at = printedPath("", path);
    const multiline = key === "description";
    textInput(row(form, host, [key]), at, getAt(doc, path), (v) => host.set(path, v), multiline);
  }
  for (const spec of SCENARIO_FIELDS) field(form, host, spec, doc, (v) => host.set(spec.path, v));
  placeErrors(form, unplaced, "", ctx.errors, ctx.locale);
}
