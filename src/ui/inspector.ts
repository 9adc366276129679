/**
 * The inspector: the selected component's configuration, its live figures and the what-ifs to
 * try on the running simulation. The panel is rebuilt only when the selection or the scenario
 * changes; probe rows update the figures' text in place, so a slider keeps its value (and the
 * user's grip) while snapshots arrive thirty times a second.
 */
import "./inspector/inspector.css";
import { localize } from "../scenario/text";
import type { Component } from "../scenario/types";
import type { LiveAction } from "../sim/actions";
import type { Controller } from "./controller";
import { isJsonObject } from "./editor/json";
import { componentsOf, idOf } from "./editor/refs";
import type { EditorSession } from "./editor/session";
import { t } from "./i18n/index";
import { mountEditSection } from "./inspector/edit-section";
import { type FaultWhatIf, type SliderWhatIf, whatIfsFor } from "./inspector/what-ifs";
import { stoppedText } from "./stopped";
import type { Store, ViewState } from "./store";
import { mountTheoryView } from "./theory-view";
import { figuresOf } from "./topology/figures";
import { formatSeconds, typeName } from "./topology/format";
import { readout } from "./topology/readout";

export function mountInspector(
  el: HTMLElement,
  store: Store,
  controller: Controller,
  editor?: EditorSession,
): void {
  const root = append(el, "div", "inspector");
  mountTheoryView(el, store);
  if (editor !== undefined) mountEditSection(el, store, editor);
  /** Slider values applied during this run, by "kind target": the engine keeps them until a restart. */
  const applied = new Map<string, number>();
  let shown: {
    component: Component | null;
    /** The selected component as the editor's document has it, when the run does not have it. */
    drafted: unknown;
    scenario: ViewState["scenario"];
    locale: ViewState["locale"];
  } | null = null;
  let live: { dd: HTMLElement[]; rows: HTMLElement[] } | null = null;

  store.subscribe((s) => {
    const component = s.scenario?.components.find((c) => c.id === s.selected) ?? null;
    const drafted =
      component === null && s.draft !== null
        ? componentsOf(s.draft.doc).find((c) => idOf(c) === s.selected)
        : undefined;
    if (shown === null || s.scenario !== shown.scenario) applied.clear();
    if (
      shown === null ||
      s.scenario !== shown.scenario ||
      component !== shown.component ||
      drafted !== shown.drafted ||
      s.locale !== shown.locale
    ) {
      shown = { component, drafted, scenario: s.scenario, locale: s.locale };
      live = render(component, s.locale, drafted);
    }
    if (component !== null && live !== null) {
      readout(component, figuresOf(s.layout, s.latest, component.id)).forEach((r, i) => {
        const dd = live!.dd[i];
        if (dd !== undefined && dd.textContent !== r.text) dd.textContent = r.text;
        live!.rows[i]?.classList.toggle("alarm", r.alarm);
      });
    }
  });

  function render(
    c: Component | null,
    locale: ViewState["locale"],
    drafted: unknown,
  ): { dd: HTMLElement[]; rows: HTMLElement[] } | null {
    root.replaceChildren();
    if (c === null && isJsonObject(drafted)) {
      // Added in the editor and not running yet (it does not validate): its name and type only.
      const header = append(root, "header", "inspector-header");
      append(header, "p", "inspector-type").textContent = typeName(String(drafted.type));
      append(header, "h2", "inspector-name").textContent = String(drafted.id);
      return null;
    }
    if (c === null) {
      append(root, "p", "inspector-hint").textContent = t("inspector.hint");
      return null;
    }
    const header = append(root, "header", "inspector-header");
    append(header, "p", "inspector-type").textContent = typeName(c.type);
    // Scenario text is untrusted: names go in as text, never as markup.
    const name = c.label === undefined ? c.id : localize(c.label, locale);
    append(header, "h2", "inspector-name").textContent = name;
    if (name !== c.id) append(header, "code", "inspector-id").textContent = c.id;

    section(t("inspector.live"));
    const figures = append(root, "dl", "inspector-list inspector-live");
    const rows: HTMLElement[] = [];
    const dd = readout(c, null).map((r) => {
      const value = item(figures, r.label);
      value.textContent = r.text;
      rows.push(value.parentElement!);
      return value;
    });

    section(t("inspector.whatIf"));
    const whatIfs = whatIfsFor(c);
    const actions = append(root, "div", "inspector-actions");
    const status = append(root, "p", "inspector-status");
    status.setAttribute("role", "status");
    status.setAttribute("aria-live", "polite");
    const report = async (what: string, action: LiveAction): Promise<boolean> => {
      const time = store.state.time;
      const ok = await controller.act(action);
      status.classList.toggle("inspector-status--refused", !ok);
      status.textContent = ok
        ? t("inspector.applied", { what, time: formatSeconds(time) })
        : t("inspector.refused", {
            what,
            reason:
              store.state.notice ??
              (store.state.error === null ? "" : stoppedText(store.state.error)),
          }).trim();
      return ok;
    };
    if (whatIfs.faults.length > 0) {
      const buttons = append(actions, "div", "inspector-buttons");
      for (const f of whatIfs.faults) faultButton(buttons, c.id, f, report);
    }
    for (const w of whatIfs.sliders) slider(actions, c.id, w, report);
    if (whatIfs.none !== null) append(actions, "p", "inspector-none").textContent = whatIfs.none;
    return { dd, rows };
  }

  function faultButton(
    parent: HTMLElement,
    target: string,
    f: FaultWhatIf,
    report: (what: string, action: LiveAction) => Promise<boolean>,
  ): void {
    const button = append(parent, "button", "button");
    button.setAttribute("type", "button");
    button.dataset.action = f.kind;
    button.dataset.target = target;
    button.title = f.title;
    button.textContent = f.label;
    button.addEventListener("click", () => void report(f.label, f.action(target)));
  }

  function slider(
    parent: HTMLElement,
    target: string,
    w: SliderWhatIf,
    report: (what: string, action: LiveAction) => Promise<boolean>,
  ): void {
    const key = `${w.kind} ${target}`;
    const label = append(parent, "label", "inspector-slider");
    append(label, "span", "inspector-slider-name").textContent = w.label;
    const output = append(label, "output", "inspector-slider-value");
    const input = append(label, "input", "inspector-slider-input") as HTMLInputElement;
    input.type = "range";
    input.dataset.action = w.kind;
    input.dataset.target = target;
    input.min = String(w.min);
    input.max = String(w.max);
    input.step = String(w.step);
    const bounds = append(label, "span", "inspector-slider-bounds");
    append(bounds, "span").textContent = w.format(w.min);
    append(bounds, "span").textContent = t("inspector.configured", { value: w.format(w.initial) });
    append(bounds, "span").textContent = w.format(w.max);
    const show = (value: number): void => {
      input.value = String(value);
      output.textContent = w.format(Number(input.value));
    };
    show(applied.get(key) ?? w.initial);
    input.addEventListener("input", () => {
      output.textContent = w.format(Number(input.value));
    });
    input.addEventListener("change", async () => {
      const value = Number(input.value);
      const ok = await report(`${w.label} ${w.format(value)}`, w.action(target, value));
      if (ok) applied.set(key, value);
      else show(applied.get(key) ?? w.initial);
    });
  }

  function section(title: string): void {
    append(root, "h3", "inspector-section").textContent = title;
  }
}

function append<K extends keyof HTMLElementTagNameMap>(
  parent: HTMLElement,
  tag: K,
  className?: string,
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (className !== undefined) el.className = className;
  parent.append(el);
  return el;
}

/** A dt/dd pair in a wrapper (so a row can be marked); returns the dd. */
function item(list: HTMLElement, label: string): HTMLElement {
  const row = append(list, "div");
  append(row, "dt").textContent = label;
  return append(row, "dd");
}
