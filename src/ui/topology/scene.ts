/**
 * What the drawing shows: a card for each component, laid out for the scenario, the calls and
 * control links between them, and the newest probe row's figures on both. `build` lays it all
 * out again; `refresh` only writes new figures into what is there, which every probe row does.
 */
import type { Selection } from "d3";
import type { Position } from "../../scenario/types";
import type { ViewState } from "../store";
import type { ArrowIds } from "./arrowheads";
import { type DrawnEdge, drawnTopology } from "./drawn";
import {
  type ControlDatum,
  drawFlow,
  type EdgeDatum,
  type EdgeSelection,
  enterControls,
  enterEdges,
  placeControls,
  placeEdges,
  updateEdges,
} from "./edges";
import type { Editing } from "./editing";
import { componentOffsets, readFigures } from "./figures";
import { Flow } from "./flow";
import type { Frame } from "./frame";
import { cardSpacing, nodeSize, type Size } from "./geometry";
import { type Placement, placeComponents } from "./layout";
import { controlData, edgeData } from "./links";
import { measureIn, rootPx } from "./measure";
import { cardNames } from "./names";
import { enterNodes, type NodeDatum, type NodeSelection, placeNodes, updateNodes } from "./nodes";
import { packed, presenterSqueeze } from "./packing";
import { selectable } from "./selecting";
import { Shown } from "./shown";
import type { Tooltip } from "./tooltip";

type Layer = Selection<SVGGElement, unknown, null, undefined>;

export interface SceneParts {
  /** The element the tooltip is placed in. */
  el: HTMLElement;
  svg: SVGSVGElement;
  /** The groups the control links, the calls and the cards are drawn in, bottom to top. */
  layers: { controls: Layer; edges: Layer; nodes: Layer };
  /** A text never shown, in the cards' names' font, to measure them by when wrapping. */
  nameSample: SVGTextElement;
  arrowIds: ArrowIds;
  frame: Frame;
  tooltip: Tooltip;
  editing: Editing | undefined;
  choose(id: string | null): void;
  /** The view state last seen: the tooltip reads its probe row, a stale layout redraws it. */
  state(): ViewState | null;
}

export interface Scene {
  /** The cards as drawn now, at drawing coordinates. */
  nodes(): NodeDatum[];
  /** The cards by component id, and the calls drawn between them. */
  drawn(): { ids: ReadonlyMap<string, NodeDatum>; edges: readonly DrawnEdge[] };
  /** A card's size when its name takes one line; each card has its own (`NodeDatum.size`). */
  size(): Size;
  /** Drawing units per scenario unit: fewer down than across when presenter mode packs rows. */
  scale(): { x: number; y: number };
  cards(): NodeSelection;
  calls(): EdgeSelection;
  build(s: ViewState): void;
  /** Draws the calls and control links between the cards where they stand now. */
  relink(): void;
  /** Writes the newest probe row's figures on the cards, the edges and the tooltip. */
  refresh(s: ViewState): void;
  /** Moves the dashes on the edges by the wall time since the last move (`now` in ms). */
  flow(now: number): void;
  /**
   * Presenter mode changes the root's size and the frame's height without a store change: the
   * cards follow them.
   */
  relayoutIfStale(): void;
}

