/**
 * The sweep panel: pick a parameter of the current scenario, a range, replications and an
 * optional SLO; run on several Web Workers with progress and cancel; then throughput and latency
 * percentiles against the parameter with 95% bands, the saturation knee and the SLO line, and
 * both read off in words.
 */
import "../compare/compare.css";
import { select } from "d3";
import type { Scenario } from "../../scenario/types";
import type { SweepResult } from "../../sim/sweep/analyze";
import { appendButton } from "../button";
import { XYChartGrid } from "../compare/xy-chart-grid";
import { formatNumber, label, t } from "../i18n/index";
import type { Store, ViewState } from "../store";
import { defaultValues, pickedParameter, type SweepParameter, sweepParameters } from "./parameters";
import { drawPointsTable } from "./points-table";
import type { SweepController } from "./sweep-controller";
import { sweepProblemText, sweepWarningText } from "./sweep-problem";
import { sweepPanels } from "./sweep-series";

const DEFAULT_REPLICATIONS = 5;

export function mountSweepPanel(el: HTMLElement, store: Store, sweep: SweepController): void {
  const root = select(el).attr("class", "panel sweep-panel").attr("data-testid", "sweep-panel");
  label(root.node()!, "sweep.title", undefined, "aria-label");
  label(root.append("h2").attr("class", "panel-title").node()!, "sweep.title");
  label(root.append("p").attr("class", "label").node()!, "sweep.intro");

  const form = root.append("div").attr("class", "compare-actions sweep-form");
  const field = (key: Parameters<typeof label>[1]) => {
    const wrap = form.append("label").attr("class", "label");
    label(wrap.append("span").node()!, key);
    return wrap;
  };
  const picker = field("sweep.parameter")
    .append("select")
    .attr("class", "field")
    .attr("data-testid", "sweep-parameter");
  const values = field("sweep.values")
    .append("input")
    .attr("class", "field sweep-values")
    .attr("data-testid", "sweep-values")
    .attr("spellcheck", "false");
  label(values.node()!, "sweep.values.title", undefined, "title");
  const replications = field("sweep.replications")
    .append("input")
    .attr("type", "number")
    .attr("class", "field compare-count")
    .attr("data-testid", "sweep-replications")
    .attr("min", 1)
    .attr("step", 1)
    .property("value", String(DEFAULT_REPLICATIONS));
  const slo = field("sweep.slo")
    .append("input")
    .attr("class", "field sweep-slo")
    .attr("data-testid", "sweep-slo")
    .attr("spellcheck", "false")
    .attr("placeholder", "p99<0.25");
  label(slo.node()!, "sweep.slo.title", undefined, "title");
  const run = appendButton(form, { text: "sweep.run", testId: "run-sweep", primary: true });
  const cancel = appendButton(form, {
    text: "sweep.cancel",
    testId: "cancel-sweep",
    onClick: () => sweep.cancel(),
  });
  const status = root
    .append("div")
    .attr("class", "label sweep-status")
    .attr("data-testid", "sweep-status")
    .attr("role", "status");
  const reading = root
    .append("div")
    .attr("class", "sweep-reading")
    .attr("data-testid", "sweep-reading");
  const grid = new XYChartGrid(root.node()!, "sweep-charts", () => render(store.state));
  const points = root
    .append("div")
    .attr("class", "table-scroll")
    .append("table")
    .attr("class", "summary-table comparison-table")
    .attr("data-testid", "sweep-points");

  let parameters: SweepParameter[] = [];
  run.on("click", () => {
    void sweep.run({
      param: picker.property("value") as string,
      values: values.property("value") as string,
      replications: Number(replications.property("value")),
      slo: slo.property("value") as string,
    });
  });
  picker.on("change", () => {
    const p = parameters.find((x) => x.path === picker.property("value"));
    if (p !== undefined) values.property("value", defaultValues(p));
  });

  let shownScenario: Scenario | null | undefined;
  let shownLocale = "";
  let drawn: unknown[] = [];
  const render = (state: ViewState) => {
    if (state.scenario !== shownScenario || state.locale !== shownLocale) {
      const before = picker.property("value") as string;
      shownScenario = state.scenario;
      shownLocale = state.locale;
      const previous = parameters;
      parameters = sweepParameters(state.scenario);
      picker
        .selectAll("option")
        .data(parameters, (p) => (p as SweepParameter).path)
        .join("option")
        .attr("value", (p) => p.path)
        .text((p) => t("sweep.option", { name: parameterName(p), value: p.value }));
      const kept = pickedParameter(before, previous, parameters);
      picker.property("value", kept?.path ?? "");
      if (kept !== undefined && kept.path !== before) values.property("value", defaultValues(kept));
      picker.property("disabled", parameters.length === 0);
    }
    const s = state.sweep;
    const inputs = [s, state.locale, state.largeType, grid.width, parameters];
    if (inputs.every((v, i) => v === drawn[i])) return;
    drawn = inputs;
    const busy = s.status === "running";
    run.property("disabled", busy || parameters.length === 0);
    cancel.property("hidden", !busy);
    status.selectAll("*").remove();
    if (parameters.length === 0) status.append("p").text(t("sweep.noParameter"));
    if (busy)
      status
        .append("p")
        .text(t("sweep.progress", { done: s.done, total: s.total, workers: s.workers }));
    if (s.status === "cancelled") status.append("p").text(t("sweep.cancelled"));
    status
      .selectAll("p.sweep-warning")
      .data(s.warnings)
      .join("p")
      .attr("class", "sweep-warning compare-stale")
      .attr("data-testid", "sweep-warning")
      .text(sweepWarningText);
    if (s.status === "failed") {
      status.append("p").attr("class", "compare-error").text(t("sweep.failed"));
      status
        .append("ul")
        .attr("class", "issue-list")
        .selectAll("li")
        .data(s.problems)
        .join("li")
        .text(sweepProblemText);
    }
    const result = s.status === "done" ? s.result : null;
    // The parameter as the picker names it ("users · rate (req/s)"), its path if it is gone.
    const swept = parameters.find((p) => p.path === result?.param);
    const name = swept === undefined ? (result?.param ?? "") : parameterName(swept);
    drawReading(reading, result, s.seed, name);
    drawPointsTable(points, result, name);
    const panels = result === null ? [] : sweepPanels(result, s.slos, name, (k, p) => t(k, p));
    grid.render(panels, state.largeType);
  };
  store.subscribe(render);
}

