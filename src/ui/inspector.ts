/**
 * The inspector: the selected component's configuration, its live figures and the what-ifs to
 * try on the running simulation. The panel is rebuilt only when the selection or the scenario
 * changes; probe rows update the figures' text in place, so a slider keeps its value (and the
 * user's grip) while snapshots arrive thirty times a second. A fault's button stays pressed,
 * counting down, while that fault is in force, and a click on it then applies nothing: the engine
 * would compound the two (inspector/fault-windows.ts).
 */
import "./inspector/inspector.css";
import { localize } from "../scenario/text";
import type { Component } from "../scenario/types";
import type { LiveAction } from "../sim/actions";
import type { Controller } from "./controller";
import { isJsonObject } from "./editor/json";
import { componentsOf, idOf } from "./editor/refs";
import type { EditorSession } from "./editor/session";
import type { MessageKey } from "./i18n/catalogue";
import { t } from "./i18n/index";
import { mountEditSection } from "./inspector/edit-section";
import { type FaultAction, type FaultStanding, FaultWindows } from "./inspector/fault-windows";
import { mountReplicaTable, type ReplicaTable } from "./inspector/replica-table";
import { type FaultWhatIf, type SliderWhatIf, whatIfsFor } from "./inspector/what-ifs";
import type { Restore } from "./inspector/zone-what-if";
import { stoppedText } from "./stopped";
import type { Store, ViewState } from "./store";
import { mountTheoryView } from "./theory-view";
import { type Figures, figuresOf } from "./topology/figures";
import { formatSeconds, typeName } from "./topology/format";
import { type Reading, readout } from "./topology/readout";

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
  const faults = new FaultWindows();
  let shown: {
    component: Component | null;
    /** The selected component as the editor's document has it, when the run does not have it. */
    drafted: unknown;
    scenario: ViewState["scenario"];
    locale: ViewState["locale"];
  } | null = null;
  let live: Live | null = null;

  store.subscribe((s) => {
    const component = s.scenario?.components.find((c) => c.id === s.selected) ?? null;
    const drafted =
      component === null && s.draft !== null
        ? componentsOf(s.draft.doc).find((c) => idOf(c) === s.selected)
        : undefined;
    if (shown === null || s.scenario !== shown.scenario) {
      applied.clear();
      faults.clear();
    }
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
      liveReadings(component, figuresOf(s.layout, s.latest, component.id)).forEach((r, i) => {
        const dd = live!.dd[i];
        if (dd !== undefined && dd.textContent !== r.text) dd.textContent = r.text;
        live!.rows[i]?.classList.toggle("alarm", r.alarm);
      });
      for (const b of live.buttons) showFault(b, s);
      live.replicas?.update(s.summary?.components[component.id]);
    }
  });

  /** Where a fault stands in the run `s` shows; a finished run has nothing in force. */
  function standingOf(action: FaultAction, s: ViewState): FaultStanding {
    return s.finished ? { state: "free" } : faults.standing(action, s.markers, s.time);
  }

  /** The time a fault has left, as shown: whole seconds, counting down to 1 s. */
  function timeLeft(standing: FaultStanding, action: FaultAction, now: number): string {
    const left = standing.state === "active" ? standing.until - now : action.duration;
    return formatSeconds(Math.ceil(left));
  }

  function showFault(b: FaultButton, s: ViewState): void {
    const standing = standingOf(b.action, s);
    const pressed = standing.state !== "free";
    const text = pressed ? b.what.active(timeLeft(standing, b.action, s.time)) : b.what.label;
    if (b.button.textContent !== text) b.button.textContent = text;
    if (b.button.getAttribute("aria-pressed") !== String(pressed)) {
      b.button.setAttribute("aria-pressed", String(pressed));
    }
    if (b.restore !== null && b.restore.hidden !== (standing.state !== "active")) {
      // Hiding the focused button would drop the focus to the page: it goes to the fault's.
      if (standing.state !== "active" && document.activeElement === b.restore) b.button.focus();
      b.restore.hidden = standing.state !== "active";
    }
  }

  function render(c: Component | null, locale: ViewState["locale"], drafted: unknown): Live | null {
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
    const dd = liveReadings(c, null).map((r) => {
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
    const say = (text: string, refused: boolean): void => {
      status.classList.toggle("inspector-status--refused", refused);
      status.textContent = text;
    };
    const report = async (what: string, action: LiveAction): Promise<boolean> => {
      const time = store.state.time;
      const ok = await controller.act(action);
      say(
        ok
          ? t("inspector.applied", { what, time: formatSeconds(time) })
          : t("inspector.refused", {
              what,
              reason:
                store.state.notice ??
                (store.state.error === null ? "" : stoppedText(store.state.error)),
            }).trim(),
        !ok,
      );
      return ok;
    };
    const buttons: FaultButton[] = [];
    if (whatIfs.faults.length > 0) {
      const row = append(actions, "div", "inspector-buttons");
      for (const f of whatIfs.faults) {
        const b = faultButton(row, c.id, f, report, say);
        showFault(b, store.state);
        buttons.push(b);
      }
      // Their outcome shows under them, where the click was, in the box's first screen.
      row.after(status);
    }
    for (const w of whatIfs.sliders) slider(actions, c.id, w, report);
    if (whatIfs.none !== null) append(actions, "p", "inspector-none").textContent = whatIfs.none;
    // Last: the what-if buttons stay in the box's first screen at 1280×720 above it.
    const replicas =
      c.type === "server" && c.replicas > 1 ? mountReplicaTable(root, c.replicas) : null;
    return { dd, rows, buttons, replicas };
  }

  function faultButton(
    parent: HTMLElement,
    target: string,
    f: FaultWhatIf,
    report: (what: string, action: LiveAction) => Promise<boolean>,
    say: (text: string, refused: boolean) => void,
  ): FaultButton {
    const button = append(parent, "button", "button");
    button.setAttribute("type", "button");
    button.dataset.action = f.kind;
    button.dataset.target = target;
    button.title = f.title;
    const b: FaultButton = {
      button,
      what: f,
      action: f.action(target),
      restore: f.restore === undefined ? null : restoreButton(parent, f.restore, report),
    };
    button.addEventListener("click", async () => {
      const standing = standingOf(b.action, store.state);
      if (standing.state !== "free") {
        const left = timeLeft(standing, b.action, store.state.time);
        say(t("inspector.inForce", { what: f.label, left }), false);
        return;
      }
      faults.ask(b.action, store.state.markers);
      showFault(b, store.state);
      if (!(await report(f.label, b.action))) faults.forget(b.action);
      showFault(b, store.state);
    });
    return b;
  }

  /** Ends a fault early; shown only while it is in force. */
  function restoreButton(
    parent: HTMLElement,
    restore: Restore,
    report: (what: string, action: LiveAction) => Promise<boolean>,
  ): HTMLButtonElement {
    const button = append(parent, "button", "button");
    button.setAttribute("type", "button");
    button.dataset.action = restore.action.kind;
    button.dataset.target = restore.action.target;
    button.textContent = restore.label;
    button.title = restore.title;
    button.hidden = true;
    // A second click while the first is on its way would be refused: the zone is back by then.
    // Not `disabled`, which would take the focus off the button before it can pass it on.
    let asked = false;
    button.addEventListener("click", async () => {
      if (asked) return;
      asked = true;
      await report(restore.label, restore.action);
      asked = false;
    });
    return button;
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

/** What the store's updates rewrite in place: the live figures and the faults' buttons. */
interface Live {
  dd: HTMLElement[];
  rows: HTMLElement[];
  buttons: FaultButton[];
  /** A replicated server's replicas, from the live summary. */
  replicas: ReplicaTable | null;
}

interface FaultButton {
  button: HTMLButtonElement;
  what: FaultWhatIf;
  action: FaultAction;
  /** What ends the fault early, when it can be. */
  restore: HTMLButtonElement | null;
}

/**
 * The readings the inspector lists: the tooltip's, less the busiest and least busy replicas'
 * figures, which its replica table (busiest first) shows for every replica.
 */
const IN_THE_TABLE = new Set<MessageKey>([
  "reading.hottestReplica",
  "reading.hottestQueue",
  "reading.coolestReplica",
]);

function liveReadings(c: Component, f: Figures | null): Reading[] {
  return readout(c, f).filter((r) => !IN_THE_TABLE.has(r.key));
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
