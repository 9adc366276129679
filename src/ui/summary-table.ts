/**
 * The summary of the format (requests, throughput, latency, then one row per component), live
 * while the run goes (the worker sends a fresh summary about once a second) and final at its end.
 * The figures are built by pure functions, tested on their own; the view only lays them out.
 * Latency in milliseconds to three significant digits, as the command line prints it, but tiny
 * figures without its scientific notation (number-format.ts).
 */
import "./summary-table.css";
import { select } from "d3";
import type { Scenario } from "../scenario/types";
import { type ComponentSummary, FAILURE_KINDS, type Summary } from "../sim/summary";
import { componentNames } from "./component-names";
import type { Controller } from "./controller";
import { currentLocale, label, type MessageKey, t } from "./i18n/index";
import { DASH, formatCount, formatMs, formatPercent, sig3 } from "./number-format";
import type { Store, ViewState } from "./store";
import { typeName } from "./topology/format";

export type CellState = "ok" | "warn" | "bad";

export interface Figure {
  /** Stable name of the figure (`data-figure`), whatever the language. */
  id: string;
  label: string;
  value: string;
  state?: CellState;
}

export interface Cell {
  text: string;
  state?: CellState;
}

export interface ComponentRow {
  id: string;
  /** What the row calls the component, and its whole name with the id, for the tooltip. */
  name: string;
  title: string;
  kind: string;
  cells: Cell[];
}

export const COMPONENT_COLUMNS: MessageKey[] = [
  "summary.col.utilisation",
  "summary.col.meanQueue",
  "summary.col.meanWait",
  "summary.col.served",
  "summary.col.rejected",
  "summary.col.failed",
  "summary.col.latencyMean",
  "summary.col.p50",
  "summary.col.p99",
  "summary.col.other",
];

/** Utilisation from which a component is close to saturation, and past which it is saturated. */
const BUSY = 0.8;
const SATURATED = 0.95;

/** The run's headline figures, in reading order. */
export function overviewFigures(s: Summary): Figure[] {
  const { requests } = s;
  const answered = requests.completed + requests.failed;
  const failedShare = answered > 0 ? requests.failed / answered : 0;
  const failures = FAILURE_KINDS.filter((k) => requests.failures[k] > 0)
    .map((k) => `${t(`failure.${k}`)} ${formatCount(requests.failures[k])}`)
    .join(", ");
  const figure = (id: string, key: MessageKey, value: string, state?: CellState): Figure =>
    state === undefined ? { id, label: t(key), value } : { id, label: t(key), value, state };
  return [
    figure("generated", "summary.generated", formatCount(requests.generated)),
    figure("completed", "summary.completed", formatCount(requests.completed)),
    figure(
      "failed",
      "summary.failed",
      requests.failed > 0
        ? t("summary.failedShare", {
            count: formatCount(requests.failed),
            share: formatPercent(failedShare),
          })
        : "0",
      requests.failed > 0 ? "bad" : undefined,
    ),
    figure("in flight", "summary.inFlight", formatCount(requests.inFlight)),
    figure("throughput req/s", "summary.throughput", sig3(s.throughput)),
    figure("latency mean ms", "summary.latencyMean", formatMs(s.latency.mean)),
    figure("p50 ms", "summary.p50", formatMs(s.latency.p50)),
    figure("p90 ms", "summary.p90", formatMs(s.latency.p90)),
    figure("p99 ms", "summary.p99", formatMs(s.latency.p99)),
    figure("p99.9 ms", "summary.p999", formatMs(s.latency.p999)),
    figure("max ms", "summary.max", formatMs(s.latency.max)),
    figure("retries", "summary.retries", formatCount(s.retries)),
    figure(
      "failures by kind",
      "summary.failuresByKind",
      failures === "" ? t("summary.none") : failures,
    ),
  ];
}

function cell(value: number | undefined, format: (x: number) => string, state?: CellState): Cell {
  return value === undefined ? { text: DASH } : { text: format(value), state };
}

function utilisationState(u: number | undefined): CellState | undefined {
  if (u === undefined) return undefined;
  return u >= SATURATED ? "bad" : u >= BUSY ? "warn" : undefined;
}

function positive(n: number | undefined, state: CellState): CellState | undefined {
  return n !== undefined && n > 0 ? state : undefined;
}

/**
 * What a component reports beyond the common columns, by kind: load, drops, hits, depth; for a
 * server that `callsOut`, its own figures apart from its callees'.
 */
