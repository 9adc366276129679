/**
 * A line chart over simulated time, built once and redrawn in place: the SVG elements are kept
 * and joined to the new data each frame, and each line is one path string built straight from
 * the typed-array columns after min/max decimation. Hover reports a time to the page, which
 * shows the same time on every chart (a shared vertical rule and each legend's readout).
 */

import {
  axisBottom,
  axisLeft,
  pointer,
  type ScaleLinear,
  type ScaleLogarithmic,
  type Selection,
  scaleLinear,
  scaleLog,
  select,
} from "d3";
import type { Marker } from "../../worker/protocol";
import { t } from "../i18n/index";
import { dispatchRequestPick } from "../waterfall/pick";
import { rowAt, type Series, type Span } from "./chart-data";
import { linearDomain, logDomain, logTicks } from "./domain";
import { formatTick, formatTime, formatValue } from "./format";
import { frameFor } from "./frame";
import { Legend } from "./legend";
import { decimate, linePath, type Points, pointsBuffer } from "./line-path";
import { type Annotations, drawAnnotations, placeAnnotations } from "./markers";
import type { TimePanel } from "./panels";
import { fitTicks } from "./ticks";

/** Everything a time chart draws in one frame. */
export interface TimeFrame {
  panel: TimePanel;
  /** Times of the rows (the history's column 0). */
  xs: Float64Array;
  /** The end of the shared x domain [0, duration]. */
  duration: number;
  markers: readonly Marker[];
  spans: readonly Span[];
  /** Outer width in CSS pixels. */
  width: number;
  large: boolean;
}

export interface TimeChartHooks {
  /** The time under the cursor, or null when it leaves the plot. */
  onHover(t: number | null, source: TimeChart): void;
  onSelect(component: string): void;
  onToggleLog(): void;
}

type G = Selection<SVGGElement, unknown, null, undefined>;

export class TimeChart {
  readonly root: HTMLDivElement;
  private readonly title: Selection<HTMLSpanElement, unknown, null, undefined>;
  private readonly unit: Selection<HTMLSpanElement, unknown, null, undefined>;
  private readonly header: Selection<HTMLDivElement, unknown, null, undefined>;
  private toggle: Selection<HTMLButtonElement, unknown, null, undefined> | null = null;
  private readonly svg: Selection<SVGSVGElement, unknown, null, undefined>;
  private readonly plot: G;
  private readonly grid: G;
  private readonly spans: G;
  private readonly xAxis: G;
  private readonly yAxis: G;
  private readonly lines: G;
  private readonly markers: G;
  private readonly rule: Selection<SVGLineElement, unknown, null, undefined>;
  private readonly overlay: Selection<SVGRectElement, unknown, null, undefined>;
  private readonly tooltip: Selection<HTMLDivElement, unknown, null, undefined>;
  private readonly legend: Legend;
  private points: Points = pointsBuffer(0);
  private last: TimeFrame | null = null;
  /** The annotations' labels as placed for the last frame, and the band above the plot they need. */
  private notes: Annotations = { spans: [], markers: [], band: 0 };
  /** The plot's width, time axis and text size the annotations were placed for. */
  private placedFor = "";
  private x: ScaleLinear<number, number> = scaleLinear();
  private y: ScaleLinear<number, number> | ScaleLogarithmic<number, number> = scaleLinear();
  private hovered: number | null = null;
  /** What the axes were last drawn for. */
  private axesKey = "";
  private inside = false;

