/**
 * The summary of the format (requests, throughput, latency, then one row per component), live
 * while the run goes (the worker sends a fresh summary about once a second) and final at its end.
 * The figures are built by pure functions, tested on their own; the view only lays them out.
 * Latency in milliseconds to three significant digits, as the command line prints it.
 */
import { select } from "d3";
import type { Scenario } from "../scenario/types";
import { type ComponentSummary, FAILURE_KINDS, type Summary } from "../sim/summary";
import type { Controller } from "./controller";
import type { Store, ViewState } from "./store";

export type CellState = "ok" | "warn" | "bad";

export interface Figure {
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
  kind: string;
  cells: Cell[];
}

export const COMPONENT_COLUMNS = [
  "utilisation %",
  "mean queue",
  "mean wait ms",
  "served",
  "rejected",
  "failed",
  "latency mean ms",
  "p50 ms",
  "p99 ms",
  "other",
] as const;

/** Utilisation from which a component is close to saturation, and past which it is saturated. */
const BUSY = 0.8;
const SATURATED = 0.95;

const DASH = "–";

/** Three significant digits; whole numbers from 1000 on; "–" for what is not a number. */
export function sig3(x: number): string {
  if (!Number.isFinite(x)) return DASH;
  if (x === 0) return "0";
  if (Math.abs(x) >= 999.5) return Math.round(x).toLocaleString("en-US");
  if (Math.abs(x) < 0.001) return x.toExponential(1);
  return x.toPrecision(3);
}

export function formatMs(seconds: number): string {
  return sig3(seconds * 1000);
}

export function formatCount(n: number): string {
  return Number.isFinite(n) ? Math.round(n).toLocaleString("en-US") : DASH;
}

export function formatPercent(fraction: number): string {
  return sig3(fraction * 100);
}

