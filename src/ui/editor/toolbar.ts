/**
 * The editor's bar over the topology: the palette of component types (click to add one in the
 * middle of the view, or drag it onto the canvas), then undo, redo, delete and a new empty
 * scenario. Below the drawing, a line says what the editor's document lacks to run.
 */
import "./editor.css";
import { select } from "d3";
import type { ComponentType } from "../../scenario/types";
import { appendButton } from "../button";
import { label, type MessageKey, t } from "../i18n/index";
import { issueMessage } from "../i18n/issue-message";
import { pathSegments } from "../issue-location";
import type { Store } from "../store";
import { SYMBOL_SIZE, symbolPath } from "../topology/symbols";
import { deleteSelection } from "./actions";
import { emptyDocument, PALETTE } from "./defaults";
import { mountNewNotice } from "./new-notice";
import type { EditorSession } from "./session";

/** The drag-and-drop type of a palette item: its component type. */
export const PALETTE_MIME = "application/x-archsim-component";

export interface ToolbarView {
  /** Adds a component of `type` where the view shows it best. */
  add(type: ComponentType): void;
  choose(id: string | null): void;
}

/** How many of a draft's errors the line under the drawing lists (the inspector has them all). */
const LISTED = 3;

export function mountToolbar(
  el: HTMLElement,
  store: Store,
  editor: EditorSession,
  view: ToolbarView,
): void {
  const root = select(el);
  const bar = root
    .insert("div", ":first-child")
    .attr("class", "editor-toolbar")
    .attr("role", "toolbar")
    .attr("data-testid", "editor-toolbar")
    .call((b) => label(b.node()!, "editor.toolbar", undefined, "aria-label"));
  const palette = bar.append("div").attr("class", "editor-palette");
  for (const type of PALETTE) {
    const item = palette
      .append("button")
      .attr("type", "button")
      .attr("class", "button editor-palette-item")
      .attr("draggable", "true")
      .attr("data-type", type)
      .attr("data-testid", `palette-${type}`)
      .call((b) => label(b.node()!, "editor.palette.title", undefined, "title"))
      .on("click", () => view.add(type))
      .on("dragstart", (event: DragEvent) => {
        event.dataTransfer?.setData(PALETTE_MIME, type);
        if (event.dataTransfer) event.dataTransfer.effectAllowed = "copy";
      });
    item
      .append("svg")
      .attr("class", "editor-palette-symbol")
      .attr("viewBox", `0 0 ${SYMBOL_SIZE} ${SYMBOL_SIZE}`)
      .attr("aria-hidden", "true")
      .append("path")
      .attr("d", symbolPath(type));
    const name = `editor.type.${type}` as MessageKey;
    label(item.append("span").node()!, name);
    label(item.node()!, name, undefined, "aria-label");
  }
  const tools = bar.append("div").attr("class", "editor-tools");
  const button = (text: MessageKey, title: MessageKey, testId: string, onClick: () => void) =>
    appendButton(tools, { text, title, testId, onClick });
  const undo = button("editor.undo", "editor.undo.title", "editor-undo", () => editor.undo());
  const redo = button("editor.redo", "editor.redo.title", "editor-redo", () => editor.redo());
  const remove = button("editor.delete", "editor.delete.none", "editor-delete", () =>
    deleteSelection(store, editor, view.choose),
  );
  const fresh = button("editor.new", "editor.new.title", "editor-new", () => {
    if (!editor.apply({ ok: true, doc: emptyDocument(t("editor.new.name")) })) return;
    view.choose(null);
    showNewNotice();
  });
  const showNewNotice = mountNewNotice(bar.node()!, store, editor);

  const status = root
    .append("div")
    .attr("class", "editor-status")
    .attr("data-testid", "editor-status")
    .attr("aria-live", "polite");
  const summary = status.append("p").attr("class", "editor-status-title");
  const list = status.append("ul").attr("class", "editor-status-list");
  const hint = status.append("p").attr("class", "editor-hint");
  label(hint.node()!, "editor.hint");
  // The cards' figures are the latest probe interval's, the summary's the whole run's: at the
  // end of a run they differ, and this says why.
  const figures = status
    .append("p")
    .attr("class", "editor-hint")
    .attr("data-testid", "figures-hint");
  let interval = Number.NaN;

  store.subscribe((s) => {
    if (s.probeInterval !== interval) {
      interval = s.probeInterval;
      label(figures.node()!, "editor.hint.figures", { seconds: String(interval) });
    }
    const draft = s.draft;
    palette.selectAll("button").property("disabled", draft === null);
    fresh.property("disabled", draft === null);
    undo.property("disabled", !draft?.canUndo);
    redo.property("disabled", !draft?.canRedo);
    const edge = s.selectedEdge;
    remove.property("disabled", draft === null || (edge === null && s.selected === null));
    if (edge !== null) label(remove.node()!, "editor.delete.edge", { ...edge }, "title");
    else if (s.selected !== null)
      label(remove.node()!, "editor.delete.node", { id: s.selected }, "title");
    else label(remove.node()!, "editor.delete.none", undefined, "title");

    const errors = draft?.errors ?? [];
    status.classed("editor-status--errors", errors.length > 0 || draft === null);
    summary.text(
      draft === null
        ? t("editor.notJson")
        : errors.length === 0
          ? ""
          : errors.length === 1
            ? t("editor.errors.one")
            : t("editor.errors.many", { count: errors.length }),
    );
    hint.property("hidden", draft === null || errors.length > 0);
    list
      .selectAll("li")
      .data(errors.slice(0, LISTED))
      .join("li")
      .each(function (issue) {
        const at = componentAt(draft?.doc.components, issue.path);
        const item = select(this).classed("editor-status-link", at !== null);
        item.text(`${issue.path === "" ? "" : `${issue.path}: `}${issueMessage(issue, s.locale)}`);
        item.on("click", () => {
          if (at !== null) view.choose(at);
        });
      });
  });
}

/** The id of the component a path is inside (`components[2].workers` → its id), or null. */
function componentAt(components: unknown, path: string): string | null {
  const segments = pathSegments(path);
  if (segments === null || segments[0] !== "components" || typeof segments[1] !== "number")
    return null;
  const c = Array.isArray(components) ? components[segments[1]] : undefined;
  return typeof c?.id === "string" ? c.id : null;
}