  constructor(
    parent: HTMLElement,
    private readonly hooks: TimeChartHooks,
  ) {
    const root = select(parent).append("div").attr("class", "chart-panel");
    this.root = root.node()!;
    this.header = root.append("div").attr("class", "chart-header");
    this.title = this.header.append("span").attr("class", "chart-title");
    this.unit = this.header.append("span").attr("class", "chart-unit");
    const body = root.append("div").attr("class", "chart-body");
    this.svg = body.append("svg").attr("class", "chart-svg");
    this.plot = this.svg.append("g");
    this.grid = this.plot.append("g").attr("class", "chart-grid");
    this.spans = this.plot.append("g").attr("class", "chart-spans");
    this.xAxis = this.plot.append("g").attr("class", "chart-axis");
    this.yAxis = this.plot.append("g").attr("class", "chart-axis");
    this.lines = this.plot.append("g").attr("class", "chart-lines");
    this.markers = this.plot.append("g").attr("class", "chart-markers");
    this.rule = this.plot.append("line").attr("class", "chart-rule").style("display", "none");
    this.overlay = this.plot
      .append("rect")
      .attr("class", "chart-overlay")
      .on("pointermove", (event: PointerEvent) => {
        const t = this.x.invert(pointer(event, this.overlay.node())[0]);
        this.inside = true;
        hooks.onHover(Math.max(0, Math.min(this.x.domain()[1], t)), this);
      })
      .on("pointerleave", () => {
        this.inside = false;
        hooks.onHover(null, this);
      })
      .on("click", (event: MouseEvent) => {
        if (this.last?.panel.key !== "latency") return;
        const [px, py] = pointer(event, this.overlay.node());
        // The latency panel plots milliseconds; the waterfall reads seconds.
        dispatchRequestPick(this.root, {
          time: this.x.invert(px),
          latency: this.y.invert(py) / 1000,
        });
      });
    this.tooltip = body.append("div").attr("class", "chart-tooltip").style("display", "none");
    this.legend = new Legend(this.root, hooks.onSelect);
  }

  render(frame: TimeFrame): void {
    const previous = this.last;
    this.last = frame;
    const { panel, xs, large } = frame;
    const f = frameFor(large);
    const width = Math.max(60, frame.width - f.left - f.right);
    const height = f.height;
    const end = frame.duration > 0 ? frame.duration : xs.length > 0 ? xs[xs.length - 1] : 1;
    this.x = scaleLinear([0, end], [0, width]);
    const yTicks = this.scaleY(panel, height);
    const placedFor = [width, end, f.fontPx].join("|");
    const annotated =
      frame.markers !== previous?.markers ||
      frame.spans !== previous?.spans ||
      placedFor !== this.placedFor;
    if (annotated) {
      this.placedFor = placedFor;
      this.notes = placeAnnotations(frame.spans, frame.markers, this.x, f.fontPx, f.right);
    }
    const band = this.notes.band;
    // Axes, grid and header change rarely; redrawing their text every frame would cost layout.
    const key = [width, height, band, end, ...this.y.domain(), panel.log, panel.title, panel.unit];
    const moved = key.join("|") !== this.axesKey;
    if (moved) {
      this.axesKey = key.join("|");
      this.drawAxes(panel, frame, yTicks, width, height);
    }
    if (moved || annotated) {
      drawAnnotations(this.spans, this.markers, this.notes, this.x, height, f.fontPx);
    }
    this.drawLines(panel.series, xs);
    this.hover(this.hovered, this.inside);
  }

  private drawAxes(
    panel: TimePanel,
    frame: TimeFrame,
    yTicks: number[],
    width: number,
    height: number,
  ): void {
    const f = frameFor(frame.large);
    // The annotations' labels sit in a band above the plot, under the chart's top margin.
    const band = this.notes.band;
    this.svg
      .attr("width", width + f.left + f.right)
      .attr("height", band + height + f.top + f.bottom)
      .attr("role", "img")
      .attr("aria-label", t("chart.overTime", { title: panel.title, unit: panel.unit }));
    this.plot.attr("transform", `translate(${f.left},${f.top + band})`);
    this.title.text(panel.title);
    this.unit.text(panel.unit);
    this.drawToggle(panel);
    this.grid
      .selectAll("line")
      .data(yTicks)
      .join("line")
      .attr("x2", width)
      .attr("y1", (d) => this.y(d))
      .attr("y2", (d) => this.y(d));
    this.xAxis.attr("transform", `translate(0,${height})`).call(
      axisBottom(this.x)
        .tickValues(fitTicks(this.x, formatTime, width, f.fontPx, f.right))
        .tickFormat((d) => formatTime(+d))
        .tickSizeOuter(0),
    );
    this.yAxis.call(
      axisLeft(this.y)
        .tickValues(yTicks)
        .tickFormat((d) => formatTick(+d))
        .tickSizeOuter(0),
    );
    this.rule.attr("y1", 0).attr("y2", height);
    this.overlay.attr("width", width).attr("height", height);
  }