export function otherFigures(c: ComponentSummary, callsOut = false): string {
  const parts: string[] = [];
  const add = (key: MessageKey, value: number | undefined, format = formatCount) => {
    if (value !== undefined) parts.push(t(key, { value: format(value) }));
  };
  const addIf = (key: MessageKey, value: number | undefined, format = formatCount) => {
    if (value !== undefined && value > 0) parts.push(t(key, { value: format(value) }));
  };
  add("summary.other.offered", c.offered, sig3);
  add("summary.other.cpu", c.cpuUtilization, formatPercent);
  if (callsOut) ownParts(c, parts);
  if (c.hottestReplica !== undefined) {
    parts.push(
      t("summary.other.hottestReplica", {
        replica: c.hottestReplica.replica,
        value: formatPercent(c.hottestReplica.utilization),
      }),
    );
  }
  add("summary.other.retries", c.retries);
  addIf("summary.other.dropped", c.dropped);
  add("summary.other.hitRatio", c.hitRatio, formatPercent);
  addIf("summary.other.coalesced", c.coalesced);
  addIf("summary.other.evictions", c.evictions);
  addIf("summary.other.breakerOpened", c.breakerOpened);
  addIf("summary.other.shortCircuited", c.shortCircuited);
  add("summary.other.meanDepth", c.meanDepth, sig3);
  add("summary.other.maxDepth", c.maxDepth);
  add("summary.other.meanAge", c.meanAge, formatMs);
  addIf("summary.other.redelivered", c.redelivered);
  addIf("summary.other.deadLettered", c.deadLettered);
  add("summary.other.staleness", c.staleness?.mean, formatMs);
  addIf("summary.other.failovers", c.failovers);
  const sent = Object.values(c.sent ?? {});
  if (sent.length > 1) {
    parts.push(
      t("summary.other.sent", {
        min: formatCount(Math.min(...sent)),
        max: formatCount(Math.max(...sent)),
      }),
    );
  }
  const shards = Object.entries(c.shardLoad ?? {});
  const total = shards.reduce((sum, [, n]) => sum + n, 0);
  if (shards.length > 1 && total > 0) {
    const [hottest, n] = shards.reduce((a, b) => (b[1] > a[1] ? b : a));
    parts.push(t("summary.other.hottest", { shard: hottest, value: formatPercent(n / total) }));
  }
  return parts.join(", ");
}

/**
 * The own figures of a server that calls out, where its end-to-end ones include its callees':
 * its own time, and its own rejections and failures when its callees added to them.
 */
function ownParts(c: ComponentSummary, parts: string[]): void {
  const own = c.own;
  if (own === undefined) return;
  parts.push(t("summary.other.ownTime", { value: formatMs(own.meanSojourn) }));
  if (own.rejected !== c.rejected) {
    parts.push(t("summary.other.ownRejected", { value: formatCount(own.rejected) }));
  }
  if (own.failed !== c.failed) {
    parts.push(t("summary.other.ownFailed", { value: formatCount(own.failed) }));
  }
}

/** One row per component, in the scenario's order (then any the scenario does not list). */
export function componentRows(
  s: Summary,
  scenario: Scenario | null,
  names = componentNames(scenario, currentLocale()),
): ComponentRow[] {
  const kinds = new Map(scenario?.components.map((c) => [c.id, c.type]) ?? []);
  const callers = new Set(
    scenario?.components.filter((c) => c.type === "server" && c.calls.length > 0).map((c) => c.id),
  );
  const ids = [...kinds.keys()].filter((id) => id in s.components);
  for (const id of Object.keys(s.components)) if (!kinds.has(id)) ids.push(id);
  return ids.map((id) => {
    const c = s.components[id];
    return {
      id,
      name: names.name(id),
      title: names.title(id),
      kind: kinds.get(id) ?? "",
      cells: [
        cell(c.utilization, formatPercent, utilisationState(c.utilization)),
        cell(c.meanQueue, sig3),
        cell(c.meanWait, formatMs),
        cell(c.served, formatCount),
        cell(c.rejected, formatCount, positive(c.rejected, "warn")),
        cell(c.failed, formatCount, positive(c.failed, "bad")),
        cell(c.latency?.mean, formatMs),
        cell(c.latency?.p50, formatMs),
        cell(c.latency?.p99, formatMs),
        { text: otherFigures(c, callers.has(id)) },
      ],
    };
  });
}

