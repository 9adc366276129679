/**
 * What happened when, drawn over a time chart: what-ifs applied live as labelled vertical lines,
 * the scenario's scheduled faults as labelled shaded spans.
 */
import type { ScaleLinear, Selection } from "d3";
import type { Marker } from "../../worker/protocol";
import type { Span } from "./chart-data";

type Layer = Selection<SVGGElement, unknown, null, undefined>;

/** Lines labelled at the top of the plot, the label flipped left near the right edge. */
export function drawMarkers(
  layer: Layer,
  markers: readonly Marker[],
  x: ScaleLinear<number, number>,
  height: number,
): void {
  const width = x.range()[1];
  layer
    .selectAll<SVGGElement, Marker>("g.chart-marker")
    .data(markers)
    .join((enter) => {
      const g = enter.append("g").attr("class", "chart-marker");
      g.append("line");
      g.append("text").attr("dy", "0.9em");
      return g;
    })
    .attr("transform", (d) => `translate(${x(d.time)},0)`)
    .call((g) => {
      g.select("line").attr("y1", 0).attr("y2", height);
      g.select("text")
        .attr("x", (d) => (x(d.time) > width * 0.8 ? -3 : 3))
        .attr("text-anchor", (d) => (x(d.time) > width * 0.8 ? "end" : "start"))
        .text((d) => d.label);
    });
}

/** Shaded spans clipped to the plot, labelled at their bottom left. */
export function drawSpans(
  layer: Layer,
  spans: readonly Span[],
  x: ScaleLinear<number, number>,
  height: number,
): void {
  const [left, right] = x.range();
  const from = (d: Span) => Math.max(left, Math.min(right, x(d.from)));
  const to = (d: Span) => Math.max(left, Math.min(right, x(d.to)));
  layer
    .selectAll<SVGGElement, Span>("g.chart-span")
    .data(spans)
    .join((enter) => {
      const g = enter.append("g").attr("class", "chart-span");
      g.append("rect");
      g.append("text").attr("dy", "-0.3em");
      return g;
    })
    .call((g) => {
      g.select("rect")
        .attr("x", from)
        .attr("width", (d) => to(d) - from(d))
        .attr("y", 0)
        .attr("height", height);
      g.select("text")
        .attr("x", (d) => from(d) + 3)
        .attr("y", height)
        .text((d) => d.label);
    });
}
