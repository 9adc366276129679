/**
 * Editing on the canvas: drag a card to move it (its place is written to the document when
 * dropped, one undo step), drag from its handle (or Shift-drag it) onto another card to connect
 * them, click a connection to select it, drop a palette item to add a component there. Cards
 * are moved in place while dragged, so the live view keeps running underneath.
 */
import { drag, pointer, select, zoomTransform } from "d3";
import type { ComponentType, Position } from "../../scenario/types";
import { PALETTE } from "../editor/defaults";
import { getAt, isJsonObject, type Json } from "../editor/json";
import { addComponent, connect, moveComponent, placeUnplaced } from "../editor/operations";
import { componentsOf, indexOfId } from "../editor/refs";
import type { EditorSession } from "../editor/session";
import { mountToolbar, PALETTE_MIME } from "../editor/toolbar";
import type { Store } from "../store";
import type { EdgeSelection } from "./edges";
import { freePlace } from "./free-place";
import type { Card, Size } from "./geometry";
import type { NodeDatum, NodeSelection } from "./nodes";

/** How far a dropped card keeps from the others, as a share of a card's height. */
const DROP_GAP = 0.2;

const ARROWS: Record<string, [number, number]> = {
  ArrowLeft: [-1, 0],
  ArrowRight: [1, 0],
  ArrowUp: [0, -1],
  ArrowDown: [0, 1],
};

function isPosition(value: Json | undefined): value is { x: number; y: number } {
  return isJsonObject(value) && typeof value.x === "number" && typeof value.y === "number";
}

export interface EditingParts {
  el: HTMLElement;
  svg: SVGSVGElement;
  viewport: SVGGElement;
  store: Store;
  editor: EditorSession;
  /**
   * The cards as drawn now, at drawing coordinates: scenario positions × `scale`, which is
   * less across than down when presenter mode packs the rows.
   */
  nodes(): NodeDatum[];
  size(): Size;
  scale(): { x: number; y: number };
  /** Redraws the links between the cards where they stand. */
  relink(): void;
  choose(id: string | null): void;
}

export interface Editing {
  attach(nodes: NodeSelection): void;
  attachEdges(edges: EdgeSelection): void;
}

