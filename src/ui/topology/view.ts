/**
 * The architecture drawn live: components as cards coloured by utilisation, calls as arrows
 * with their rates and flowing dashes, an autoscaler's hold on its server as a dashed link. It
 * re-lays out only when the scenario changes; every probe row otherwise updates the colours and
 * figures in place (scene.ts). Zoom and pan with the wheel and drag, double-click the background
 * to fit (frame.ts), click a card to select it (selecting.ts).
 */
import "./topology.css";
import { select } from "d3";
import type { Controller } from "../controller";
import type { EditorSession } from "../editor/session";
import { label } from "../i18n/bind";
import type { Store, ViewState } from "../store";
import { defineArrowheads } from "./arrowheads";
import { mountEditing } from "./editing";
import { mountFrame } from "./frame";
import { mountScene } from "./scene";
import { chooser, forgetGone, markSelected, markSelectedEdge } from "./selecting";
import { Tooltip } from "./tooltip";

export function mountTopology(
  el: HTMLElement,
  store: Store,
  controller: Controller,
  editor?: EditorSession,
): void {
  const root = select(el).classed("topology", true);
  const svg = root.append("svg").attr("class", "topology-svg").attr("role", "group");
  label(svg.node()!, "topo.aria", undefined, "aria-label");
  const defs = svg.append("defs");
  const arrowIds = defineArrowheads(defs);
  const viewport = svg.append("g").attr("class", "topology-viewport");
  const layers = {
    controls: viewport.append("g").attr("class", "control-edges"),
    edges: viewport.append("g").attr("class", "edges"),
    nodes: viewport.append("g").attr("class", "nodes"),
  };
  // Never drawn: a text in the cards' names' font, to measure them by when wrapping.
  const nameSample = defs.append("text").attr("class", "node-name-sample").node()!;
  const empty = root.append("p").attr("class", "topology-empty");
  label(empty.node()!, "topo.empty");
  const tooltip = new Tooltip(el);
  const choose = chooser(store, controller);
  const editing =
    editor === undefined
      ? undefined
      : mountEditing({
          el,
          svg: svg.node()!,
          viewport: viewport.node()!,
          store,
          editor,
          nodes: () => scene.nodes(),
          size: () => scene.size(),
          scale: () => scene.scale(),
          relink: () => scene.relink(),
          choose,
        });
  const frame = mountFrame({
    el,
    svg: svg.node()!,
    viewport: viewport.node()!,
    cards: () => scene.nodes(),
    size: () => scene.size(),
    resized: () => scene.relayoutIfStale(),
  });
  svg.on("click", (event: MouseEvent) => {
    if (event.target === svg.node()) choose(null);
  });
  let last: ViewState | null = null;
  const still = globalThis.matchMedia?.("(prefers-reduced-motion: reduce)");
  const scene = mountScene({
    el,
    svg: svg.node()!,
    layers,
    nameSample,
    arrowIds,
    frame,
    tooltip,
    editing,
    choose,
    state: () => last,
  });

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
    if (relayout) {
      root.classed("topology--large", s.largeType);
      empty.attr("hidden", s.scenario === null && s.draft === null ? null : "");
      scene.build(s);
    }
    if (relayout || s.selected !== previous?.selected) markSelected(scene.cards(), s.selected);
    if (relayout && s.draft !== null) forgetGone(s, scene.drawn(), store, controller);
    if (relayout || s.selectedEdge !== previous?.selectedEdge) {
      markSelectedEdge(scene.calls(), s.selectedEdge);
    }
    if (relayout || s.latest !== previous?.latest) scene.refresh(s);
    // In the frames the run's snapshots make anyway, and only while it runs.
    if (s.running && s.time !== previous?.time && !still?.matches) scene.flow(performance.now());
  });
}
