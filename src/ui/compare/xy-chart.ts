/**
 * An x–y line chart built once and redrawn in place (d3 joins): lines each on their own xs,
 * 95% bands and error bars, dots, labelled reference lines, and a legend that reads each line's
 * last value. It takes the look of the run's charts (charts.css, inside `.archsim-charts`).
 */
import {
  area,
  axisBottom,
  axisLeft,
  line,
  nice,
  type ScaleLinear,
  type Selection,
  scaleLinear,
  select,
} from "d3";
import { formatTick, formatValue } from "../charts/format";
import { frameFor } from "../charts/frame";
import { lastValue, type XYMark, type XYPanel, type XYSeries, yExtent } from "./xy-series";

type G = Selection<SVGGElement, unknown, null, undefined>;

/** Numbers each chart's clip path, whose id must be unique in the page. */
let charts = 0;

interface Point {
  x: number;
  y: number;
  h: number;
}

function pointsOf(s: XYSeries): Point[] {
  const n = Math.min(s.xs.length, s.ys.length);
  return Array.from({ length: n }, (_, i) => ({
    x: s.xs[i],
    y: s.ys[i] * s.scale,
    h: (s.halfWidths?.[i] ?? 0) * s.scale,
  }));
}

export class XYChart {
  readonly root: HTMLDivElement;
  private readonly title: Selection<HTMLSpanElement, unknown, null, undefined>;
  private readonly unit: Selection<HTMLSpanElement, unknown, null, undefined>;
  private readonly svg: Selection<SVGSVGElement, unknown, null, undefined>;
  private readonly plot: G;
  private readonly clip: Selection<SVGRectElement, unknown, null, undefined>;
  private readonly grid: G;
  private readonly xAxis: G;
  private readonly yAxis: G;
  private readonly xLabel: Selection<SVGTextElement, unknown, null, undefined>;
  private readonly bands: G;
  private readonly lines: G;
  private readonly dots: G;
  private readonly marks: G;
  private readonly legend: Selection<HTMLDivElement, unknown, null, undefined>;

  constructor(parent: HTMLElement) {
    const root = select(parent).append("div").attr("class", "chart-panel xy-chart");
    this.root = root.node()!;
    const header = root.append("div").attr("class", "chart-header");
    this.title = header.append("span").attr("class", "chart-title");
    this.unit = header.append("span").attr("class", "chart-unit");
    this.svg = root.append("div").attr("class", "chart-body").append("svg");
    this.svg.attr("class", "chart-svg").attr("role", "img");
    const clipId = `xy-clip-${++charts}`;
    this.clip = this.svg.append("clipPath").attr("id", clipId).append("rect");
    this.plot = this.svg.append("g");
    this.grid = this.plot.append("g").attr("class", "chart-grid");
    this.bands = this.plot.append("g").attr("class", "xy-bands");
    this.bands.attr("clip-path", `url(#${clipId})`);
    this.xAxis = this.plot.append("g").attr("class", "chart-axis");
    this.yAxis = this.plot.append("g").attr("class", "chart-axis");
    this.xLabel = this.plot.append("text").attr("class", "xy-axis-label");
    this.lines = this.plot.append("g").attr("class", "chart-lines");
    this.dots = this.plot.append("g").attr("class", "xy-dots");
    // Bands, lines and error bars beyond the axes are cut at the plot's edge.
    this.lines.attr("clip-path", `url(#${clipId})`);
    this.dots.attr("clip-path", `url(#${clipId})`);
    this.marks = this.plot.append("g").attr("class", "xy-marks");
    this.legend = root.append("div").attr("class", "chart-legend");
  }

  render(panel: XYPanel, width: number, large: boolean): void {
    const f = frameFor(large);
    const w = Math.max(60, width - f.left - f.right);
    const h = f.height;
    // Room under the axis for the x label.
    const bottom = f.bottom + (large ? 26 : 18);
    this.svg
      .attr("width", w + f.left + f.right)
      .attr("height", h + f.top + bottom)
      .attr("aria-label", `${panel.title} (${panel.unit}), ${panel.xLabel}`);
    this.plot.attr("transform", `translate(${f.left},${f.top})`);
    this.title.text(panel.title);
    this.unit.text(panel.unit);

    // A little room around the plot, so dots on its edges are whole.
    this.clip
      .attr("x", -6)
      .attr("y", -6)
      .attr("width", w + 12)
      .attr("height", h + 12);
    const x = scaleLinear(panel.xDomain ?? xDomain(panel), [0, w]);
    const y = scaleLinear(yDomain(panel), [h, 0]);
    const yTicks = y.ticks(h > 140 ? 5 : 4);
    this.grid
      .selectAll("line")
      .data(yTicks)
      .join("line")
      .attr("x2", w)
      .attr("y1", (d) => y(d))
      .attr("y2", (d) => y(d));
    const xAxis = axisBottom(x)
      .ticks(Math.max(2, Math.round(w / 90)))
      .tickFormat((d) => formatTick(+d))
      .tickSizeOuter(0);
    if (panel.xTicks !== undefined) xAxis.tickValues(panel.xTicks);
    this.xAxis.attr("transform", `translate(0,${h})`).call(xAxis);
    this.yAxis.call(
      axisLeft(y)
        .tickValues(yTicks)
        .tickFormat((d) => formatTick(+d))
        .tickSizeOuter(0),
    );
    this.xLabel
      .attr("x", w / 2)
      .attr("y", h + bottom - 4)
      .attr("text-anchor", "middle")
      .text(panel.xLabel);

    const drawn = panel.series.map((s) => ({ s, points: pointsOf(s) }));
    const finite = (p: Point) => Number.isFinite(p.y) && Number.isFinite(p.x);
    const band = area<Point>()
      .defined(finite)
      .x((p) => x(p.x))
      .y0((p) => y(p.y - p.h))
      .y1((p) => y(p.y + p.h));
    this.bands
      .selectAll("path")
      .data(
        drawn.filter((d) => d.s.halfWidths !== undefined),
        (d) => (d as { s: XYSeries }).s.key,
      )
      .join("path")
      .attr("class", "xy-band")
      .style("fill", (d) => d.s.color)
      .attr("d", (d) => band(d.points));
    const path = line<Point>()
      .defined(finite)
      .x((p) => x(p.x))
      .y((p) => y(p.y));
    this.lines
      .selectAll("path")
      .data(drawn, (d) => (d as { s: XYSeries }).s.key)
      .join("path")
      .attr("class", (d) => (d.s.dashed ? "chart-line dashed" : "chart-line"))
      .attr("data-series", (d) => d.s.key)
      .style("stroke", (d) => d.s.color)
      .attr("d", (d) => path(d.points));
    this.drawDots(
      drawn.filter((d) => d.s.dots === true),
      x,
      y,
    );
    this.drawMarks(panel.marks, x, y, w, h);
    this.drawLegend(panel);
  }

