/**
 * Theory beside the summary: every component an analytic model fits, its model and figures next
 * to the run's, and, folded, the components no model fits with the reason. A component's name
 * selects it, as the summary table's rows do. Shown in the insights panel.
 */

import { type TheoryBeside, theoryBeside } from "../theory/beside";
import { figureText, reasonText } from "../theory/match/text";
import { type ComponentNames, componentNames } from "./component-names";
import type { Controller } from "./controller";
import { t } from "./i18n/index";
import type { Store, ViewState } from "./store";
import { theoryValue } from "./theory-value";

export function mountTheorySummary(
  parent: HTMLElement,
  store: Store,
  controller: Controller,
): void {
  const el = append(parent, "section", "theory-summary");
  el.dataset.testid = "theory-summary";
  let shown: Pick<ViewState, "scenario" | "summary" | "locale" | "markers"> | null = null;

  store.subscribe((s) => {
    if (
      shown !== null &&
      shown.scenario === s.scenario &&
      shown.summary === s.summary &&
      shown.locale === s.locale &&
      shown.markers === s.markers
    )
      return;
    shown = { scenario: s.scenario, summary: s.summary, locale: s.locale, markers: s.markers };
    el.replaceChildren();
    if (s.scenario === null) return;
    // Live what-ifs change the running system, not the scenario the theory reads.
    const entries = theoryBeside(s.scenario, s.summary, s.markers.length > 0);
    render(entries, componentNames(s.scenario, s.locale), s.locale);
  });

  function render(
    entries: TheoryBeside[],
    names: ComponentNames,
    locale: ViewState["locale"],
  ): void {
    if (entries.length === 0) return;
    append(el, "h3", "panel-title").textContent = t("theory.summaryTitle");
    const matched = entries.filter((b): b is TheoryBeside & { applies: true } => b.applies);
    if (matched.length > 0) {
      const table = append(el, "table", "theory-table");
      const head = append(append(table, "thead", ""), "tr", "");
      for (const key of [
        "theory.component",
        "theory.model",
        "theory.figure",
        "theory.theory",
        "theory.simulated",
      ] as const)
        append(head, "th", "").textContent = t(key);
      const body = append(table, "tbody", "");
      for (const b of matched) {
        b.rows.forEach((row, i) => {
          const tr = append(body, "tr", i === 0 ? "theory-first" : "");
          tr.dataset.component = b.component;
          tr.dataset.figure = row.figure;
          const who = append(tr, "th", "");
          const model = append(tr, "td", "theory-model-name");
          if (i === 0) {
            componentButton(who, b.component, names);
            model.textContent = b.model;
          }
          append(tr, "td", "").textContent = figureText(row.figure, locale);
          append(tr, "td", "theory-value").textContent = theoryValue(
            row.figure,
            row.theory,
            locale,
          );
          append(tr, "td", "simulated-value").textContent =
            row.simulated === null ? "–" : theoryValue(row.figure, row.simulated, locale);
        });
      }
    }
    const unmatched = entries.filter((b) => !b.applies);
    if (unmatched.length === 0) return;
    const details = append(el, "details", "theory-unmatched");
    append(details, "summary", "").textContent = t("theory.unmatched", { count: unmatched.length });
    const list = append(details, "ul", "");
    for (const b of unmatched) {
      if (b.applies) continue;
      const li = append(list, "li", "");
      li.dataset.component = b.component;
      componentButton(li, b.component, names);
      const reason = reasonText(b.reason, locale);
      append(li, "span", "").textContent =
        b.at === undefined
          ? `: ${reason}`
          : `: ${t("theory.atComponent", { at: names.name(b.at) })} ${reason}`;
    }
  }

  function componentButton(parent: HTMLElement, id: string, names: ComponentNames): void {
    const button = append(parent, "button", "theory-component") as HTMLButtonElement;
    button.type = "button";
    // Component names are scenario text: set as text, never as markup.
    button.textContent = names.name(id);
    const title = names.title(id);
    if (title !== button.textContent) button.title = title;
    button.addEventListener("click", () => controller.select(id));
  }
}

function append(parent: Element, tag: string, className: string): HTMLElement {
  const el = document.createElement(tag);
  if (className !== "") el.className = className;
  parent.append(el);
  return el;
}
