/**
 * What is selected on the drawing: one component or one connection, never both. Clicking a
 * card (or Enter or Space while it has the focus) selects it, clicking the background selects
 * nothing; the cards and lines show the store's selection, and an edit that takes the selected
 * thing away unselects it.
 */
import type { Controller } from "../controller";
import type { Store, ViewState } from "../store";
import type { DrawnEdge } from "./drawn";
import type { EdgeSelection } from "./edges";
import type { NodeSelection } from "./nodes";

/** Selects a component (or nothing), which unselects any connection. */
export function chooser(store: Store, controller: Controller): (id: string | null) => void {
  return (id) => {
    controller.select(id);
    if (store.state.selectedEdge !== null) store.update({ selectedEdge: null });
  };
}

/** Makes new cards select their component when clicked, or on Enter or Space. */
export function selectable(nodes: NodeSelection, choose: (id: string) => void): NodeSelection {
  return nodes
    .on("click", (event: MouseEvent, d) => {
      event.stopPropagation();
      choose(d.id);
    })
    .on("keydown", (event: KeyboardEvent, d) => {
      if (event.key !== "Enter" && event.key !== " ") return;
      event.preventDefault();
      choose(d.id);
    });
}

export function markSelected(nodes: NodeSelection, selected: string | null): void {
  nodes
    .classed("node--selected", (d) => d.id === selected)
    .attr("aria-pressed", (d) => String(d.id === selected));
}

export function markSelectedEdge(edges: EdgeSelection, chosen: ViewState["selectedEdge"]): void {
  edges.classed(
    "edge--selected",
    (d) => chosen !== null && d.from === chosen.from && d.to === chosen.to,
  );
}

/** Unselects a component or a connection an edit (or an undo) took away. */
export function forgetGone(
  s: ViewState,
  drawn: { ids: ReadonlyMap<string, unknown>; edges: readonly DrawnEdge[] },
  store: Store,
  controller: Controller,
): void {
  const edge = s.selectedEdge;
  const edgeGone =
    edge !== null && !drawn.edges.some((e) => e.from === edge.from && e.to === edge.to);
  const gone = s.selected !== null && !drawn.ids.has(s.selected);
  if (edgeGone) store.update({ selectedEdge: null });
  if (gone) controller.select(null);
}
