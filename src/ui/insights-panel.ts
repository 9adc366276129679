/**
 * The insights panel: plain-language findings about the run (src/insights), most severe first,
 * each naming its component and citing its figures. Clicking a finding selects its component in
 * the topology and the inspector. Findings are recomputed from the store's summary when it
 * changes (live about once a second, final at the end) or when the language does.
 */
import "./insights.css";
import { describe, type Finding, insightsOf } from "../insights/index";
import { localize } from "../scenario/text";
import type { Controller } from "./controller";
import { label, t } from "./i18n/index";
import type { Store, ViewState } from "./store";
import { mountTheorySummary } from "./theory-summary";

export function mountInsightsPanel(el: HTMLElement, store: Store, controller: Controller): void {
  const title = append(el, "h2", "insights-title");
  label(title, "insights.title");
  const status = append(el, "p", "insights-status");
  status.dataset.testid = "insights-status";
  status.setAttribute("role", "status");
  const list = append(el, "ul", "insights-list");
  mountTheorySummary(el, store, controller);
  let shown: Pick<ViewState, "scenario" | "summary" | "locale" | "finished"> | null = null;

  store.subscribe((s) => {
    if (
      shown === null ||
      shown.scenario !== s.scenario ||
      shown.summary !== s.summary ||
      shown.locale !== s.locale ||
      shown.finished !== s.finished
    ) {
      shown = { scenario: s.scenario, summary: s.summary, locale: s.locale, finished: s.finished };
      render(s);
    }
    for (const button of list.querySelectorAll<HTMLButtonElement>(".insight")) {
      button.setAttribute("aria-pressed", String(button.dataset.component === s.selected));
    }
  });

  function render(s: ViewState): void {
    list.replaceChildren();
    if (s.scenario === null || s.summary === null) {
      status.textContent = t("insights.waiting");
      return;
    }
    const findings = insightsOf(s.scenario, s.summary);
    status.textContent =
      findings.length === 0 ? t("insights.none") : s.finished ? "" : t("insights.live");
    for (const f of findings) item(f, s);
  }

  function item(f: Finding, s: ViewState): void {
    const scenario = s.scenario!;
    const li = append(list, "li", "insights-item");
    const button = append(li, "button", `insight insight--${f.severity}`) as HTMLButtonElement;
    button.type = "button";
    button.dataset.kind = f.kind;
    button.dataset.component = f.component;
    button.dataset.severity = f.severity;
    const component = scenario.components.find((c) => c.id === f.component);
    const name = component?.label === undefined ? f.component : localize(component.label, s.locale);
    button.title = t("insights.select", { name });
    append(button, "span", "insight-severity").textContent = t(`insights.severity.${f.severity}`);
    // Component names are scenario text: set as text, never as markup.
    append(button, "span", "insight-text").textContent = describe(f, scenario, s.locale);
    button.addEventListener("click", () => controller.select(f.component));
  }
}

function append(parent: Element, tag: string, className: string): HTMLElement {
  const el = document.createElement(tag);
  el.className = className;
  parent.append(el);
  return el;
}
