/**
 * The request waterfall: one sampled request, each hop a row with its network, queue wait,
 * service and the time it waited for its own calls on the request's time axis, retries, hedges
 * and timeouts included. It opens from a click on the latency chart (the request of that moment
 * nearest the latency clicked) or from "Show a slow request" (the slowest of the sample), and
 * reads the same sample that Files → Traces exports, asked of the worker when it opens.
 * Bars are drawing only (aria-hidden): each row says its figures in words.
 */
import "./waterfall.css";
import { select } from "d3";
import { failureKind } from "../../sim/outcome";
import type { SampledRequest, TraceSample } from "../../sim/trace/sample";
import { appendButton } from "../button";
import type { Controller } from "../controller";
import { label, type MessageKey, t } from "../i18n/index";
import type { Store } from "../store";
import { formatDuration } from "./duration";
import { layoutWaterfall, nearest, slowest, type Waterfall, type WaterfallRow } from "./layout";
import { onRequestPick } from "./pick";

const SEGMENTS = ["network", "queue", "service", "waiting"] as const;

export function mountWaterfall(el: HTMLElement, store: Store, controller: Controller): void {
  const section = select(el)
    .append("section")
    .attr("class", "waterfall")
    .attr("data-testid", "waterfall")
    .attr("aria-labelledby", "waterfall-heading");
  label(section.append("h2").attr("id", "waterfall-heading").node()!, "waterfall.heading");
  const bar = section.append("p").attr("class", "waterfall-hint");
  label(bar.append("span").node()!, "waterfall.hint");
  appendButton(bar, {
    text: "waterfall.slowest",
    testId: "waterfall-slowest",
    onClick: () => void show((sample) => slowest(sample)),
  });
  const body = section.append("div").attr("class", "waterfall-body").property("hidden", true);

  let shown: { sample: TraceSample; request: SampledRequest } | null = null;
  let message: MessageKey | null = null;

  const render = () => {
    body.selectAll("*").remove();
    body.property("hidden", shown === null && message === null);
    if (message !== null) {
      label(body.append("p").attr("class", "waterfall-note").node()!, message);
      return;
    }
    if (shown === null) return;
    draw(body.node()!, layoutWaterfall(shown.sample, shown.request), shown.sample, () => {
      shown = null;
      render();
      (section.select("button").node() as HTMLElement).focus();
    });
  };

  const show = async (choose: (sample: TraceSample) => SampledRequest | null) => {
    const sample = await controller.traces();
    const request = sample === null ? null : choose(sample);
    shown = sample === null || request === null ? null : { sample, request };
    message = shown === null ? "traces.none" : null;
    render();
    const summary = body.select<HTMLElement>(".waterfall-summary").node() ?? body.node()!;
    summary.focus({ preventScroll: true });
    section.node()!.scrollIntoView({ block: "nearest" });
  };

  onRequestPick(document, (pick) => {
    // Within two probe intervals of the time clicked: about what one point of the chart holds.
    const window = 2 * store.state.probeInterval;
    void show((sample) => nearest(sample, pick.time, pick.latency, window));
  });

  // A new run makes the request shown one of another run's; the language redraws the words.
  let run = store.state.scenario;
  let seed = store.state.seed;
  let locale = store.state.locale;
  store.subscribe((state) => {
    if (state.scenario !== run || state.seed !== seed) {
      run = state.scenario;
      seed = state.seed;
      shown = null;
      message = null;
      render();
    } else if (state.locale !== locale) {
      locale = state.locale;
      render();
    }
  });
}