/** What the table's heading says about the figures: still moving, or the run's result. */
export function summaryState(state: Pick<ViewState, "summary" | "finished" | "scenario">): string {
  const s = state.summary;
  if (state.scenario === null) return t("summary.state.none");
  if (s === null) {
    const warmup = state.scenario.warmup;
    return warmup > 0
      ? t("summary.state.warmup", { warmup: sig3(warmup) })
      : t("summary.state.waiting");
  }
  const window = { from: sig3(s.warmup), to: sig3(s.duration) };
  return t(state.finished ? "summary.state.final" : "summary.state.live", window);
}

export function mountSummaryTable(el: HTMLElement, store: Store, controller: Controller): void {
  const root = select(el);
  const head = root.append("div").attr("class", "summary-head");
  label(head.append("h2").attr("class", "panel-title").node()!, "summary.title");
  const stateLine = head
    .append("span")
    .attr("class", "summary-state")
    .attr("data-testid", "summary-state");
  const empty = root.append("p").attr("class", "summary-empty");
  const figures = root
    .append("dl")
    .attr("class", "summary-figures")
    .attr("data-testid", "summary-figures");
  const scroll = root.append("div").attr("class", "table-scroll");
  const table = scroll
    .append("table")
    .attr("class", "summary-table")
    .attr("data-testid", "summary-table");
  label(table.append("caption").node()!, "summary.caption");
  table
    .append("thead")
    .append("tr")
    .selectAll("th")
    .data(["summary.col.component" as MessageKey, ...COMPONENT_COLUMNS])
    .join("th")
    .attr("scope", "col")
    .each(function (key) {
      label(this as HTMLElement, key);
    });
  const body = table.append("tbody");

  let shown: Summary | null | undefined;
  let shownSelected: string | null | undefined;
  let shownState = "";
  let shownLocale = store.state.locale;
  let shownScenario = store.state.scenario;
  // Made once, outside the render: a handler made inside it would keep that render's state (and
  // its whole chart history) alive for as long as the row lives, across restarts.
  const selectRow = (_event: MouseEvent, d: ComponentRow) => controller.select(d.id);
  store.subscribe((state) => {
    const line = summaryState(state);
    if (line !== shownState) {
      // The empty table says it too: a new scenario changes the line before any summary comes.
      stateLine.text(line);
      empty.text(line);
      shownState = line;
    }
    if (
      state.summary === shown &&
      state.selected === shownSelected &&
      state.locale === shownLocale &&
      state.scenario === shownScenario
    ) {
      return;
    }
    shownLocale = state.locale;
    shownScenario = state.scenario;
    shown = state.summary;
    shownSelected = state.selected;
    const s = state.summary;
    empty.property("hidden", s !== null);
    // Without figures the line is the panel's whole content, said once, under the title.
    stateLine.property("hidden", s === null);
    figures.property("hidden", s === null);
    scroll.property("hidden", s === null);
    if (s === null) return;

    figures
      .selectAll("div")
      .data(overviewFigures(s))
      .join((enter) => {
        const div = enter.append("div").attr("class", "summary-figure");
        div.append("dt");
        div.append("dd");
        return div;
      })
      .attr("data-figure", (d) => d.id)
      .attr("data-state", (d) => d.state ?? null)
      .call((div) => div.select("dt").text((d) => d.label))
      .call((div) => div.select("dd").text((d) => d.value));

    body
      .selectAll<HTMLTableRowElement, ComponentRow>("tr")
      .data(
        componentRows(s, state.scenario, componentNames(state.scenario, state.locale)),
        (d) => d.id,
      )
      .join((enter) => {
        const tr = enter.append("tr").on("click", selectRow);
        const th = tr.append("th").attr("scope", "row");
        th.append("span").attr("class", "component-name");
        th.append("span").attr("class", "component-type");
        return tr;
      })
      .attr("data-component", (d) => d.id)
      .attr("data-selected", (d) => (d.id === state.selected ? "" : null))
      .call((tr) => tr.select("th").attr("title", (d) => (d.title === d.name ? null : d.title)))
      .call((tr) => tr.select(".component-name").text((d) => d.name))
      .call((tr) => tr.select(".component-type").text((d) => typeName(d.kind)))
      .selectAll("td")
      .data((d) => d.cells)
      .join("td")
      .attr("data-state", (d) => d.state ?? null)
      .text((d) => d.text);
  });
}
