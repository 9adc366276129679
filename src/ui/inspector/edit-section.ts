/**
 * The inspector's form, kept in step with the editor's document: rebuilt when the selected
 * component, the validator's errors or the language change, with the focus put back on the box
 * the user was in, so tabbing through the form goes on where it was.
 */

import type { JsonObject } from "../editor/json";
import type { EditResult } from "../editor/operations";
import { componentsOf, idOf } from "../editor/refs";
import type { EditorSession } from "../editor/session";
import { label } from "../i18n/index";
import type { Store } from "../store";
import { renderForm } from "./form";
import { el } from "./form-parts";
import { renderScenarioForm } from "./scenario-form";

export function mountEditSection(parent: HTMLElement, store: Store, editor: EditorSession): void {
  const root = el(parent, "div", "inspector inspector-edit");
  let shown: unknown[] = [];

  store.subscribe((s) => {
    const doc = s.draft?.doc;
    const components = doc === undefined ? [] : componentsOf(doc);
    const index = components.findIndex((c) => idOf(c) === s.selected);
    // With nothing selected the form is the scenario's, which changes with the document.
    const subject = index < 0 ? doc : components[index];
    const key = [subject, s.draft?.errors, s.locale, components.map(idOf).join(" ")];
    if (key.length === shown.length && key.every((k, i) => k === shown[i])) return;
    shown = key;
    const focused = document.activeElement;
    const focusPath =
      focused instanceof HTMLElement && root.contains(focused) ? focused.dataset.path : undefined;
    // The component's JSON box stays open across the rebuild that applying it causes.
    const rawOpen = root.querySelector<HTMLDetailsElement>("details.form-raw")?.open ?? false;
    root.replaceChildren();
    if (doc === undefined) return;
    const context = {
      doc: doc as JsonObject,
      errors: s.draft?.errors ?? [],
      locale: s.locale,
      apply: (result: EditResult) => editor.apply(result),
    };
    if (index < 0) {
      // Nothing selected (or a component the document no longer has): the scenario itself. No
      // component's name (an h2) heads the panel then, so this heading is the panel's h2.
      label(el(root, "h2", "inspector-section"), "editor.form.scenarioHeading");
      renderScenarioForm(root, context);
    } else {
      label(el(root, "h3", "inspector-section"), "editor.form.heading");
      renderForm(root, { ...context, index, renamed: (id) => store.update({ selected: id }) });
      const raw = root.querySelector<HTMLDetailsElement>("details.form-raw");
      if (raw !== null) raw.open = rawOpen;
    }
    if (focusPath !== undefined) {
      const path = CSS.escape(focusPath);
      root
        .querySelector<HTMLElement>(
          `input[data-path="${path}"], select[data-path="${path}"], textarea[data-path="${path}"]`,
        )
        ?.focus();
    }
  });
}