function draw(body: HTMLElement, w: Waterfall, sample: TraceSample, close: () => void): void {
  const root = select(body);
  const head = root.append("div").attr("class", "waterfall-head");
  const r = w.request;
  const rootHop = r.hops[0];
  const attempts = r.hops.filter((h) => h.parent === 0 && h.kind === "call").length;
  const hedges = r.hops.filter((h) => h.parent === 0 && h.kind === "hedge").length;
  const parts = [
    t("waterfall.request", {
      seq: String(r.seq),
      client: sample.components[rootHop.component],
      time: formatDuration(rootHop.sent),
      latency: formatDuration(rootHop.returned - rootHop.sent),
      outcome: outcomeText(rootHop.outcome),
    }),
  ];
  if (attempts > 1) parts.push(t("waterfall.retries", { count: String(attempts - 1) }));
  if (hedges > 0) parts.push(t("waterfall.hedges", { count: String(hedges) }));
  head
    .append("p")
    .attr("class", "waterfall-summary")
    .attr("tabindex", "-1")
    .attr("data-testid", "waterfall-summary")
    .text(parts.join(" · "));
  appendButton(head, { text: "waterfall.close", testId: "waterfall-close", onClick: close });
  root
    .append("p")
    .attr("class", "waterfall-note")
    .text(
      t("waterfall.sample", {
        kept: String(sample.requests.length),
        offered: String(sample.offered),
      }),
    );

  const legend = root.append("ul").attr("class", "waterfall-legend");
  for (const kind of [...SEGMENTS, "abandoned"] as const) {
    const item = legend.append("li");
    item.append("span").attr("class", `wf-swatch wf-${kind}`).attr("aria-hidden", "true");
    item.append("span").text(t(`waterfall.legend.${kind}`));
  }

  const span = Math.max(w.end - w.start, 1e-9);
  const at = (time: number) => `${(100 * (time - w.start)) / span}%`;
  const axis = root
    .append("div")
    .attr("class", "waterfall-axis")
    .attr("aria-label", t("waterfall.axis"))
    .attr("role", "img");
  const axisTrack = axis.append("div").attr("class", "wf-track");
  for (const f of [0, 0.25, 0.5, 0.75, 1]) {
    axisTrack
      .append("span")
      .attr("class", "wf-tick")
      .style("left", `${100 * f}%`)
      .text(formatDuration(f * span));
  }

  const list = root
    .append("ol")
    .attr("class", "waterfall-rows")
    .attr("aria-label", t("waterfall.heading"));
  for (const row of w.rows) {
    const item = list
      .append("li")
      .attr("class", `wf-row${row.hop.outcome > 0 ? " failed" : ""}`)
      .attr("data-testid", "waterfall-row");
    const name = item.append("div").attr("class", "wf-name").style("--depth", String(row.depth));
    name.append("span").attr("class", "wf-component").text(rowName(row));
    name.append("span").attr("class", "wf-kind").text(kindText(row));
    const track = item.append("div").attr("class", "wf-track").attr("aria-hidden", "true");
    for (const s of row.segments) {
      track
        .append("span")
        .attr("class", `wf-seg wf-${s.kind}`)
        .style("left", at(s.from))
        .style("width", `${(100 * (s.to - s.from)) / span}%`);
    }
    if (row.hop.abandoned >= 0)
      track
        .append("span")
        .attr("class", "wf-mark wf-abandoned")
        .style("left", at(row.hop.abandoned));
    item.append("div").attr("class", "wf-figures").text(figures(row, w.start));
  }
}

function rowName(row: WaterfallRow): string {
  return row.hop.instance >= 0
    ? t("waterfall.replica", { component: row.component, n: String(row.hop.instance) })
    : row.component;
}

function kindText(row: WaterfallRow): string {
  const kind = t(`waterfall.kind.${row.hop.kind}`);
  return row.hop.attempt > 0
    ? `${kind} · ${t("waterfall.attempt", { n: String(row.hop.attempt) })}`
    : kind;
}

function outcomeText(outcome: number): string {
  return outcome < 0
    ? t("waterfall.stillRunning")
    : outcome === 0
      ? t("waterfall.outcome.ok")
      : t(`waterfall.outcome.${failureKind(outcome)}`);
}

/** The row's figures in words: network, queue wait, service, its total and how it ended. */
function figures(row: WaterfallRow, start: number): string {
  const hop = row.hop;
  const words: string[] = [];
  if (row.network >= 0)
    words.push(t("waterfall.figure.network", { value: formatDuration(row.network) }));
  if (row.queue > 0 || hop.started >= 0)
    words.push(t("waterfall.figure.queue", { value: formatDuration(row.queue) }));
  if (row.service > 0 || hop.started >= 0)
    words.push(t("waterfall.figure.service", { value: formatDuration(row.service) }));
  const from = hop.kind === "request" ? hop.sent : hop.arrived >= 0 ? hop.arrived : hop.sent;
  words.push(t("waterfall.figure.total", { value: formatDuration(row.end - from) }));
  let ending = outcomeText(hop.outcome);
  if (hop.outcome > 0 && hop.cause in CAUSES) ending += ` (${causeText(row, hop.cause)})`;
  words.push(ending);
  if (hop.abandoned >= 0)
    words.push(t("waterfall.abandonedAt", { value: formatDuration(hop.abandoned - start) }));
  return words.join(" · ");
}

const CAUSES = { downstream: 1, timeout: 1, lost: 1, partition: 1 };

function causeText(row: WaterfallRow, cause: string): string {
  if (cause === "downstream")
    return t("waterfall.cause.downstream", { component: row.origin ?? "" });
  return t(`waterfall.cause.${cause as "timeout" | "lost" | "partition"}`);
}
