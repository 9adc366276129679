/**
 * What happened when, drawn over a time chart: what-ifs applied live as labelled vertical lines,
 * the scenario's scheduled faults as labelled shaded spans.
 */
import type { ScaleLinear, Selection } from "d3";
import type { Marker } from "../../worker/protocol";
import type { Span } from "./chart-data";
import { labelLanes } from "./lanes";
import { labelWidthPx } from "./ticks";

type Layer = Selection<SVGGElement, unknown, null, undefined>;

/** Marker and span labels are 0.9em of the chart's text (charts.css). */
const LABEL_EM = 0.9;
/** Height of a lane of labels, in ems of the chart's text. */
const LANE_EM = 1.1;

/**
 * Lines labelled at the top of the plot, the label flipped left near the right edge; labels
 * that would overlap go a line lower each.
 */
export function drawMarkers(
  layer: Layer,
  markers: readonly Marker[],
  x: ScaleLinear<number, number>,
  height: number,
  fontPx: number,
): void {
  const width = x.range()[1];
  const flipped = (d: Marker) => x(d.time) > width * 0.8;
  const lanes = labelLanes(
    markers.map((d) => {
      const w = labelWidthPx(d.label, fontPx * LABEL_EM);
      const at = x(d.time);
      return flipped(d) ? { from: at - 3 - w, to: at - 3 } : { from: at + 3, to: at + 3 + w };
    }),
  );
  const lane = new Map(markers.map((d, i) => [d, lanes[i]]));
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
        .attr("x", (d) => (flipped(d) ? -3 : 3))
        .attr("y", (d) => (lane.get(d) ?? 0) * LANE_EM * fontPx)
        .attr("text-anchor", (d) => (flipped(d) ? "end" : "start"))
        .text((d) => d.label);
    });
}

/**
 * Shaded spans clipped to the plot, labelled at their bottom left; labels that would overlap
 * (two faults from the same moment) go a line higher each.
 */
export function drawSpans(
  layer: Layer,
  spans: readonly Span[],
  x: ScaleLinear<number, number>,
  height: number,
  fontPx: number,
): void {
  const [left, right] = x.range();
  const from = (d: Span) => Math.max(left, Math.min(right, x(d.from)));
  const to = (d: Span) => Math.max(left, Math.min(right, x(d.to)));
  const lanes = labelLanes(
    spans.map((d) => ({
      from: from(d) + 3,
      to: from(d) + 3 + labelWidthPx(d.label, fontPx * LABEL_EM),
    })),
  );
  const lane = new Map(spans.map((d, i) => [d, lanes[i]]));
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
        .attr("y", (d) => height - (lane.get(d) ?? 0) * LANE_EM * fontPx)
        .text((d) => d.label);
    });
}
