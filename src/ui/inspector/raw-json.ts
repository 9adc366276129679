/**
 * The selected component as JSON, editable: for what the form has no box for (a service time
 * per request class, circuit breakers, a recorded trace). Text that does not parse is kept in
 * the box with the reason, and nothing changes.
 */

import { isJsonObject, type JsonObject } from "../editor/json";
import { t } from "../i18n/index";
import { el } from "./form-parts";

export function rawJson(
  parent: HTMLElement,
  at: string,
  component: JsonObject,
  apply: (next: JsonObject) => boolean,
): void {
  const details = el(parent, "details", "form-raw");
  const summary = el(details, "summary");
  summary.textContent = t("editor.form.raw");
  summary.title = t("editor.form.raw.title");
  const area = el(details, "textarea", "field form-raw-text");
  area.dataset.path = at;
  area.spellcheck = false;
  area.value = JSON.stringify(component, null, 2);
  area.rows = Math.min(16, area.value.split("\n").length + 1);
  const button = el(details, "button", "button");
  button.type = "button";
  button.textContent = t("editor.form.raw.apply");
  const status = el(details, "p", "form-error");
  status.hidden = true;
  button.addEventListener("click", () => {
    let next: unknown;
    try {
      next = JSON.parse(area.value);
    } catch (e) {
      status.hidden = false;
      status.textContent = t("editor.form.raw.invalid", {
        reason: e instanceof Error ? e.message : String(e),
      });
      return;
    }
    if (!isJsonObject(next)) {
      status.hidden = false;
      status.textContent = t("editor.form.raw.notObject");
      return;
    }
    status.hidden = true;
    apply(next);
  });
}