  remove(): void {
    this.root.remove();
  }

  private drawDots(
    drawn: { s: XYSeries; points: Point[] }[],
    x: ScaleLinear<number, number>,
    y: ScaleLinear<number, number>,
  ): void {
    const dots = drawn.flatMap(({ s, points }) =>
      points
        .filter((p) => Number.isFinite(p.y))
        .map((p, i) => ({ key: `${s.key}:${i}`, color: s.color, ...p })),
    );
    this.dots
      .selectAll<SVGGElement, (typeof dots)[number]>("g")
      .data(dots, (d) => d.key)
      .join((enter) => {
        const g = enter.append("g").attr("class", "xy-dot");
        g.append("line");
        g.append("circle").attr("r", 3.5);
        return g;
      })
      .style("color", (d) => d.color)
      .call((g) =>
        g
          .select("line")
          .attr("x1", (d) => x(d.x))
          .attr("x2", (d) => x(d.x))
          .attr("y1", (d) => y(d.y - d.h))
          .attr("y2", (d) => y(d.y + d.h)),
      )
      .call((g) =>
        g
          .select("circle")
          .attr("cx", (d) => x(d.x))
          .attr("cy", (d) => y(d.y)),
      );
  }

  private drawMarks(
    marks: readonly XYMark[],
    x: ScaleLinear<number, number>,
    y: ScaleLinear<number, number>,
    w: number,
    h: number,
  ): void {
    this.marks
      .selectAll<SVGGElement, XYMark>("g")
      .data(marks, (d) => d.key)
      .join((enter) => {
        const g = enter.append("g").attr("class", "xy-mark");
        g.append("line");
        g.append("text");
        return g;
      })
      .attr("data-mark", (d) => d.key)
      .style("color", (d) => d.color)
      .each(function (d) {
        const g = select(this);
        const vertical = d.axis === "x";
        const at = vertical ? x(d.value) : y(d.value);
        g.select("line")
          .attr("x1", vertical ? at : 0)
          .attr("x2", vertical ? at : w)
          .attr("y1", vertical ? 0 : at)
          .attr("y2", vertical ? h : at);
        // A knee's label sits at the top of its line (on its left near the right edge), an
        // SLO's above its line at the right.
        const leftOf = vertical && at > w * 0.8;
        g.select("text")
          .attr("x", vertical ? (leftOf ? at - 4 : at + 4) : w - 4)
          .attr("y", vertical ? 10 : at - 4)
          .attr("text-anchor", vertical && !leftOf ? "start" : "end")
          .text(d.label);
      });
  }

  private drawLegend(panel: XYPanel): void {
    const items = this.legend
      .selectAll<HTMLSpanElement, XYSeries>("span.legend-item")
      .data(panel.series, (d) => d.key)
      .join((enter) => {
        const item = enter.append("span").attr("class", "legend-item");
        item.append("span").attr("class", "legend-swatch");
        item.append("span").attr("class", "legend-label");
        item.append("span").attr("class", "legend-value");
        return item;
      })
      .order();
    items
      .select(".legend-swatch")
      .style("border-top-color", (d) => d.color)
      .classed("dashed", (d) => d.dashed);
    items.select(".legend-label").text((d) => d.label);
    items.select(".legend-value").text((d) => formatValue(lastValue(d), panel.unit));
  }
}

function xDomain(panel: XYPanel): [number, number] {
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  for (const s of panel.series) {
    for (let i = 0; i < s.xs.length; i++) {
      lo = Math.min(lo, s.xs[i]);
      hi = Math.max(hi, s.xs[i]);
    }
  }
  for (const m of panel.marks) {
    if (m.axis === "x") [lo, hi] = [Math.min(lo, m.value), Math.max(hi, m.value)];
  }
  if (!(lo <= hi)) return [0, 1];
  return lo === hi ? [lo - 1, hi + 1] : [lo, hi];
}

/** From zero (or below) to a round number above the means and any horizontal mark. */
function yDomain(panel: XYPanel): [number, number] {
  const extent = yExtent(panel.series, false) ?? [0, 1];
  let hi = extent[1];
  for (const m of panel.marks) if (m.axis === "y") hi = Math.max(hi, m.value * 1.1);
  const lo = Math.min(0, extent[0]);
  const [a, b] = nice(lo, hi > lo ? hi : lo + 1, 4);
  return [a, b];
}