export function mountEditing(p: EditingParts): Editing {
  const preview = select(p.viewport)
    .append("path")
    .attr("class", "connect-preview")
    .attr("display", "none");

  /** Where each card stands, in the document's coordinates. */
  const positionsNow = (): Map<string, Position> => {
    const k = p.scale();
    return new Map(p.nodes().map((n) => [n.id, { x: n.x / k.x, y: n.y / k.y }]));
  };

  const nodeAt = (x: number, y: number, except?: NodeDatum): NodeDatum | undefined =>
    p
      .nodes()
      .find(
        (n) =>
          n !== except &&
          Math.abs(n.x - x) <= n.size.width / 2 &&
          Math.abs(n.y - y) <= n.size.height / 2,
      );

  /** Adds a component at `at` (drawing coordinates) and selects it. */
  const add = (type: ComponentType, at: Position): void => {
    const doc = p.editor.doc;
    if (doc === null) return;
    const k = p.scale();
    // The others get the places they are drawn at, so the new card does not shuffle them.
    const result = addComponent(placeUnplaced(doc, positionsNow()), type, {
      x: at.x / k.x,
      y: at.y / k.y,
    });
    if (p.editor.apply(result) && result.ok && result.id !== undefined) p.choose(result.id);
  };

  /** Where cards stand or will stand: those drawn, and those the document has just placed. */
  const occupied = (): Card[] => {
    const k = p.scale();
    const placed: Card[] = [];
    for (const c of p.editor.doc === null ? [] : componentsOf(p.editor.doc)) {
      const at = isJsonObject(c) ? c.position : undefined;
      if (isPosition(at)) placed.push({ x: at.x * k.x, y: at.y * k.y });
    }
    return [...p.nodes(), ...placed];
  };

  /** The middle of the view, moved right (the way requests flow) past any card already there. */
  const centre = (): Position => {
    const box = p.svg.getBoundingClientRect();
    const [x0, y] = zoomTransform(p.svg).invert([box.width / 2, box.height / 2]);
    const { width, height } = p.size();
    const cards = occupied();
    const taken = (x: number) =>
      cards.some((c) => Math.abs(c.x - x) < width * 1.2 && Math.abs(c.y - y) < height * 1.2);
    let x = x0;
    for (let i = 0; i < 50 && taken(x); i++) x += width * 1.5;
    return { x, y };
  };

  mountToolbar(p.el, p.store, p.editor, { add: (type) => add(type, centre()), choose: p.choose });

  p.svg.addEventListener("dragover", (event) => {
    if (!event.dataTransfer?.types.includes(PALETTE_MIME)) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = "copy";
  });
  p.svg.addEventListener("drop", (event) => {
    const type = event.dataTransfer?.getData(PALETTE_MIME) as ComponentType | undefined;
    if (type === undefined || !PALETTE.includes(type)) return;
    event.preventDefault();
    const [x, y] = pointer(event, p.viewport);
    add(type, freePlace({ x, y }, occupied(), p.size(), DROP_GAP * p.size().height));
  });

  // The arrow keys nudge the selected card (Shift: further); a run of nudges is one undo step.
  document.addEventListener("keydown", (event) => {
    const step = ARROWS[event.key];
    const id = p.store.state.selected;
    const doc = p.editor.doc;
    if (step === undefined || id === null || doc === null) return;
    if (event.ctrlKey || event.metaKey || event.altKey || !onCanvas(event.target)) return;
    // The document's place first: the drawing catches up only at the next frame, and keys
    // repeat faster than that.
    const written = getAt(componentsOf(doc)[indexOfId(doc, id)], ["position"]);
    const at = isPosition(written) ? written : positionsNow().get(id);
    if (at === undefined) return;
    event.preventDefault();
    const k = event.shiftKey ? 50 : 10;
    const moved = moveComponent(placeUnplaced(doc, positionsNow()), id, {
      x: at.x + step[0] * k,
      y: at.y + step[1] * k,
    });
    p.editor.apply(moved, `nudge ${id}`);
  });
  // Only with the focus on the drawing (a card clicked): elsewhere the arrows scroll the page.
  const onCanvas = (target: EventTarget | null) => target instanceof Node && p.svg.contains(target);

  let mode: "move" | "connect" = "move";
  let moved = false;
  let over: NodeDatum | undefined;
  const dragger = drag<SVGGElement, NodeDatum>()
    .subject((event: { sourceEvent: MouseEvent; x: number; y: number }, d) => {
      const target = event.sourceEvent.target as Element | null;
      mode = event.sourceEvent.shiftKey || target?.closest(".node-handle") ? "connect" : "move";
      // A connection follows the pointer itself; a card keeps where it was gripped.
      return mode === "connect" ? { x: event.x, y: event.y } : d;
    })
    .on("start", () => {
      moved = false;
      over = undefined;
    })
    .on("drag", function (event: { x: number; y: number }, d) {
      moved = true;
      if (mode === "move") {
        d.x = event.x;
        d.y = event.y;
        this.setAttribute("transform", `translate(${d.x},${d.y})`);
        p.relink();
        return;
      }
      over = nodeAt(event.x, event.y, d);
      const end = over ?? { x: event.x, y: event.y };
      preview.attr("display", null).attr("d", `M${d.x},${d.y}L${end.x},${end.y}`);
      select(p.viewport)
        .selectAll<SVGGElement, NodeDatum>("g.node")
        .classed("node--target", (n) => n === over);
    })
    .on("end", (_event, d) => {
      preview.attr("display", "none");
      select(p.viewport).selectAll("g.node").classed("node--target", false);
      const doc = p.editor.doc;
      if (!moved || doc === null) return;
      if (mode === "connect") {
        if (over !== undefined) p.editor.apply(connect(doc, d.id, over.id));
        return;
      }
      const k = p.scale();
      p.editor.apply(
        moveComponent(placeUnplaced(doc, positionsNow()), d.id, { x: d.x / k.x, y: d.y / k.y }),
      );
    });

  return {
    attach(nodes) {
      nodes.call(dragger);
    },
    attachEdges(edges) {
      edges.on("click", (event: MouseEvent, d) => {
        event.stopPropagation();
        p.choose(null);
        p.store.update({ selectedEdge: { from: d.from, to: d.to } });
      });
    },
  };
}
