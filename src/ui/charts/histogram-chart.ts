/**
 * The end-to-end latency distribution of the measured window: one bar per log-spaced bucket on a
 * log axis in ms (equal widths for equal ratios, as the buckets were made), the share of
 * requests on y, and the summary's p50 and p99 marked.
 */

import { axisBottom, axisLeft, type Selection, scaleLinear, scaleLog, select } from "d3";
import type { CoarseHistogram } from "../../sim/metrics/histogram";
import type { Summary } from "../../sim/summary";
import { label, t } from "../i18n/index";
import { type Bar, histogramBars } from "./chart-data";
import { logTicks } from "./domain";
import { formatTick, formatValue } from "./format";
import { frameFor } from "./frame";

export interface HistogramFrame {
  histogram: CoarseHistogram | null;
  summary: Summary | null;
  width: number;
  large: boolean;
}

interface Mark {
  label: string;
  ms: number;
}

/** Room a marker's label needs beside its line. */
const EDGE_PX = 90;

type G = Selection<SVGGElement, unknown, null, undefined>;

export class HistogramChart {
  readonly root: HTMLDivElement;
  private readonly svg: Selection<SVGSVGElement, unknown, null, undefined>;
  private readonly plot: G;
  private readonly grid: G;
  private readonly bars: G;
  private readonly xAxis: G;
  private readonly yAxis: G;
  private readonly marks: G;
  private readonly empty: Selection<SVGTextElement, unknown, null, undefined>;

  constructor(parent: HTMLElement) {
    const root = select(parent).append("div").attr("class", "chart-panel");
    this.root = root.node()!;
    const header = root.append("div").attr("class", "chart-header");
    label(header.append("span").attr("class", "chart-title").node()!, "histogram.title");
    label(header.append("span").attr("class", "chart-unit").node()!, "histogram.unit");
    this.svg = root.append("div").attr("class", "chart-body").append("svg");
    this.svg.attr("class", "chart-svg").attr("role", "img");
    label(this.svg.node()!, "histogram.aria", undefined, "aria-label");
    this.plot = this.svg.append("g");
    this.grid = this.plot.append("g").attr("class", "chart-grid");
    this.bars = this.plot.append("g").attr("class", "chart-bars");
    this.xAxis = this.plot.append("g").attr("class", "chart-axis");
    this.yAxis = this.plot.append("g").attr("class", "chart-axis");
    this.marks = this.plot.append("g").attr("class", "chart-markers");
    this.empty = this.plot.append("text").attr("class", "chart-empty").attr("dy", "0.35em");
  }

  render(frame: HistogramFrame): void {
    const f = frameFor(frame.large);
    const width = Math.max(60, frame.width - f.left - f.right);
    const height = f.height;
    this.svg.attr("width", width + f.left + f.right).attr("height", height + f.top + f.bottom);
    this.plot.attr("transform", `translate(${f.left},${f.top})`);
    const bars = histogramBars(frame.histogram);
    this.empty
      .attr("x", width / 2)
      .attr("y", height / 2)
      .attr("text-anchor", "middle")
      .text(bars.length === 0 ? t("histogram.empty") : "");

    const lo = bars.length > 0 ? bars[0].fromMs : 1;
    const hi = bars.length > 0 ? bars[bars.length - 1].toMs : 1000;
    const x = scaleLog([lo, hi], [0, width]);
    let top = 1;
    for (const b of bars) top = Math.max(top, b.percent);
    // The tallest bar stops a line of text below the top, where the p50 and p99 labels sit.
    const y = scaleLinear([0, top], [height, Math.round(f.fontPx * 1.3)]).nice(4);
    const yTicks = y.ticks(4);

    this.grid
      .selectAll("line")
      .data(yTicks)
      .join("line")
      .attr("x2", width)
      .attr("y1", (d) => y(d))
      .attr("y2", (d) => y(d));
    this.xAxis.attr("transform", `translate(0,${height})`).call(
      axisBottom(x)
        .tickValues(thin(logTicks(lo, hi), width))
        .tickFormat(ms)
        .tickSizeOuter(0),
    );
    this.yAxis.call(
      axisLeft(y)
        .tickValues(yTicks)
        .tickFormat((d) => formatTick(+d))
        .tickSizeOuter(0),
    );

    this.bars
      .selectAll<SVGRectElement, Bar>("rect")
      .data(bars)
      .join((enter) => {
        const rect = enter.append("rect").attr("class", "chart-bar");
        rect.append("title");
        return rect;
      })
      .attr("x", (d) => x(d.fromMs))
      .attr("width", (d) => Math.max(1, x(d.toMs) - x(d.fromMs) - 1))
      .attr("y", (d) => y(d.percent))
      .attr("height", (d) => height - y(d.percent))
      .select("title")
      .text(
        (d) =>
          `${formatValue(d.fromMs, "")}–${formatValue(d.toMs, t("unit.ms"))}: ` +
          `${formatValue(d.percent, "%")} (${formatValue(d.count, t("unit.requests"))})`,
      );

    const latency = frame.summary?.latency;
    const marks: Mark[] =
      latency === undefined || bars.length === 0
        ? []
        : [
            { label: "p50", ms: latency.p50 * 1000 },
            { label: "p99", ms: latency.p99 * 1000 },
          ].filter((m) => m.ms > 0 && Number.isFinite(m.ms));
    this.marks
      .selectAll<SVGGElement, Mark>("g.chart-marker")
      .data(marks, (d) => d.label)
      .join((enter) => {
        const g = enter.append("g").attr("class", "chart-marker");
        g.append("line");
        g.append("text").attr("dy", "0.9em");
        return g;
      })
      .attr("transform", (d) => `translate(${Math.max(0, Math.min(width, x(d.ms)))},0)`)
      .call((g) => {
        g.select("line").attr("y2", height);
        // p50 reads leftwards and p99 rightwards, so the two labels do not collide, unless
        // that would run off the plot.
        const leftwards = (d: Mark) =>
          d.label === "p50" ? x(d.ms) > EDGE_PX : x(d.ms) > width - EDGE_PX;
        g.select("text")
          .attr("x", (d) => (leftwards(d) ? -3 : 3))
          .attr("text-anchor", (d) => (leftwards(d) ? "end" : "start"))
          .text((d) => `${d.label} ${formatValue(d.ms, t("unit.ms"))}`);
      });
  }
}

function ms(d: unknown): string {
  return formatTick(Number(d));
}

/** Keeps every other tick until they fit about one per 60 px. */
function thin(ticks: number[], width: number): number[] {
  let out = ticks;
  while (out.length > Math.max(2, width / 60)) out = out.filter((_, i) => i % 2 === 0);
  return out;
}
