/**
 * The page: a header (scenario name, preset picker, look), the run's controls, the banner, and
 * the views (topology and inspector side by side, charts, summary table, scenario editor). It
 * opens on the scenario the user had, or else the default preset, and runs it at once.
 */
import { select } from "d3";
import { localize } from "../scenario/text";
import { mountCharts } from "./charts/index";
import { CompareController } from "./compare/compare-controller";
import { mountComparePanel } from "./compare/compare-panel";
import { mountVariantBar } from "./compare/variant-bar";
import { VariantsController } from "./compare/variants-controller";
import type { Controller } from "./controller";
import { mountControls, stepOnce, togglePlay } from "./controls";
import { mountEditor } from "./editor/index";
import { mountFilesMenu } from "./files/files-menu";
import { mountFingerprint } from "./fingerprint";
import { label, type MessageKey } from "./i18n/index";
import { mountInsightsPanel } from "./insights-panel";
import { mountInspector } from "./inspector";
import { mountIntro } from "./intro";
import { applyLocale, mountLanguagePicker, openingLocale } from "./language";
import { mountMessages } from "./messages";
import { defaultPreset, mountPresetPicker, PRESETS } from "./presets";
import { markerWatchers, mountRecoveryOffer, RunMarker } from "./recovery";
import { mountRunProgress } from "./run-progress";
import { mountScenarioPanel } from "./scenario-panel";
import { mountShare } from "./share/index";
import { mountPresenterQr } from "./share/qr-dialog";
import type { Store } from "./store";
import { mountSummaryTable } from "./summary-table";
import { SweepController } from "./sweep/sweep-controller";
import { mountSweepPanel } from "./sweep/sweep-panel";
import { applyLook, initialLook, setLook } from "./theme";
import { mountTopology } from "./topology/index";
import { mountWaterfall } from "./waterfall/view";
import { mountWorkshop } from "./workshop/index";
import "./styles.css";
import "./phone.css";
import "./recovery.css";
import { appendButton } from "./button";

export const APP_NAME = "archsim";

const SHORTCUTS: [keys: string[], what: MessageKey][] = [
  [["Space"], "help.playPause"],
  [["."], "help.step"],
  [["Ctrl", "Enter"], "help.loadText"],
  [["Ctrl", "Z"], "editor.help.undo"],
  [["Ctrl", "Shift", "Z"], "editor.help.redo"],
  [["Delete"], "editor.help.delete"],
  [["Shift"], "editor.help.connect"],
  [["← ↑ → ↓"], "editor.help.nudge"],
  [["P"], "workshop.help.present"],
  [["?"], "help.toggle"],
  [["Esc"], "help.close"],
];

