/**
 * A grid of XY charts, one per panel key, laid out one or two a row by the grid's own width.
 * Charts whose panel went away are removed; the rest are redrawn in place, so a chart keeps its
 * DOM (and its place on the screen) from one render to the next.
 */
import { select } from "d3";
import { XYChart } from "./xy-chart";
import type { XYPanel } from "./xy-series";

/** Two charts a row from this width of the chart area (CSS px), one below it. */
const TWO_COLUMNS_FROM = 880;

export class XYChartGrid {
  private readonly grid: HTMLDivElement;
  private readonly charts = new Map<string, XYChart>();
  private seenWidth = 0;

  /** `onResize` is called when the grid's width changes, to render again. */
  constructor(parent: HTMLElement, testId: string, onResize: () => void) {
    this.grid = select(parent)
      .append("div")
      .attr("class", "archsim-charts compare-charts")
      .attr("data-testid", testId)
      .node()!;
    new ResizeObserver((entries) => {
      const seen = entries[entries.length - 1].contentRect.width;
      if (seen <= 0 || seen === this.seenWidth) return;
      this.seenWidth = seen;
      onResize();
    }).observe(this.grid);
  }

  /** The grid's width as last observed: an input of the render, so a resize redraws. */
  get width(): number {
    return this.seenWidth;
  }

  render(panels: readonly XYPanel[], large: boolean): void {
    const total = this.seenWidth || this.grid.clientWidth || 640;
    const two = total >= TWO_COLUMNS_FROM && panels.length > 1;
    this.grid.classList.toggle("two-columns", two);
    this.grid.classList.toggle("large", large);
    const gap = Number.parseFloat(getComputedStyle(this.grid).columnGap) || 16;
    const chartWidth = two ? Math.floor((total - gap) / 2) : total;
    for (const [key, chart] of this.charts) {
      if (panels.some((p) => p.key === key)) continue;
      chart.remove();
      this.charts.delete(key);
    }
    for (const panel of panels) {
      let chart = this.charts.get(panel.key);
      if (chart === undefined) {
        chart = new XYChart(this.grid);
        chart.root.dataset.panel = panel.key;
        this.charts.set(panel.key, chart);
      }
      chart.render(panel, chartWidth, large);
    }
  }
}
