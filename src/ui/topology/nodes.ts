/**
 * The components' cards: created once per component (a d3 join keyed by id), placed when the
 * layout changes, and given their live colours and figures on every probe row. A card with a
 * waiting room (server, database, queue) has a bar for it; a server whose circuit breakers are
 * open wears a red pill on its corner.
 */
import type { EnterElement, Selection } from "d3";
import type { Component } from "../../scenario/types";
import { label } from "../i18n/index";
import { caption, cardAlert } from "./caption";
import { queueFraction, utilizationFill, waitingRoom } from "./colour";
import { type Figures, readFigures } from "./figures";
import { typeName } from "./format";
import { NAME_LINE, type Size } from "./geometry";
import { measureIn } from "./measure";
import type { Shown } from "./shown";
import { SYMBOL_SIZE, symbolPath } from "./symbols";
import { zoneLine } from "./zone-line";

export interface NodeDatum {
  id: string;
  component: Component;
  name: string;
  /** The name as the card shows it, on one line or two (wrap.ts). */
  lines: string[];
  /** The card's size: taller when its name takes two lines, and when it has a zone. */
  size: Size;
  x: number;
  y: number;
  /** Where the component's figures start in a probe row; -1 when the row has none. */
  offset: number;
  shown: Shown;
  parts?: NodeParts;
}

interface NodeParts {
  body: SVGRectElement;
  figure: SVGTextElement;
  badge: SVGTextElement;
  queue: SVGRectElement;
  /** Width of the queue bar when full. */
  track: number;
  alert: SVGGElement;
  alertBox: SVGRectElement;
  alertText: SVGTextElement;
  /** Where the alert pill's right edge and its middle sit. */
  alertRight: number;
  alertY: number;
  /** Drawing scale of the card (large type). */
  k: number;
}

export type NodeSelection = Selection<SVGGElement, NodeDatum, SVGGElement, unknown>;

/** The elements of a new card; the caller adds the event handlers. */
export function enterNodes(
  enter: Selection<EnterElement, NodeDatum, SVGGElement, unknown>,
): NodeSelection {
  const g = enter
    .append("g")
    .attr("class", "node")
    .attr("tabindex", 0)
    .attr("role", "button")
    .attr("data-component", (d) => d.id);
  // The card's name for screen readers, and its tooltip: a title rather than an aria-label,
  // which would have to repeat the live figures the card shows (axe: label-content-name-mismatch).
  g.append("title").attr("class", "node-title");
  g.append("rect").attr("class", "node-ring");
  g.append("rect").attr("class", "node-body");
  g.append("path").attr("class", "node-symbol");
  g.append("text").attr("class", "node-name");
  g.append("text").attr("class", "node-figure");
  g.append("text").attr("class", "node-badge");
  g.append("text").attr("class", "node-zone");
  g.append("rect").attr("class", "queue-track");
  g.append("rect").attr("class", "queue-fill");
  const alert = g.append("g").attr("class", "node-alert").attr("display", "none");
  alert.append("rect").attr("class", "node-alert-box");
  alert.append("text").attr("class", "node-alert-text").attr("text-anchor", "middle");
  // The editor's grip for connecting this card to another (see editing.ts).
  const handle = g.append("circle").attr("class", "node-handle");
  handle.append("title").each(function () {
    label(this, "editor.handle.title");
  });
  return g;
}

/**
 * The column beside the symbol where a card's name, figure and badge are written: where it
 * starts, and how wide it is, on a card `size` drawn at scale `k`.
 */
export function textColumn(size: Size, k: number): { x: number; width: number } {
  const x = -size.width / 2 + 14 + SYMBOL_SIZE * k;
  return { x, width: size.width / 2 - 8 - x };
}

/**
 * Places every card and draws what does not change while the scenario stays the same. Every
 * card is `size` across, drawn at scale `k`; a card whose name takes two lines is one line
 * taller, its figure, badge and zone one line lower; a card's zone is a line under its badge.
 */
