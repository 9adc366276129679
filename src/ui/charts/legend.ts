/**
 * A chart's legend, which doubles as its readout: each series with its value at the time under
 * the cursor (the newest value otherwise). A component's entry selects that component.
 */

import { type Selection, select } from "d3";
import type { Series } from "./chart-data";
import { formatValue } from "./format";

type Items = Selection<HTMLSpanElement, Series, HTMLDivElement, unknown>;

export class Legend {
  private readonly root: Selection<HTMLDivElement, unknown, null, undefined>;
  private items: Items | null = null;
  /** The entries last drawn, so a frame that only moves the values touches only the values. */
  private drawn = "";

  constructor(
    parent: HTMLElement,
    private readonly onSelect: (component: string) => void,
  ) {
    this.root = select(parent).append("div").attr("class", "chart-legend");
  }

  /** Draws the entries, with each series' value at row `row` (-1: no value). */
  render(series: readonly Series[], row: number, unit: string): void {
    const entries = series
      .map((s) => `${s.key} ${s.label} ${s.color} ${s.dashed} ${s.title}`)
      .join("\n");
    if (this.items === null || entries !== this.drawn) {
      this.drawn = entries;
      this.items = this.drawEntries(series);
    }
    // The data are rebound each frame: a series' values are a new view of the grown history.
    this.items.data(series).each(function (d) {
      const value = formatValue(row < 0 ? Number.NaN : d.ys[row] * d.scale, unit);
      setText(this.lastElementChild!, value);
    });
  }

  private drawEntries(series: readonly Series[]): Items {
    return this.root
      .selectAll<HTMLSpanElement, Series>("span.legend-item")
      .data(series, (d) => d.key)
      .join((enter) => {
        const item = enter.append("span").attr("class", "legend-item");
        item.append("span").attr("class", "legend-swatch");
        item.append("span").attr("class", "legend-label");
        item.append("span").attr("class", "legend-value");
        return item;
      })
      .order()
      .classed("selectable", (d) => d.component !== undefined)
      .attr("role", (d) => (d.component === undefined ? null : "button"))
      .attr("tabindex", (d) => (d.component === undefined ? null : 0))
      .attr("data-component", (d) => d.component ?? null)
      .attr("title", (d) => d.title ?? null)
      .on("click", (_event, d) => {
        if (d.component !== undefined) this.onSelect(d.component);
      })
      .on("keydown", (event: KeyboardEvent, d) => {
        if (d.component === undefined || (event.key !== "Enter" && event.key !== " ")) return;
        event.preventDefault();
        this.onSelect(d.component);
      })
      .call((item) => {
        item
          .select(".legend-swatch")
          .style("border-top-color", (d) => d.color)
          .classed("dashed", (d) => d.dashed);
        item.select(".legend-label").text((d) => d.label);
      });
  }
}

/** Sets text only when it differs: replacing a text node, even with itself, costs a layout. */
function setText(node: Element, text: string): void {
  if (node.textContent !== text) node.textContent = text;
}
