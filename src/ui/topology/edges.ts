/**
 * The calls between components: a line with an arrowhead, dashes that flow along it as fast as
 * the calls go, and the calls per second beside it. Created once per edge (keyed by its ends),
 * placed when the layout changes, and given their rates on every probe row.
 */
import { curveMonotoneX, type EnterElement, line, type Selection } from "d3";
import type { Position } from "../../scenario/types";
import { label } from "../i18n/bind";
import type { Flow } from "./flow";
import { formatRate, textWidthEm } from "./format";
import type { Card, Size } from "./geometry";
import { LEG_MARGIN, labelSpot } from "./label-spot";
import { crowdedLabels } from "./labels";
import { rootPx } from "./measure";
import type { Shown } from "./shown";

export interface EdgeDatum {
  key: string;
  from: string;
  to: string;
  /** The points it is drawn through, caller first (two for a straight edge). */
  points: Position[];
  /** Routed round the cards (router.ts): drawn as straight legs with rounded corners. */
  detoured?: boolean;
  /** Where the edge's calls per second sit in a probe row. */
  offset: number;
  shown: Shown;
  parts?: EdgeParts;
}

interface EdgeParts {
  flow: SVGPathElement;
  label: SVGTextElement;
  /** Length of the segment the label sits beside, in ems of the label's full size. */
  roomEm: number;
}

/** The label's size in topology.css (.edge-label), and the least it shrinks to. */
const LABEL_REM = 0.75;
const LABEL_MIN_REM = 0.5;
/** Width of a typical rate label ("127/s") in ems. */
const TYPICAL_LABEL_EM = 3;
/** Width of a wide one ("1,234/s"), kept off the cards. */
const WIDEST_LABEL_EM = 4;

/**
 * The label's font size for `text`: full size, or smaller when the text would be wider than its
 * segment, so a rate between two close cards does not spread over their borders.
 */
function labelSize(text: string, roomEm: number): string {
  const widthEm = textWidthEm(text);
  const rem =
    widthEm <= roomEm ? LABEL_REM : Math.max(LABEL_MIN_REM, (LABEL_REM * roomEm) / widthEm);
  return `${rem.toFixed(3)}rem`;
}

export type EdgeSelection = Selection<SVGGElement, EdgeDatum, SVGGElement, unknown>;

export function enterEdges(
  enter: Selection<EnterElement, EdgeDatum, SVGGElement, unknown>,
  arrowId: string,
): EdgeSelection {
  const g = enter
    .append("g")
    .attr("class", "edge edge--idle")
    .attr("data-from", (d) => d.from)
    .attr("data-to", (d) => d.to);
  // A wide invisible stroke under the line, so a connection is easy to click (and select).
  g.append("path").attr("class", "edge-hit");
  g.append("path").attr("class", "edge-line").attr("marker-end", `url(#${arrowId})`);
  g.append("path").attr("class", "edge-flow");
  g.append("text").attr("class", "edge-label").attr("text-anchor", "middle");
  return g;
}

/** A smooth curve through a route's points; routes always run left to right. */
const curve = line<Position>()
  .x((p) => p.x)
  .y((p) => p.y)
  .curve(curveMonotoneX);

function pathOf(e: EdgeDatum): string {
  const [a, b] = e.points;
  if (e.points.length === 2) return `M${a.x},${a.y}L${b.x},${b.y}`;
  return e.detoured ? roundedPath(e.points, CORNER) : (curve(e.points) ?? "");
}

/** The radius of a routed line's corners, in drawing units. */
const CORNER = 10;

/**
 * Straight legs through `points` with each corner rounded off by up to `radius` (never more than
 * half a leg), so the line stays on its legs, which keep clear of the cards.
 */
export function roundedPath(points: readonly Position[], radius: number): string {
  const [first] = points;
  let d = `M${first.x},${first.y}`;
  for (let i = 1; i < points.length - 1; i++) {
    const a = points[i - 1];
    const b = points[i];
    const c = points[i + 1];
    const ab = Math.hypot(b.x - a.x, b.y - a.y) || 1;
    const bc = Math.hypot(c.x - b.x, c.y - b.y) || 1;
    const r = Math.min(radius, ab / 2, bc / 2);
    const p = { x: b.x - ((b.x - a.x) / ab) * r, y: b.y - ((b.y - a.y) / ab) * r };
    const q = { x: b.x + ((c.x - b.x) / bc) * r, y: b.y + ((c.y - b.y) / bc) * r };
    d += `L${p.x},${p.y}Q${b.x},${b.y} ${q.x},${q.y}`;
  }
  const last = points[points.length - 1];
  return `${d}L${last.x},${last.y}`;
}