/** The run's headline figures, in reading order. */
export function overviewFigures(s: Summary): Figure[] {
  const { requests } = s;
  const answered = requests.completed + requests.failed;
  const failedShare = answered > 0 ? requests.failed / answered : 0;
  const failures = FAILURE_KINDS.filter((k) => requests.failures[k] > 0)
    .map((k) => `${k} ${formatCount(requests.failures[k])}`)
    .join(", ");
  return [
    { label: "generated", value: formatCount(requests.generated) },
    { label: "completed", value: formatCount(requests.completed) },
    {
      label: "failed",
      value:
        requests.failed > 0
          ? `${formatCount(requests.failed)} (${formatPercent(failedShare)}%)`
          : "0",
      state: requests.failed > 0 ? "bad" : undefined,
    },
    { label: "in flight", value: formatCount(requests.inFlight) },
    { label: "throughput req/s", value: sig3(s.throughput) },
    { label: "latency mean ms", value: formatMs(s.latency.mean) },
    { label: "p50 ms", value: formatMs(s.latency.p50) },
    { label: "p90 ms", value: formatMs(s.latency.p90) },
    { label: "p99 ms", value: formatMs(s.latency.p99) },
    { label: "p99.9 ms", value: formatMs(s.latency.p999) },
    { label: "max ms", value: formatMs(s.latency.max) },
    { label: "retries", value: formatCount(s.retries) },
    { label: "failures by kind", value: failures === "" ? "none" : failures },
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

/** What a component reports beyond the common columns, by kind: load, drops, hits, depth. */
export function otherFigures(c: ComponentSummary): string {
  const parts: string[] = [];
  const add = (label: string, value: number | undefined, format = formatCount, unit = "") => {
    if (value !== undefined) parts.push(`${label} ${format(value)}${unit}`);
  };
  const addIf = (label: string, value: number | undefined, format = formatCount, unit = "") => {
    if (value !== undefined && value > 0) parts.push(`${label} ${format(value)}${unit}`);
  };
  add("offered", c.offered, sig3, "/s");
  add("retries", c.retries);
  addIf("dropped", c.dropped);
  add("hit ratio", c.hitRatio, formatPercent, "%");
  addIf("coalesced", c.coalesced);
  addIf("evictions", c.evictions);
  addIf("breaker opened", c.breakerOpened);
  addIf("short-circuited", c.shortCircuited);
  add("mean depth", c.meanDepth, sig3);
  add("max depth", c.maxDepth);
  add("mean age", c.meanAge, formatMs, " ms");
  addIf("redelivered", c.redelivered);
  addIf("dead-lettered", c.deadLettered);
  if (c.staleness !== undefined) parts.push(`staleness mean ${formatMs(c.staleness.mean)} ms`);
  addIf("failovers", c.failovers);
  const sent = Object.values(c.sent ?? {});
  if (sent.length > 1) {
    parts.push(
      `sent ${formatCount(Math.min(...sent))}–${formatCount(Math.max(...sent))} per backend`,
    );
  }
  const shards = Object.entries(c.shardLoad ?? {});
  const total = shards.reduce((sum, [, n]) => sum + n, 0);
  if (shards.length > 1 && total > 0) {
    const [hottest, n] = shards.reduce((a, b) => (b[1] > a[1] ? b : a));
    parts.push(`hottest ${hottest} ${formatPercent(n / total)}%`);
  }
  return parts.join(", ");
}

/** One row per component, in the scenario's order (then any the scenario does not list). */
export function componentRows(s: Summary, scenario: Scenario | null): ComponentRow[] {
  const kinds = new Map(scenario?.components.map((c) => [c.id, c.type]) ?? []);
  const ids = [...kinds.keys()].filter((id) => id in s.components);
  for (const id of Object.keys(s.components)) if (!kinds.has(id)) ids.push(id);
  return ids.map((id) => {
    const c = s.components[id];
    return {
      id,
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
        { text: otherFigures(c) },
      ],
    };
  });
}

/** What the table's heading says about the figures: still moving, or the run's result. */
export function summaryState(state: Pick<ViewState, "summary" | "finished" | "scenario">): string {
  const s = state.summary;
  if (state.scenario === null) return "no scenario loaded";
  if (s === null) {
    const warmup = state.scenario.warmup;
    return warmup > 0
      ? `statistics start after the ${sig3(warmup)} s warm-up`
      : "waiting for the first figures";
  }
  const window = `${sig3(s.warmup)}–${sig3(s.duration)} s`;
  return state.finished ? `final, over ${window}` : `live, over ${window}, updated every second`;
}

export function mountSummaryTable(el: HTMLElement, store: Store, controller: Controller): void {
  const root = select(el);
  const head = root.append("div").attr("class", "summary-head");
  head.append("h2").attr("class", "panel-title").text("Summary");
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
  table.append("caption").text("Per component (click a row to inspect it)");
  table
    .append("thead")
    .append("tr")
    .selectAll("th")
    .data(["component", ...COMPONENT_COLUMNS])
    .join("th")
    .attr("scope", "col")
    .text((d) => d);
  const body = table.append("tbody");

  let shown: Summary | null | undefined;
  let shownSelected: string | null | undefined;
  let shownState = "";
  store.subscribe((state) => {
    const line = summaryState(state);
    if (line !== shownState) {
      stateLine.text(line);
      shownState = line;
    }
    if (state.summary === shown && state.selected === shownSelected) return;
    shown = state.summary;
    shownSelected = state.selected;
    const s = state.summary;
    empty.property("hidden", s !== null).text(line);
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
      .attr("data-figure", (d) => d.label)
      .attr("data-state", (d) => d.state ?? null)
      .call((div) => div.select("dt").text((d) => d.label))
      .call((div) => div.select("dd").text((d) => d.value));

    body
      .selectAll<HTMLTableRowElement, ComponentRow>("tr")
      .data(componentRows(s, state.scenario), (d) => d.id)
      .join((enter) => {
        const tr = enter.append("tr").on("click", (_event, d) => controller.select(d.id));
        const th = tr.append("th").attr("scope", "row");
        th.append("span").attr("class", "component-id");
        th.append("span").attr("class", "component-type");
        return tr;
      })
      .attr("data-component", (d) => d.id)
      .attr("data-selected", (d) => (d.id === state.selected ? "" : null))
      .call((tr) => tr.select(".component-id").text((d) => d.id))
      .call((tr) => tr.select(".component-type").text((d) => d.kind))
      .selectAll("td")
      .data((d) => d.cells)
      .join("td")
      .attr("data-state", (d) => d.state ?? null)
      .text((d) => d.text);
  });
}