export function mountApp(root: HTMLElement, store: Store, controller: Controller): void {
  const storage = localStorageOrNull();
  const html = document.documentElement;
  const prefersDark = globalThis.matchMedia?.("(prefers-color-scheme: dark)").matches ?? false;
  applyLook(initialLook(storage, prefersDark), store, html);
  applyLocale(openingLocale(storage), store, html);
  // Read before anything marks it; its first watcher goes before the views (recovery.ts).
  const marker = new RunMarker(storage);
  const watch = markerWatchers(marker);
  store.subscribe(watch.before);

  const app = select(root).attr("class", "app");
  const header = app.append("header").attr("class", "app-header");
  header.append("h1").attr("class", "app-title").text(APP_NAME);
  const scenarioName = header
    .append("p")
    .attr("class", "scenario-name")
    .attr("data-testid", "scenario-name");
  const tools = header.append("div").attr("class", "header-tools");
  mountPresetPicker(tools.append("div").node()!, store, controller);
  const workshopTools = tools.append("div").attr("class", "header-tools").node()!;
  const shareTools = tools.append("div").attr("class", "share-tools");
  mountLanguagePicker(tools.append("div").node()!, store, html, storage);
  const themeButton = appendButton(tools, {
    text: "app.darkTheme",
    testId: "theme-toggle",
    onClick: () =>
      setLook({ theme: store.state.theme === "dark" ? "light" : "dark" }, store, html, storage),
  });
  const largeButton = appendButton(tools, {
    text: "app.largeType",
    title: "app.largeType.title",
    testId: "large-type-toggle",
    onClick: () => setLook({ largeType: !store.state.largeType }, store, html, storage),
  });
  const toggleHelp = mountHelp(tools.append("div").attr("class", "help").node()!);

  const intro = app.append("div").node()!;
  const controls = app.append("section");
  mountControls(controls.node()!, store, controller);
  mountFingerprint(controls.append("div").node()!, store);
  mountRunProgress(controls.append("div").node()!, store, controller);
  const messages = app.append("div").node()!;
  const linkBanner = app.append("div").node()!;
  // Before the opening load below, so the variants kept in storage are there to receive it.
  const variants = new VariantsController(store, controller, storage);
  // In the controls' row rather than a panel of its own: one tab and a button need no more,
  // and the topology starts higher on a 720 px projector.
  mountVariantBar(controls.append("nav").node()!, store, variants);
  mountComparePanel(app.append("section").node()!, store, new CompareController(store, controller));

  const workspace = app.append("main").attr("class", "workspace");
  const view = (tag: string, name: string, key: MessageKey) => {
    const el = workspace
      .append(tag)
      .attr("class", `panel view-${name}`)
      .attr("data-view", name)
      .node() as HTMLElement;
    label(el, key, undefined, "aria-label");
    return el;
  };
  const editor = mountEditor(store, controller);
  mountTopology(view("section", "topology", "view.topology"), store, controller, editor);
  mountInspector(view("aside", "inspector", "view.inspector"), store, controller, editor);
  const charts = view("section", "charts", "view.charts");
  mountCharts(charts, store, controller);
  mountWaterfall(charts, store, controller);
  mountSummaryTable(view("section", "summary", "view.summary"), store, controller);
  mountInsightsPanel(view("section", "insights", "insights.view"), store, controller);
  const scenarioPanel = mountScenarioPanel(
    view("section", "scenario", "view.scenario"),
    store,
    controller,
  );
  mountMessages(messages, store, { onIssue: (issue) => scenarioPanel.reveal(issue) });
  variants.unloaded = () => scenarioPanel.unloadedText();
  const presenter = mountWorkshop(workshopTools, workspace.node()!, store, controller);
  mountIntro(intro, presenter.openGallery);
  mountSweepPanel(app.append("section").node()!, store, new SweepController(store, controller));

  let shownName: string | undefined;
  let shownLook = "";
  store.subscribe((state) => {
    const name = state.scenario === null ? "" : localize(state.scenario.name, state.locale);
    if (name !== shownName) {
      shownName = name;
      // Scenario text is untrusted: it reaches the page as text only, never as markup.
      scenarioName.text(name).attr("title", name);
      document.title = name === "" ? APP_NAME : `${name} · ${APP_NAME}`;
    }
    const look = `${state.theme}|${state.largeType}`;
    if (look !== shownLook) {
      shownLook = look;
      themeButton.attr("aria-pressed", String(state.theme === "dark"));
      largeButton.attr("aria-pressed", String(state.largeType));
    }
  });

  document.addEventListener("keydown", (event) => {
    if (event.ctrlKey || event.metaKey || event.altKey || isTextEntry(event.target)) return;
    if (event.key === " ") {
      // A focused button or link answers Space itself.
      if (event.target instanceof HTMLButtonElement || event.target instanceof HTMLAnchorElement)
        return;
      event.preventDefault();
      void togglePlay(store, controller);
    } else if (event.key === ".") {
      event.preventDefault();
      void stepOnce(store, controller);
    } else if (event.key === "?") {
      toggleHelp();
    } else if (event.key === "p" || event.key === "P") {
      presenter.toggle();
    } else if (event.key === "Escape") {
      toggleHelp(false);
    }
  });

  const links = mountShare(
    shareTools.append("div").node()!,
    linkBanner,
    store,
    controller,
    PRESETS,
  );
  mountFilesMenu(shareTools.append("div").node()!, store, controller, links);
  presenter.addHeadTool(mountPresenterQr(app.append("div").node()!, store, links));
  store.subscribe(watch.after);
  const first = () => controller.savedScenario() ?? defaultPreset()?.text;
  if (marker.leftOver) {
    mountRecoveryOffer(app.insert("div", () => linkBanner.nextSibling as Element).node()!, {
      openPaused: () => links.open(first(), { paused: true }),
      discard: () => {
        controller.forget();
        marker.clear();
        history.replaceState(null, "", location.pathname + location.search);
        links.open(defaultPreset()?.text);
      },
    });
  } else {
    // After the first frame: the page is drawn and answers before the scenario starts.
    requestAnimationFrame(() => setTimeout(() => links.open(first())));
  }
}

/** The "?" button and its panel of keyboard shortcuts; returns the function that toggles it. */
function mountHelp(el: HTMLElement): (open?: boolean) => void {
  const root = select(el);
  const button = appendButton(root, { title: "help.button.title", testId: "help-toggle" })
    .attr("aria-expanded", "false")
    .attr("aria-controls", "help-panel")
    .text("?");
  const panel = root
    .append("div")
    .attr("id", "help-panel")
    .attr("class", "help-panel")
    .attr("role", "dialog")
    .call((p) => label(p.node()!, "help.title", undefined, "aria-label"))
    .property("hidden", true);
  label(panel.append("h2").node()!, "help.heading");
  const list = panel.append("dl");
  for (const [keys, what] of SHORTCUTS) {
    const dt = list.append("dt");
    keys.forEach((key, i) => {
      if (i > 0) dt.append("span").text(" + ");
      dt.append("kbd").text(key);
    });
    label(list.append("dd").node()!, what);
  }
  const toggle = (open = panel.property("hidden") as boolean) => {
    panel.property("hidden", !open);
    button.attr("aria-expanded", String(open));
  };
  button.on("click", () => toggle());
  return toggle;
}

function isTextEntry(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (!(target instanceof HTMLInputElement)) return false;
  return !["button", "checkbox", "radio", "range", "reset", "submit"].includes(target.type);
}

function localStorageOrNull(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}