function parameterName(p: SweepParameter): string {
  return t("sweep.parameterName", { component: p.component, field: t(p.field) });
}

/** The knee and the SLO in words, under the form. */
function drawReading(
  el: ReturnType<typeof select<HTMLDivElement, unknown>>,
  result: SweepResult | null,
  seed: string,
  param: string,
): void {
  el.selectAll("*").remove();
  if (result === null) return;
  el.append("p")
    .attr("class", "label")
    .text(
      t("sweep.caption", {
        values: result.values.length,
        replications: result.replications,
        seed,
      }),
    );
  const knee = result.knee;
  el.append("p")
    .attr("data-testid", "sweep-knee")
    .text(
      knee === null
        ? t("sweep.knee.none")
        : t(knee.reason === "throughput" ? "sweep.knee.throughput" : "sweep.knee.latency", {
            param,
            value: formatNumber(knee.value, undefined, 6),
          }),
    );
  if (result.slo !== undefined) {
    const objectives = result.slo.objectives.join(", ");
    const last = result.slo.lastMeeting;
    el.append("p")
      .attr("data-testid", "sweep-slo-reading")
      .text(
        last === null
          ? t("sweep.slo.never", { slo: objectives })
          : t("sweep.slo.met", { slo: objectives, param, value: formatNumber(last, undefined, 6) }),
      );
  }
}
