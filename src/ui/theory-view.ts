/**
 * Theory beside simulation for the selected component, in the inspector: the analytic model
 * that fits it (src/theory/beside.ts) with its figures next to the run's, or why none applies.
 * Rendered when the selection, the scenario, the summary or the language changes.
 */
import "./insights.css";
import type { Scenario } from "../scenario/types";
import type { Summary } from "../sim/summary";
import { type TheoryBeside, theoryBeside } from "../theory/beside";
import type { CacheParams } from "../theory/match/cache";
import type { NetworkParams } from "../theory/match/end-to-end";
import type { StationParams } from "../theory/match/station";
import { figureText, reasonText } from "../theory/match/text";
import { componentNames } from "./component-names";
import { formatNumber, t } from "./i18n/index";
import type { Store, ViewState } from "./store";
import { theoryValue } from "./theory-value";

export function mountTheoryView(parent: HTMLElement, store: Store): void {
  const el = append(parent, "section", "theory-view");
  el.dataset.testid = "theory-view";
  let computed: {
    scenario: Scenario;
    summary: Summary | null;
    changedLive: boolean;
    entries: TheoryBeside[];
  } | null = null;
  let shown: Pick<ViewState, "scenario" | "summary" | "locale" | "selected" | "markers"> | null =
    null;

  store.subscribe((s) => {
    if (
      shown !== null &&
      shown.scenario === s.scenario &&
      shown.summary === s.summary &&
      shown.locale === s.locale &&
      shown.selected === s.selected &&
      shown.markers === s.markers
    )
      return;
    shown = {
      scenario: s.scenario,
      summary: s.summary,
      locale: s.locale,
      selected: s.selected,
      markers: s.markers,
    };
    el.replaceChildren();
    if (s.scenario === null || s.selected === null) return;
    // Live what-ifs change the running system, not the scenario the theory reads.
    const changedLive = s.markers.length > 0;
    if (
      computed === null ||
      computed.scenario !== s.scenario ||
      computed.summary !== s.summary ||
      computed.changedLive !== changedLive
    ) {
      computed = {
        scenario: s.scenario,
        summary: s.summary,
        changedLive,
        entries: theoryBeside(s.scenario, s.summary, changedLive),
      };
    }
    const entry = computed.entries.find((b) => b.component === s.selected);
    if (entry !== undefined) render(entry, s.scenario, s.locale);
  });

  function render(entry: TheoryBeside, scenario: Scenario, locale: ViewState["locale"]): void {
    append(el, "h3", "panel-title").textContent = t("theory.title");
    if (!entry.applies) {
      const reason = reasonText(entry.reason, locale);
      // Component names are scenario text: they reach the page through textContent only.
      append(el, "p", "theory-note").textContent =
        entry.at === undefined
          ? t("theory.noModel", { reason })
          : t("theory.noModelAt", {
              reason,
              at: componentNames(scenario, locale).name(entry.at),
            });
      return;
    }
    el.dataset.model = entry.model;
    append(el, "p", "theory-model").textContent = describeModel(entry, locale);
    if (!entry.stable) append(el, "p", "theory-note").textContent = t("theory.unstable");
    const table = append(el, "table", "theory-table");
    const head = append(append(table, "thead", ""), "tr", "");
    for (const key of ["theory.figure", "theory.theory", "theory.simulated"] as const)
      append(head, "th", "").textContent = t(key);
    const body = append(table, "tbody", "");
    for (const row of entry.rows) {
      const tr = append(body, "tr", "");
      tr.dataset.figure = row.figure;
      append(tr, "th", "").textContent = figureText(row.figure, locale);
      append(tr, "td", "theory-value").textContent = theoryValue(row.figure, row.theory, locale);
      append(tr, "td", "simulated-value").textContent =
        row.simulated === null ? "–" : theoryValue(row.figure, row.simulated, locale);
    }
  }
}

function describeModel(
  entry: TheoryBeside & { applies: true },
  locale: ViewState["locale"],
): string {
  if (entry.model === "LRU (Che)") {
    const p = entry.params as CacheParams;
    return t("theory.cacheModel", {
      model: entry.model,
      capacity: p.capacity,
      keys: p.keys,
      zipf: p.zipf,
    });
  }
  if (entry.model === "Jackson network") {
    const p = entry.params as NetworkParams;
    return t("theory.networkModel", {
      model: entry.model,
      rate: formatNumber(p.arrivalRate, locale, 2),
      stations: p.path.length,
    });
  }
  const p = entry.params as StationParams;
  const room = p.capacity === undefined ? "" : t("theory.room", { capacity: p.capacity });
  const arrivals =
    p.arrivalScv !== undefined
      ? t("theory.h2Arrivals", { scv: formatNumber(p.arrivalScv, locale, 2) })
      : p.batch !== undefined
        ? t("theory.batchArrivals", { mean: formatNumber(p.batch.mean, locale, 2) })
        : "";
  return (
    t("theory.queueModel", {
      model: entry.model,
      rate: formatNumber(p.arrivalRate, locale, 2),
      servers: p.servers,
      service: theoryValue("meanWait", p.meanService, locale),
    }) +
    room +
    arrivals
  );
}

function append(parent: Element, tag: string, className: string): HTMLElement {
  const el = document.createElement(tag);
  if (className !== "") el.className = className;
  parent.append(el);
  return el;
}