export function mountScene(p: SceneParts): Scene {
  const { layers, tooltip, editing } = p;
  let nodes: NodeDatum[] = [];
  let byId = new Map<string, NodeDatum>();
  /** How much bigger than at a 16 px root the cards are drawn (rootScale when laid out). */
  let k = 1;
  let size: Size = nodeSize();
  /** The layout before presenter mode packed its rows, and the factor it packed them by. */
  let placement: Placement = { positions: new Map(), routes: new Map() };
  /** Each card's size, by component id. */
  let sizes = new Map<string, Size>();
  let squeeze = 1;
  let geometryKey = "";
  let drawnEdges: DrawnEdge[] = [];
  const flow = new Flow();

  const cards = () => layers.nodes.selectAll<SVGGElement, NodeDatum>("g.node");
  const calls = () => layers.edges.selectAll<SVGGElement, EdgeDatum>("g.edge");
  const controls = () => layers.controls.selectAll<SVGGElement, ControlDatum>("g.control-edge");
  const squeezeFor = (q: Placement) => presenterSqueeze(p.svg, p.frame, q, sizes, size, k);

  function relayoutIfStale(): void {
    const last = p.state();
    if (last === null) return;
    if (rootScale() === k && Math.abs(squeezeFor(placement) - squeeze) <= 1e-6) return;
    build(last);
    refresh(last);
  }
  // Leaving presenter mode may not resize the frame, but its packed rows must go.
  new MutationObserver(relayoutIfStale).observe(document.documentElement, {
    attributeFilter: ["data-presenting"],
  });

  function build(s: ViewState): void {
    const drawnBefore = new Set(nodes.map((n) => n.id));
    k = rootScale();
    size = nodeSize(k);
    p.frame.setLargeType(s.largeType);
    const { components, edges } = drawnTopology(s);
    drawnEdges = edges;
    const layout = s.layout;
    const names = cardNames(components, s.locale, k, measureIn(p.nameSample));
    sizes = new Map(components.map((c, i) => [c.id, names[i].size]));
    // The automatic layout spaces its rows for the tallest card.
    const tallest = names.reduce((h, n) => Math.max(h, n.size.height), size.height);
    const spacing = cardSpacing({ ...size, height: tallest }, s.largeType);
    placement = placeComponents(components, edges, spacing, k);
    squeeze = squeezeFor(placement);
    const { positions, routes } = packed(placement, squeeze);
    const offsets = layout === null ? new Map<string, number>() : componentOffsets(layout);
    nodes = components.map((c, i) => ({
      id: c.id,
      component: c,
      ...names[i],
      ...positions.get(c.id)!,
      offset: offsets.get(c.id) ?? -1,
      shown: new Shown(),
    }));
    byId = new Map(nodes.map((n) => [n.id, n]));
    const nodeJoin = cards()
      .data(nodes, (d) => d.id)
      .join((enter) =>
        selectable(enterNodes(enter), p.choose)
          .on("pointerenter", (event: PointerEvent, d) => {
            tooltip.show(d.component, d.name, figuresOf(d));
            tooltip.move(event, p.el);
          })
          .on("pointermove", (event: PointerEvent) => tooltip.move(event, p.el))
          .on("pointerleave", () => tooltip.hide()),
      );
    placeNodes(nodeJoin, size, k);
    editing?.attach(nodeJoin);
    link(routes);
    // A card hovered through a rebuild shows it too: in a new language its labels and name
    // would otherwise stay in the old one while its figures changed.
    const hovered = tooltip.shownId === null ? undefined : byId.get(tooltip.shownId);
    if (hovered !== undefined) tooltip.show(hovered.component, hovered.name, figuresOf(hovered));
    else tooltip.hide();
    const placed = nodes.map((n) => [n.id, n.x, n.y, n.size.height]);
    const key = JSON.stringify([s.largeType, k, placed, edges]);
    // An edit leaves the view where the user is working, unless it added a card out of sight;
    // a load shows the whole new drawing.
    const unseen = nodes.some((n) => !drawnBefore.has(n.id) && !p.frame.inSight(n));
    if (key !== geometryKey) {
      if (s.draft?.edited) p.frame.grow();
      else p.frame.sizeToContent();
    }
    if (key !== geometryKey && (!s.draft?.edited || unseen)) p.frame.fitAll();
    geometryKey = key;
  }

  function link(routes: ReadonlyMap<string, Position[]>): void {
    const edgeJoin = calls()
      .data(edgeData(drawnEdges, byId, size, routes), (d) => d.key)
      .join((enter) => enterEdges(enter, p.arrowIds.call));
    placeEdges(edgeJoin, nodes, size);
    flow.keep(new Set(edgeJoin.data().map((e) => e.key)));
    drawFlow(edgeJoin, flow);
    editing?.attachEdges(edgeJoin);
    const controlJoin = controls()
      .data(controlData(nodes, byId, size), (d) => d.key)
      .join((enter) => enterControls(enter, p.arrowIds.control));
    placeControls(controlJoin);
  }

  function refresh(s: ViewState): void {
    const row = usableRow(s);
    updateNodes(cards(), row);
    updateEdges(calls(), row, flow);
    const hovered = tooltip.shownId === null ? undefined : byId.get(tooltip.shownId);
    if (hovered !== undefined) tooltip.update(hovered.component, figuresOf(hovered));
  }

  function figuresOf(d: NodeDatum) {
    const row = usableRow(p.state());
    return row !== null && d.offset >= 0 ? readFigures(row, d.offset) : null;
  }

  return {
    nodes: () => nodes,
    drawn: () => ({ ids: byId, edges: drawnEdges }),
    size: () => size,
    scale: () => ({ x: k, y: k * squeeze }),
    cards,
    calls,
    build,
    relink: () => link(new Map()),
    refresh,
    flow(now) {
      flow.advance(now);
      drawFlow(calls(), flow);
    },
    relayoutIfStale,
  };
}

/** How much bigger than at a 16 px root the page's text is drawn, so cards grow with it. */
function rootScale(): number {
  return rootPx() / 16;
}

/** The newest probe row when it belongs to the current layout. */
function usableRow(s: ViewState | null): Float64Array | null {
  if (s === null || s.latest === null || s.layout === null) return null;
  return s.latest.length >= s.layout.rowLength ? s.latest : null;
}
