/**
 * The architecture drawn live: components as cards coloured by utilisation, calls as arrows
 * with their rates and flowing dashes, an autoscaler's hold on its server as a dashed link. It re-lays out only when the scenario changes; every
 * probe row otherwise updates the colours and figures in place. Zoom and pan with the wheel
 * and drag, double-click the background to fit, click a card to select it.
 */
import "./topology.css";
import { type D3ZoomEvent, select, zoom, zoomIdentity, zoomTransform } from "d3";
import type { Position } from "../../scenario/types";
import type { Controller } from "../controller";
import type { EditorSession } from "../editor/session";
import { label } from "../i18n/bind";
import type { Store, ViewState } from "../store";
import { type DrawnEdge, drawnTopology } from "./drawn";
import {
  type ControlDatum,
  type EdgeDatum,
  enterControls,
  enterEdges,
  placeControls,
  placeEdges,
  updateEdges,
} from "./edges";
import { mountEditing } from "./editing";
import { componentOffsets, readFigures } from "./figures";
import {
  BODY_TEXT_SCALE,
  cardSpacing,
  contentBounds,
  controlRoute,
  edgePoints,
  fitHeight,
  fitTransform,
  nodeSize,
  rowSqueeze,
  type Size,
} from "./geometry";
import { controlLinks, edgeKey, type Placement, placeComponents } from "./layout";
import { measureIn } from "./measure";
import { cardNames } from "./names";
import { enterNodes, type NodeDatum, placeNodes, updateNodes } from "./nodes";
import { Shown } from "./shown";
import { Tooltip } from "./tooltip";

let mounted = 0;

/** Fitting zooms out no further: a big scenario shows its whole shape, its text at half size. */
const MIN_SCALE = 0.5;
/**
 * In large type, names stay as large as the page's body text even if the drawing no longer
 * fits: for a projector, legible beats whole, and the rest is a pan away.
 */
const MIN_SCALE_LARGE_TYPE = BODY_TEXT_SCALE;
/** Room around a fitted drawing, in px; large type spends it on the drawing instead. */
const PADDING = 24;
const PADDING_LARGE_TYPE = 8;
/** The least room between two cards one above the other when presenter mode packs the rows. */
const ROW_GAP = 12;

