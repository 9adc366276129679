/**
 * What the topology draws: the document being edited when there is one (valid or not: a client
 * just added has no target yet, and it is drawn all the same), else the loaded scenario. The
 * document is read leniently, defaults filled in, so cards can print their configuration; the
 * live figures come from the running scenario's probe rows, matched by id, so a component the
 * simulation does not run yet is drawn without figures.
 */
import { readComponents } from "../../scenario/components";
import { Report } from "../../scenario/issues";
import type { Component } from "../../scenario/types";
import { requestEdges } from "../editor/refs";
import type { ViewState } from "../store";
import { edgeOffset } from "./figures";
import { edgeKey } from "./layout";

export interface DrawnEdge {
  from: string;
  to: string;
  /** Where its calls per second sit in a probe row; -1 when the running scenario has no such edge. */
  offset: number;
}

export interface Drawn {
  components: Component[];
  edges: DrawnEdge[];
}

export function drawnTopology(s: ViewState): Drawn {
  const layout = s.layout;
  const offsets = new Map<string, number>();
  layout?.edges.forEach((e, i) => {
    offsets.set(edgeKey(e.from, e.to), edgeOffset(layout, i));
  });
  const offset = (from: string, to: string) => offsets.get(edgeKey(from, to)) ?? -1;
  if (s.draft === null) {
    return {
      components: s.scenario?.components ?? [],
      edges: (layout?.edges ?? []).map((e) => ({ ...e, offset: offset(e.from, e.to) })),
    };
  }
  const components: Component[] = [];
  const ids = new Set<string>();
  // The validator reports every problem of a draft elsewhere; here only the readable parts count.
  for (const entry of readComponents(new Report(), s.draft.doc.components, "components")) {
    if (entry.id === undefined || entry.component === undefined || ids.has(entry.id)) continue;
    ids.add(entry.id);
    components.push({ ...entry.component, id: entry.id });
  }
  const edges = requestEdges(s.draft.doc)
    .filter((e) => e.from !== e.to && ids.has(e.from) && ids.has(e.to))
    .map((e) => ({ ...e, offset: offset(e.from, e.to) }));
  return { components, edges };
}
