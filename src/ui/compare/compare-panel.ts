/**
 * The comparison view, shown once there are two variants or more: every variant run live side by
 * side on one seed (charts overlaid on shared axes, a colour per variant), and the paired
 * comparison table from replications on common random numbers.
 */
import "./compare.css";
import { select } from "d3";
import type { Speed } from "../../worker/protocol";
import { appendButton } from "../button";
import { formatNumber, label, t } from "../i18n/index";
import type { Store, ViewState } from "../store";
import { type CompareController, signature } from "./compare-controller";
import { MAX_REPLICATIONS } from "./comparison-request";
import { ComparisonTable } from "./comparison-table";
import { liveProblemText } from "./live-problem";
import { livePanels } from "./live-series";
import { DEFAULT_REPLICATIONS } from "./state";
import { tableProblemText } from "./table-problem";
import { XYChartGrid } from "./xy-chart-grid";

/** The side-by-side run's speeds: a comparison is watched fast, or read at the end. */
const SPEEDS: readonly Speed[] = [1, 10, 100, "max"];

export function mountComparePanel(el: HTMLElement, store: Store, compare: CompareController): void {
  const root = select(el).attr("class", "panel compare-panel").attr("data-testid", "compare-panel");
  label(root.node()!, "compare.title", undefined, "aria-label");
  label(root.append("h2").attr("class", "panel-title").node()!, "compare.title");

  // Side by side, live.
  const live = root.append("div").attr("class", "compare-section");
  label(live.append("h3").node()!, "compare.live.heading");
  const liveBar = live.append("div").attr("class", "compare-actions");
  appendButton(liveBar, {
    text: "compare.live.run",
    title: "compare.live.run.title",
    testId: "run-all-variants",
    primary: true,
    onClick: () => void compare.runLive(),
  });
  const pause = appendButton(liveBar, {
    testId: "pause-all-variants",
    onClick: () => {
      const status = store.state.compare.live.status;
      void (status === "running" ? compare.pauseLive() : compare.resumeLive());
    },
  });
  const speeds = liveBar.append("div").attr("class", "segmented").attr("role", "group");
  label(speeds.node()!, "compare.live.speed", undefined, "aria-label");
  const speedButtons = speeds
    .selectAll("button")
    .data(SPEEDS)
    .join("button")
    .attr("type", "button")
    .attr("class", "button")
    .attr("data-compare-speed", (d) => String(d))
    .on("click", (_event, d) => void compare.setLiveSpeed(d));
  const clock = liveBar.append("span").attr("class", "label").attr("data-testid", "compare-clock");
  const liveError = live.append("p").attr("class", "compare-error").attr("role", "alert");
  const emptyNote = live.append("p").attr("class", "label");
  label(emptyNote.node()!, "compare.live.empty");
  const grid = new XYChartGrid(live.node()!, "compare-charts", () => render(store.state));

  // The paired comparison.
  const paired = root.append("div").attr("class", "compare-section");
  label(paired.append("h3").node()!, "compare.table.heading");
  const tableBar = paired.append("div").attr("class", "compare-actions");
  const countLabel = tableBar.append("label").attr("class", "label");
  label(countLabel.append("span").node()!, "compare.table.replications");
  const count = countLabel
    .append("input")
    .attr("type", "number")
    .attr("class", "field compare-count")
    .attr("data-testid", "compare-replications")
    .attr("min", 2)
    .attr("max", MAX_REPLICATIONS)
    .attr("step", 1)
    .property("value", String(DEFAULT_REPLICATIONS));
  const durationLabel = tableBar.append("label").attr("class", "label");
  label(durationLabel.append("span").node()!, "compare.table.duration");
  const duration = durationLabel
    .append("input")
    .attr("type", "number")
    .attr("class", "field compare-duration")
    .attr("data-testid", "compare-duration")
    .attr("min", 0)
    .attr("step", "any");
  label(duration.node()!, "compare.table.duration.placeholder", undefined, "placeholder");
  const runTable = appendButton(tableBar, {
    text: "compare.table.run",
    title: "compare.table.run.title",
    testId: "run-comparison",
    primary: true,
    onClick: () => {
      const typed = (duration.property("value") as string).trim();
      const seconds = typed === "" ? undefined : Number(typed);
      if (seconds !== undefined && !(seconds > 0 && Number.isFinite(seconds))) {
        store.update({ notice: t("compare.table.badDuration") });
        return;
      }
      void compare.compare(Number(count.property("value")), seconds);
    },
  });
  const cancel = appendButton(tableBar, {
    text: "compare.table.cancel",
    testId: "cancel-comparison",
    onClick: () => compare.cancel(),
  });
  const progress = tableBar
    .append("span")
    .attr("class", "label")
    .attr("data-testid", "comparison-status")
    .attr("role", "status");
  const staleNote = paired
    .append("p")
    .attr("class", "compare-stale")
    .attr("data-testid", "comparison-stale")
    .property("hidden", true);
  label(staleNote.node()!, "compare.table.stale");
  const table = new ComparisonTable(paired.node()!);

  let drawn: unknown[] = [];
  const render = (state: ViewState) => {
    const several = state.variants.list.length > 1;
    root.property("hidden", !several);
    if (!several) {
      // Down to one variant: a side-by-side run still going has nothing left to compare.
      if (state.compare.live.status === "running") void compare.pauseLive();
      compare.cancel();
      return;
    }
    const { live: l, table: tb } = state.compare;
    const inputs = [l, tb, state.locale, state.largeType, grid.width, state.variants];
    if (inputs.every((v, i) => v === drawn[i])) return;
    drawn = inputs;

    // Nothing run yet: the two sections side by side in a short panel, so that duplicating a
    // variant does not push the topology it is to be edited in below the fold.
    root.attr("data-idle", l.variants.length === 0 && tb.comparison === null ? "" : null);
    const running = l.status === "running";
    pause
      .property("hidden", l.status === "idle")
      .property("disabled", l.status === "finished")
      .text(t(running ? "compare.live.pause" : "compare.live.resume"));
    speedButtons
      .attr("aria-pressed", (d) => String(d === l.speed))
      .text((d) => (d === "max" ? t("compare.live.max") : `×${formatNumber(d)}`));
    const time = t("compare.live.clock", {
      time: formatNumber(l.time, undefined, 1),
      duration: formatNumber(l.duration, undefined, 1),
      seed: l.seed,
    });
    clock.text(
      l.status === "idle"
        ? ""
        : l.status === "finished"
          ? `${time} · ${t("compare.live.finished")}`
          : time,
    );
    const problem = liveProblemText(l);
    liveError.property("hidden", problem === null).text(problem ?? "");
    emptyNote.property("hidden", l.variants.length > 0);
    grid.render(
      l.variants.length > 0 ? livePanels(l, (key, params) => t(key, params)) : [],
      state.largeType,
    );

    const busy = tb.status === "running";
    runTable.property("disabled", busy);
    cancel.property("hidden", !busy);
    progress.text(
      busy
        ? t("compare.table.progress", { done: tb.done, total: tb.total })
        : tb.status === "cancelled"
          ? t("compare.table.cancelled")
          : (tableProblemText(tb) ?? ""),
    );
    const now = state.variants.list.map(signature);
    const stale =
      tb.comparison !== null &&
      (now.length !== tb.compared.length || now.some((v, i) => v !== tb.compared[i]));
    staleNote.property("hidden", !stale);
    table.render(tb.comparison, tb.seed, tb.duration);
  };
  store.subscribe(render);
}