export function mountTopology(
  el: HTMLElement,
  store: Store,
  controller: Controller,
  editor?: EditorSession,
): void {
  const arrowId = `topology-arrow-${++mounted}`;
  const controlArrowId = `topology-control-arrow-${mounted}`;
  const root = select(el).classed("topology", true);
  const svg = root.append("svg").attr("class", "topology-svg").attr("role", "group");
  label(svg.node()!, "topo.aria", undefined, "aria-label");
  const defs = svg.append("defs");
  defs
    .append("marker")
    .attr("id", controlArrowId)
    .attr("viewBox", "0 0 10 10")
    .attr("refX", 9)
    .attr("refY", 5)
    .attr("markerWidth", 9)
    .attr("markerHeight", 9)
    .attr("markerUnits", "userSpaceOnUse")
    .attr("orient", "auto")
    .append("path")
    .attr("class", "control-arrow")
    .attr("d", "M1,1L9,5L1,9");
  defs
    .append("marker")
    .attr("id", arrowId)
    .attr("viewBox", "0 0 10 10")
    .attr("refX", 9)
    .attr("refY", 5)
    .attr("markerWidth", 7)
    .attr("markerHeight", 7)
    .attr("markerUnits", "userSpaceOnUse")
    .attr("orient", "auto")
    .append("path")
    .attr("class", "edge-arrow")
    .attr("d", "M0,0L10,5L0,10z");
  const viewport = svg.append("g").attr("class", "topology-viewport");
  const controlLayer = viewport.append("g").attr("class", "control-edges");
  const edgeLayer = viewport.append("g").attr("class", "edges");
  const nodeLayer = viewport.append("g").attr("class", "nodes");
  // Never drawn: a text in the cards' names' font, to measure them by when wrapping.
  const nameSample = defs.append("text").attr("class", "node-name-sample").node()!;
  const empty = root.append("p").attr("class", "topology-empty");
  label(empty.node()!, "topo.empty");
  const tooltip = new Tooltip(el);
  const editing =
    editor === undefined
      ? undefined
      : mountEditing({
          el,
          svg: svg.node()!,
          viewport: viewport.node()!,
          store,
          editor,
          nodes: () => nodes,
          size: () => size,
          scale: () => ({ x: k, y: k * squeeze }),
          relink: () => link(new Map()),
          choose,
        });

  let nodes: NodeDatum[] = [];
  let byId = new Map<string, NodeDatum>();
  /** How much bigger than at a 16 px root the cards are drawn (rootScale when laid out). */
  let k = 1;
  /** A card's size when its name takes one line; each card has its own (`NodeDatum.size`). */
  let size: Size = nodeSize();
  /** The smallest zoom a fit may use: in large type, text must stay large on screen. */
  let minScale = MIN_SCALE;
  let padding = PADDING;
  /** The layout before presenter mode packed its rows, and the factor it packed them by. */
  let placement: Placement = { positions: new Map(), routes: new Map() };
  /** Each card's size, by component id. */
  let sizes = new Map<string, Size>();
  let squeeze = 1;
  let geometryKey = "";
  let drawnEdges: DrawnEdge[] = [];
  let last: ViewState | null = null;
  /** Whether the user zoomed or panned since the last fit (then a resize keeps their view). */
  let moved = false;
  /** Set when the frame grew for an edit: the resize that follows must not refit the view. */
  let keepView = false;

  const zoomer = zoom<SVGSVGElement, unknown>()
    .scaleExtent([0.1, 4])
    .on("zoom", (event: D3ZoomEvent<SVGSVGElement, unknown>) => {
      viewport.attr("transform", event.transform.toString());
      if (event.sourceEvent) moved = true;
    });
  svg.call(zoomer).on("dblclick.zoom", null);
  svg.on("dblclick", (event: MouseEvent) => {
    if (event.target !== svg.node()) return;
    moved = false;
    fitView();
  });
  svg.on("click", (event: MouseEvent) => {
    if (event.target === svg.node()) choose(null);
  });

  /** Selects a component (or nothing), which unselects any connection. */
  function choose(id: string | null): void {
    controller.select(id);
    if (store.state.selectedEdge !== null) store.update({ selectedEdge: null });
  }

  function fitView(): void {
    const bounds = contentBounds(nodes, size);
    const box = svg.node()!.getBoundingClientRect();
    if (bounds === null || box.width === 0 || box.height === 0) return;
    const t = fitTransform(bounds, box, padding, 1.5, minScale);
    svg.call(zoomer.transform, zoomIdentity.translate(t.x, t.y).scale(t.k));
  }

  /**
   * Gives the drawing the height it needs to show its names at body-text size where the width
   * allows (styles.css bounds it between a minimum and a screenful), so the panel neither
   * leaves empty bands around a short drawing nor shrinks a tall one's text.
   */
  function sizeFrame(): void {
    const bounds = contentBounds(nodes, size);
    const width = svg.node()!.getBoundingClientRect().width;
    if (bounds === null || width === 0) {
      svg.style("height", null);
      return;
    }
    const height = fitHeight(bounds, width, padding, BODY_TEXT_SCALE, minScale);
    svg.style("height", `${height}px`);
  }

  /**
   * After an edit, makes the frame taller (never shorter) when a card now stands below it, so
   * a card dragged down stays in sight; the view itself is left as the user has it.
   */
  function growFrame(): void {
    const bounds = contentBounds(nodes, size);
    if (bounds === null) return;
    const box = svg.node()!.getBoundingClientRect();
    const bottom = Math.ceil(zoomTransform(svg.node()!).applyY(bounds.y + bounds.height) + padding);
    if (bottom <= box.height) return;
    svg.style("height", `${bottom}px`);
    keepView = svg.node()!.getBoundingClientRect().height !== box.height;
  }
  new ResizeObserver(() => {
    if (keepView) {
      keepView = false;
      return;
    }
    relayoutIfStale();
    sizeFrame();
    if (!moved) fitView();
  }).observe(el);
  // Leaving presenter mode may not resize the frame, but its packed rows must go.
  new MutationObserver(relayoutIfStale).observe(document.documentElement, {
    attributeFilter: ["data-presenting"],
  });

  /**
   * Presenter mode changes the root's size and the frame's height without a store change: the
   * cards follow them.
   */
  function relayoutIfStale(): void {
    if (last === null) return;
    if (rootScale() === k && Math.abs(squeezeFor(placement) - squeeze) <= 1e-6) return;
    build(last);
    refresh(last);
  }

  const nodeSelection = () => nodeLayer.selectAll<SVGGElement, NodeDatum>("g.node");
  const edgeSelection = () => edgeLayer.selectAll<SVGGElement, EdgeDatum>("g.edge");
  const controlSelection = () =>
    controlLayer.selectAll<SVGGElement, ControlDatum>("g.control-edge");

  function build(s: ViewState): void {
    const drawnBefore = new Set(nodes.map((n) => n.id));
    k = rootScale();
    size = nodeSize(k);
    minScale = s.largeType ? MIN_SCALE_LARGE_TYPE : MIN_SCALE;
    padding = s.largeType ? PADDING_LARGE_TYPE : PADDING;
    root.classed("topology--large", s.largeType);
    empty.attr("hidden", s.scenario === null && s.draft === null ? null : "");
    const { components, edges } = drawnTopology(s);
    drawnEdges = edges;
    const layout = s.layout;
    const names = cardNames(components, s.locale, k, measureIn(nameSample));
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
    const nodeJoin = nodeSelection()
      .data(nodes, (d) => d.id)
      .join((enter) =>
        enterNodes(enter)
          .on("click", (event: MouseEvent, d) => {
            event.stopPropagation();
            choose(d.id);
          })
          .on("keydown", (event: KeyboardEvent, d) => {
            if (event.key !== "Enter" && event.key !== " ") return;
            event.preventDefault();
            choose(d.id);
          })
          .on("pointerenter", (event: PointerEvent, d) => {
            tooltip.show(d.component, d.name, figuresOf(d));
            tooltip.move(event, el);
          })
          .on("pointermove", (event: PointerEvent) => tooltip.move(event, el))
          .on("pointerleave", () => tooltip.hide()),
      );
    placeNodes(nodeJoin, size, k);
    editing?.attach(nodeJoin);
    link(routes);
    if (tooltip.shownId !== null && !byId.has(tooltip.shownId)) tooltip.hide();
    const cards = nodes.map((n) => [n.id, n.x, n.y, n.lines.length]);
    const key = JSON.stringify([s.largeType, k, cards, edges]);
    // An edit leaves the view where the user is working, unless it added a card out of sight;
    // a load shows the whole new drawing.
    const unseen = nodes.some((n) => !drawnBefore.has(n.id) && !inSight(n));
    if (key !== geometryKey) {
      if (s.draft?.edited) growFrame();
      else sizeFrame();
    }
    if (key !== geometryKey && (!s.draft?.edited || unseen)) {
      moved = false;
      fitView();
    }
    geometryKey = key;
  }

  /**
   * How much closer presenter mode brings the rows so that the whole drawing fits the frame's
   * greatest height (a screenful, workshop.css) with its names at body-text size: on a
   * 1280x720 projector six rows of cards do not fit as the scenario spaces them. 1 otherwise:
   * the user's own view keeps the scenario's layout, which their edits write back.
   */
  function squeezeFor(p: Placement): number {
    if (!document.documentElement.hasAttribute("data-presenting")) return 1;
    const frame = Number.parseFloat(getComputedStyle(svg.node()!).maxHeight);
    if (!Number.isFinite(frame)) return 1;
    // A pixel spare, so rounding never leaves the fit a hair under the readable zoom.
    const room = (frame - 2 * padding - 1) / minScale;
    const cards = [...p.positions].map(([id, at]) => ({ ...at, size: sizes.get(id) }));
    return rowSqueeze(cards, size, room, ROW_GAP * k);
  }

  /** Unselects a component or a connection an edit (or an undo) took away. */
  function forgetGone(s: ViewState): void {
    const edge = s.selectedEdge;
    const edgeGone =
      edge !== null && !drawnEdges.some((e) => e.from === edge.from && e.to === edge.to);
    const gone = s.selected !== null && !byId.has(s.selected);
    if (edgeGone) store.update({ selectedEdge: null });
    if (gone) controller.select(null);
  }

  /** Whether a card is wholly inside the visible part of the drawing. */
  function inSight(n: NodeDatum): boolean {
    const box = svg.node()!.getBoundingClientRect();
    const t = zoomTransform(svg.node()!);
    const [x0, y0] = t.apply([n.x - n.size.width / 2, n.y - n.size.height / 2]);
    const [x1, y1] = t.apply([n.x + n.size.width / 2, n.y + n.size.height / 2]);
    return x0 >= 0 && y0 >= 0 && x1 <= box.width && y1 <= box.height;
  }

  /** Draws the calls and control links between the cards where they stand now. */
  function link(routes: Map<string, Position[]>): void {
    const pairs = new Set(drawnEdges.map((e) => edgeKey(e.from, e.to)));
    const edgeData: EdgeDatum[] = [];
    for (const e of drawnEdges) {
      const a = byId.get(e.from);
      const b = byId.get(e.to);
      if (a === undefined || b === undefined || a === b) continue;
      const key = edgeKey(e.from, e.to);
      const both = pairs.has(edgeKey(e.to, e.from));
      edgeData.push({
        key,
        from: e.from,
        to: e.to,
        points: edgePoints(a, b, size, routes.get(key), both ? 7 : 0),
        offset: e.offset,
        shown: new Shown(),
      });
    }
    const edgeJoin = edgeSelection()
      .data(edgeData, (d) => d.key)
      .join((enter) => enterEdges(enter, arrowId));
    placeEdges(edgeJoin);
    editing?.attachEdges(edgeJoin);
    const controlData: ControlDatum[] = controlLinks(nodes.map((n) => n.component)).map((link) => {
      const a = byId.get(link.from)!;
      const b = byId.get(link.to)!;
      const others = nodes.filter((n) => n !== a && n !== b);
      return {
        key: edgeKey(link.from, link.to),
        ...link,
        points: controlRoute(a, b, size, others),
      };
    });
    const controlJoin = controlSelection()
      .data(controlData, (d) => d.key)
      .join((enter) => enterControls(enter, controlArrowId));
    placeControls(controlJoin);
  }

  /** Writes the newest probe row's figures on the cards, the edges and the tooltip. */
  function refresh(s: ViewState): void {
    const row = usableRow(s);
    updateNodes(nodeSelection(), row);
    updateEdges(edgeSelection(), row);
    const hovered = tooltip.shownId === null ? undefined : byId.get(tooltip.shownId);
    if (hovered !== undefined) tooltip.update(hovered.component, figuresOf(hovered));
  }

  function figuresOf(d: NodeDatum) {
    const row = usableRow(last);
    return row !== null && d.offset >= 0 ? readFigures(row, d.offset) : null;
  }

  store.subscribe((s) => {
    const previous = last;
    last = s;
    const relayout =
      previous === null ||
      s.scenario !== previous.scenario ||
      s.layout !== previous.layout ||
      s.draft !== previous.draft ||
      s.largeType !== previous.largeType ||
      s.locale !== previous.locale;
    if (relayout) build(s);
    if (relayout || s.selected !== previous?.selected) {
      nodeSelection()
        .classed("node--selected", (d) => d.id === s.selected)
        .attr("aria-pressed", (d) => String(d.id === s.selected));
    }
    if (relayout && s.draft !== null) forgetGone(s);
    if (relayout || s.selectedEdge !== previous?.selectedEdge) {
      const chosen = s.selectedEdge;
      edgeSelection().classed(
        "edge--selected",
        (d) => chosen !== null && d.from === chosen.from && d.to === chosen.to,
      );
    }
    if (relayout || s.latest !== previous?.latest) refresh(s);
    root.classed("topology--paused", !s.running);
  });
}

/**
 * How much bigger than at a 16 px root the page's text is drawn: large type's 21 px root, or
 * presenter mode's 22 px, so the cards grow with the text they hold.
 */
function rootScale(): number {
  return (Number.parseFloat(getComputedStyle(document.documentElement).fontSize) || 16) / 16;
}

/** The placement with every y multiplied by `factor`, routes included. */
function packed(p: Placement, factor: number): Placement {
  if (factor === 1) return p;
  const pack = (q: Position): Position => ({ x: q.x, y: q.y * factor });
  return {
    positions: new Map([...p.positions].map(([id, q]) => [id, pack(q)])),
    routes: new Map([...p.routes].map(([key, points]) => [key, points.map(pack)])),
  };
}

/** The newest probe row when it belongs to the current layout. */
function usableRow(s: ViewState | null): Float64Array | null {
  if (s === null || s.latest === null || s.layout === null) return null;
  return s.latest.length >= s.layout.rowLength ? s.latest : null;
}
