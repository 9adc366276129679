/**
 * The inspector's form, kept in step with the editor's document: rebuilt when the selected
 * component, the validator's errors or the language change, with the focus put back on the box
 * the user was in, so tabbing through the form goes on where it was.
 */

import type { JsonObject } from "../editor/json";
import { componentsOf, idOf } from "../editor/refs";
import type { EditorSession } from "../editor/session";
import { label } from "../i18n/index";
import type { Store } from "../store";
import { renderForm } from "./form";
import { el } from "./form-parts";

export function mountEditSection(parent: HTMLElement, store: Store, editor: EditorSession): void {
  const root = el(parent, "div", "inspector inspector-edit");
  let shown: unknown[] = [];

  store.subscribe((s) => {
    const doc = s.draft?.doc;
    const components = doc === undefined ? [] : componentsOf(doc);
    const index = components.findIndex((c) => idOf(c) === s.selected);
    const key = [components[index], s.draft?.errors, s.locale, components.map(idOf).join(" ")];
    if (key.length === shown.length && key.every((k, i) => k === shown[i])) return;
    shown = key;
    const focused = document.activeElement;
    const focusPath =
      focused instanceof HTMLElement && root.contains(focused) ? focused.dataset.path : undefined;
    root.replaceChildren();
    if (doc === undefined || index < 0) return;
    label(el(root, "h3", "inspector-section"), "editor.form.heading");
    renderForm(root, {
      doc: doc as JsonObject,
      index,
      errors: s.draft?.errors ?? [],
      locale: s.locale,
      apply: (result) => editor.apply(result),
    });
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