export function placeNodes(nodes: NodeSelection, size: Size, k: number): void {
  const w = size.width;
  const left = -w / 2;
  const top = (d: NodeDatum) => -d.size.height / 2;
  /** Where the lines under the name go down to. */
  const below = (d: NodeDatum) => top(d) + NAME_LINE * (d.lines.length - 1) * k;
  const textX = textColumn(size, k).x;
  nodes
    .attr("transform", (d) => `translate(${d.x},${d.y})`)
    .attr("data-type", (d) => d.component.type)
    .each(function (d) {
      const title = this.querySelector(":scope > .node-title");
      if (title !== null) title.textContent = `${d.name}, ${typeName(d.component.type)}`;
      d.parts = {
        body: this.querySelector(".node-body")!,
        figure: this.querySelector(".node-figure")!,
        badge: this.querySelector(".node-badge")!,
        queue: this.querySelector(".queue-fill")!,
        track: w - 16,
        alert: this.querySelector(".node-alert")!,
        alertBox: this.querySelector(".node-alert-box")!,
        alertText: this.querySelector(".node-alert-text")!,
        alertRight: -left - 8 * k,
        alertY: top(d),
        k,
      };
    });
  nodes
    .select(".node-ring")
    .attr("x", left - 4)
    .attr("y", (d) => top(d) - 4)
    .attr("width", w + 8)
    .attr("height", (d) => d.size.height + 8)
    .attr("rx", 11);
  nodes
    .select(".node-body")
    .attr("x", left)
    .attr("y", top)
    .attr("width", w)
    .attr("height", (d) => d.size.height)
    .attr("rx", 8);
  nodes
    .select(".node-symbol")
    .attr("d", (d) => symbolPath(d.component.type))
    .attr("transform", (d) => `translate(${left + 8},${top(d) + 8 * k}) scale(${k})`);
  nodes
    .select(".node-name")
    .selectAll("tspan")
    .data((d) => d.lines.map((line, i) => ({ line, y: top(d) + (22 + NAME_LINE * i) * k })))
    .join("tspan")
    .attr("x", textX)
    .attr("y", (l) => l.y)
    .text((l) => l.line);
  nodes
    .select(".node-figure")
    .attr("x", textX)
    .attr("y", (d) => below(d) + 40 * k);
  nodes
    .select(".node-badge")
    .attr("x", textX)
    .attr("y", (d) => below(d) + 56 * k);
  const room = textColumn(size, k).width;
  nodes
    .select<SVGTextElement>(".node-zone")
    .attr("x", textX)
    .attr("y", (d) => below(d) + 72 * k)
    .each(function (d) {
      this.textContent = zoneLine(d.component, room, measureIn(this));
    });
  const bar = { x: left + 8, width: w - 16, height: 3 * k };
  for (const name of [".queue-track", ".queue-fill"]) {
    nodes
      .select(name)
      .attr("x", bar.x)
      .attr("y", (d) => d.size.height / 2 - 7 * k)
      .attr("height", bar.height)
      .attr("rx", bar.height / 2)
      .attr("display", (d) => (waitingRoom(d.component, Number.NaN) === null ? "none" : null));
  }
  nodes.select(".queue-track").attr("width", bar.width);
  nodes
    .select(".node-handle")
    .attr("cx", w / 2)
    .attr("cy", 0)
    .attr("r", 7 * k);
}

/** Writes the live state of every card from probe row `row` (null before the first row). */
export function updateNodes(nodes: NodeSelection, row: Float64Array | null): void {
  nodes.each(function (d) {
    const parts = d.parts;
    if (parts === undefined) return;
    const f: Figures | null = row !== null && d.offset >= 0 ? readFigures(row, d.offset) : null;
    const c = caption(d.component, f);
    d.shown.put("fill", utilizationFill(f?.utilization ?? Number.NaN), (v) =>
      parts.body.style.setProperty("fill", v),
    );
    d.shown.put("figure", c.figure, (v) => {
      parts.figure.textContent = v;
    });
    d.shown.put("badge", c.badge, (v) => {
      parts.badge.textContent = v;
    });
    d.shown.put("down", String(c.down), (v) => this.classList.toggle("node--down", v === "true"));
    const room = f === null ? null : waitingRoom(d.component, f.instances);
    if (f !== null && room !== null) {
      const width = (queueFraction(f.meanQueue, room) * parts.track).toFixed(1);
      d.shown.put("queue", width, (v) => parts.queue.setAttribute("width", v));
    } else {
      d.shown.put("queue", "0", (v) => parts.queue.setAttribute("width", v));
    }
    d.shown.put("alert", cardAlert(d.component, f) ?? "", (v) => showAlert(parts, v));
  });
}

/** Shows `text` in the card's alert pill, sized to it, or hides the pill when it is empty. */
function showAlert(parts: NodeParts, text: string): void {
  if (text === "") {
    parts.alert.setAttribute("display", "none");
    return;
  }
  parts.alert.removeAttribute("display");
  parts.alertText.textContent = text;
  const k = parts.k;
  // Measured when drawn; estimated when the view is hidden and text has no length yet.
  const measured = parts.alertText.getComputedTextLength();
  const width = (measured > 0 ? measured : text.length * 6.5 * k) + 12 * k;
  const height = 16 * k;
  const x = parts.alertRight - width;
  parts.alertBox.setAttribute("x", x.toFixed(1));
  parts.alertBox.setAttribute("y", (parts.alertY - height / 2).toFixed(1));
  parts.alertBox.setAttribute("width", width.toFixed(1));
  parts.alertBox.setAttribute("height", height.toFixed(1));
  parts.alertBox.setAttribute("rx", (height / 2).toFixed(1));
  parts.alertText.setAttribute("x", (x + width / 2).toFixed(1));
  parts.alertText.setAttribute("y", (parts.alertY + 4 * k).toFixed(1));
}
