/**
 * What happened when, drawn on a time chart: the scenario's scheduled faults as shaded spans,
 * what-ifs applied live as dotted vertical lines. Their labels sit in a band of their own above
 * the plot, where no data line crosses them, each at the top of its own line (a span's at its
 * start); labels that would meet go a lane higher (lanes.ts).
 */
import type { ScaleLinear, Selection } from "d3";
import type { Marker } from "../../worker/protocol";
import type { Span } from "./chart-data";
import { annotationLanes } from "./lanes";
import { labelWidthPx } from "./ticks";

type Layer = Selection<SVGGElement, unknown, null, undefined>;

/** Marker and span labels are 0.9em of the chart's text (charts.css). */
const LABEL_EM = 0.9;
/** Height of a lane of labels, in ems of the chart's text: a label and room around it. */
const LANE_EM = 1.25;
/** Space between a line and its label, and between the plot and the lowest lane, in pixels. */
const PAD = 3;

/** An annotation placed: its line's x, its label's lane, and on which side of the line it reads. */
export interface Placed<T> {
  d: T;
  at: number;
  lane: number;
  /** Near the right edge the label reads leftwards from its line, so it stays on the chart. */
  flipped: boolean;
}

export interface Annotations {
  spans: Placed<Span>[];
  markers: Placed<Marker>[];
  /** Height of the band the labels need above the plot, in pixels; 0 when there are none. */
  band: number;
}

/**
 * Places the labels of `spans` and `markers` over the plot's x scale, for text of `fontPx`; a
 * label may run `overhang` pixels past the plot's right end (the chart's right margin).
 */
export function placeAnnotations(
  spans: readonly Span[],
  markers: readonly Marker[],
  x: ScaleLinear<number, number>,
  fontPx: number,
  overhang: number,
): Annotations {
  const [left, right] = x.range();
  const clamp = (v: number) => Math.max(left, Math.min(right, v));
  const items = [
    ...spans.map((d) => ({ at: clamp(x(d.from)), label: d.label })),
    ...markers.map((d) => ({ at: clamp(x(d.time)), label: d.label })),
  ].map(({ at, label }) => {
    const width = labelWidthPx(label, fontPx * LABEL_EM);
    const flipped = at + PAD + width > right + overhang;
    return flipped
      ? { at, flipped, from: at - PAD - width, to: at - PAD }
      : { at, flipped, from: at + PAD, to: at + PAD + width };
  });
  const lanes = annotationLanes(items);
  const place = <T>(d: T, i: number): Placed<T> => ({
    d,
    at: items[i].at,
    lane: lanes[i],
    flipped: items[i].flipped,
  });
  const count = items.length === 0 ? 0 : Math.max(...lanes) + 1;
  return {
    spans: spans.map((d, i) => place(d, i)),
    markers: markers.map((d, i) => place(d, spans.length + i)),
    band: count === 0 ? 0 : PAD + count * LANE_EM * fontPx,
  };
}

/** The top of a lane, in the plot's coordinates (the plot's top is 0, the band above it). */
function laneTop(lane: number, fontPx: number): number {
  return -PAD - (lane + 1) * LANE_EM * fontPx;
}

/** Where a label's baseline goes: near the bottom of its lane, with room for descenders. */
function labelY(lane: number, fontPx: number): number {
  return -PAD - lane * LANE_EM * fontPx;
}

/** Draws the spans (shading the plot's `height`, a line from it up to the label) and the markers. */
export function drawAnnotations(
  spanLayer: Layer,
  markerLayer: Layer,
  notes: Annotations,
  x: ScaleLinear<number, number>,
  height: number,
  fontPx: number,
): void {
  const [left, right] = x.range();
  const clamp = (v: number) => Math.max(left, Math.min(right, v));
  spanLayer
    .selectAll<SVGGElement, Placed<Span>>("g.chart-span")
    .data(notes.spans)
    .join((enter) => {
      const g = enter.append("g").attr("class", "chart-span");
      g.append("rect");
      g.append("line");
      g.append("text").attr("dy", "-0.3em");
      return g;
    })
    .call((g) => {
      g.select("rect")
        .attr("x", (p) => p.at)
        .attr("width", (p) => clamp(x(p.d.to)) - p.at)
        .attr("y", 0)
        .attr("height", height);
      g.select("line")
        .attr("x1", (p) => p.at)
        .attr("x2", (p) => p.at)
        .attr("y1", (p) => laneTop(p.lane, fontPx))
        .attr("y2", 0);
      label(g.select<SVGTextElement>("text"), fontPx).text((p) => p.d.label);
    });
  markerLayer
    .selectAll<SVGGElement, Placed<Marker>>("g.chart-marker")
    .data(notes.markers)
    .join((enter) => {
      const g = enter.append("g").attr("class", "chart-marker");
      g.append("line");
      g.append("text").attr("dy", "-0.3em");
      return g;
    })
    .call((g) => {
      g.select("line")
        .attr("x1", (p) => p.at)
        .attr("x2", (p) => p.at)
        .attr("y1", (p) => laneTop(p.lane, fontPx))
        .attr("y2", height);
      label(g.select<SVGTextElement>("text"), fontPx).text((p) => p.d.label);
    });
}

function label<T>(
  text: Selection<SVGTextElement, Placed<T>, SVGGElement, unknown>,
  fontPx: number,
): Selection<SVGTextElement, Placed<T>, SVGGElement, unknown> {
  return text
    .attr("x", (p) => (p.flipped ? p.at - PAD : p.at + PAD))
    .attr("y", (p) => labelY(p.lane, fontPx))
    .attr("text-anchor", (p) => (p.flipped ? "end" : "start"));
}