  /** Shows time `t` (null: the newest values, no rule); the tooltip only where the cursor is. */
  hover(t: number | null, inside: boolean): void {
    this.hovered = t;
    this.inside = inside && t !== null;
    const frame = this.last;
    if (frame === null) return;
    const { xs, panel } = frame;
    const row = t === null ? xs.length - 1 : rowAt(xs, t);
    this.legend.render(panel.series, row, panel.unit);
    this.rule
      .style("display", t === null ? "none" : "")
      .attr("x1", this.x(t ?? 0))
      .attr("x2", this.x(t ?? 0));
    if (!this.inside || row < 0) {
      this.tooltip.style("display", "none");
      return;
    }
    this.drawTooltip(frame, row, this.x(t ?? 0));
  }

  remove(): void {
    this.root.remove();
  }

  /** The log/linear switch, made the first time a panel offers it. */
  private drawToggle(panel: TimePanel): void {
    if (!panel.logToggle) {
      this.toggle?.remove();
      this.toggle = null;
      return;
    }
    this.toggle ??= this.header
      .append("button")
      .attr("type", "button")
      .attr("class", "chart-toggle")
      .on("click", () => this.hooks.onToggleLog());
    this.toggle
      .text(t("chart.logScale"))
      .attr("aria-pressed", String(panel.log))
      .attr("title", t(panel.log ? "chart.toLinear" : "chart.toLog"));
  }

  /** Sets the y scale for the panel and returns its ticks. */
  private scaleY(panel: TimePanel, height: number): number[] {
    if (panel.log) {
      const [lo, hi] = logDomain(panel.series);
      this.y = scaleLog([lo, hi], [height, 0]);
      return logTicks(lo, hi);
    }
    const domain = panel.domain ?? linearDomain(panel.series, panel.minTop);
    const y = scaleLinear(domain, [height, 0]);
    this.y = y;
    return y.ticks(height > 140 ? 5 : 4);
  }

  private drawLines(series: readonly Series[], xs: Float64Array): void {
    this.points = pointsBuffer(xs.length, this.points);
    const x = this.x;
    const y = this.y;
    this.lines
      .selectAll<SVGPathElement, Series>("path")
      .data(series, (d) => d.key)
      .join("path")
      .attr("class", (d) => (d.dashed ? "chart-line dashed" : "chart-line"))
      .style("stroke", (d) => d.color)
      .attr("d", (d) => {
        const scale = d.scale;
        return linePath(decimate(xs, d.ys, x, this.points), (v) => y(v * scale));
      });
  }

  private drawTooltip(frame: TimeFrame, row: number, px: number): void {
    const { panel, xs } = frame;
    const f = frameFor(frame.large);
    const lines = [
      formatTime(xs[row]),
      ...panel.series.map((s) => `${s.label}: ${formatValue(s.ys[row] * s.scale, panel.unit)}`),
    ];
    const right = px > this.x.range()[1] / 2;
    this.tooltip
      .style("display", "")
      .style("top", `${f.top + this.notes.band}px`)
      .style("left", right ? "" : `${f.left + px + 12}px`)
      .style("right", right ? `${f.right + this.x.range()[1] - px + 12}px` : "")
      .selectAll("div")
      .data(lines)
      .join("div")
      .text((d) => d);
  }
}