/**
 * Places the lines and their labels; each label beside its line but off every card of `cards`
 * (each `size` unless it has its own) where there is room.
 */
export function placeEdges(edges: EdgeSelection, cards: readonly Card[], size: Size): void {
  // The label's size in drawing units follows the root's font size.
  const em = LABEL_REM * rootPx();
  const box = {
    width: WIDEST_LABEL_EM * em,
    least: (WIDEST_LABEL_EM * LABEL_MIN_REM * em) / LABEL_REM,
    height: em,
  };
  const anchors = new Map<string, Position>();
  edges.each(function (e) {
    const spot = labelSpot(e.points, cards, size, box);
    anchors.set(e.key, spot.at);
    e.parts = {
      flow: this.querySelector(".edge-flow")!,
      label: this.querySelector(".edge-label")!,
      roomEm: (spot.leg - LEG_MARGIN) / em,
    };
  });
  edges.select(".edge-hit").attr("d", pathOf);
  edges.select(".edge-line").attr("d", pathOf);
  edges.select(".edge-flow").attr("d", pathOf);
  // A typical rate ("127/s") at full size, one line high.
  const crowded = crowdedLabels([...anchors.values()], TYPICAL_LABEL_EM * em, em);
  const hidden = new Set([...anchors.keys()].filter((_, i) => crowded[i]));
  edges
    .select(".edge-label")
    .attr("x", (e) => anchors.get(e.key)!.x)
    .attr("y", (e) => anchors.get(e.key)!.y)
    .attr("display", (e) => (hidden.has(e.key) ? "none" : null));
}

/**
 * Writes every edge's rate from probe row `row` (null before the first row), and gives `flow`
 * the speed of its dashes.
 */
export function updateEdges(edges: EdgeSelection, row: Float64Array | null, flow: Flow): void {
  edges.each(function (e) {
    const parts = e.parts;
    if (parts === undefined) return;
    const rate = row === null ? Number.NaN : row[e.offset];
    e.shown.put("label", row === null ? "" : formatRate(rate), (v) => {
      parts.label.textContent = v;
      parts.label.style.fontSize = labelSize(v, parts.roomEm);
    });
    const speed = flow.setRate(e.key, rate);
    e.shown.put("idle", String(speed === 0), (v) =>
      this.classList.toggle("edge--idle", v === "true"),
    );
  });
}

/** Draws every edge's dashes where `flow` has moved them. */
export function drawFlow(edges: EdgeSelection, flow: Flow): void {
  edges.each((e) => {
    const parts = e.parts;
    if (parts === undefined) return;
    e.shown.put("flow", flow.offset(e.key).toFixed(1), (v) => {
      parts.flow.style.strokeDashoffset = v;
    });
  });
}

/** A link that carries no requests: an autoscaler to the server it scales. */
export interface ControlDatum {
  key: string;
  from: string;
  to: string;
  points: Position[];
}

export type ControlSelection = Selection<SVGGElement, ControlDatum, SVGGElement, unknown>;

/** Dashed, with an open arrowhead and the word "controls": distinct from the calls. */
export function enterControls(
  enter: Selection<EnterElement, ControlDatum, SVGGElement, unknown>,
  arrowId: string,
): ControlSelection {
  const g = enter
    .append("g")
    .attr("class", "control-edge")
    .attr("data-from", (d) => d.from)
    .attr("data-to", (d) => d.to);
  g.append("path").attr("class", "control-line").attr("marker-end", `url(#${arrowId})`);
  g.append("text")
    .attr("class", "control-label")
    .each(function () {
      label(this, "topo.controls");
    });
  return g;
}

export function placeControls(controls: ControlSelection): void {
  controls
    .select(".control-line")
    .attr("d", (e) => e.points.map((p, i) => `${i === 0 ? "M" : "L"}${p.x},${p.y}`).join(""));
  // Beside the middle of the link, to its right: the link is vertical when the autoscaler sits
  // above its server, and a routed link has its long leg in the middle.
  const middle = (e: ControlDatum): Position => {
    const i = Math.max(0, Math.floor((e.points.length - 2) / 2));
    const a = e.points[i];
    const b = e.points[i + 1];
    return { x: (a.x + b.x) / 2 + 6, y: (a.y + b.y) / 2 + 4 };
  };
  controls
    .select(".control-label")
    .attr("x", (e) => middle(e).x)
    .attr("y", (e) => middle(e).y);
}
