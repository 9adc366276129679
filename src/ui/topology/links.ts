/**
 * The lines between the cards where they stand now: each call from border to border (two
 * parallel lines when two components call each other), through its route's waypoints when the
 * layout gave it some, and each autoscaler's control link, taken around any card in its way.
 */
import type { Position } from "../../scenario/types";
import type { DrawnEdge } from "./drawn";
import type { ControlDatum, EdgeDatum } from "./edges";
import { controlRoute, edgePoints, type Size } from "./geometry";
import { controlLinks, edgeKey } from "./layout";
import type { NodeDatum } from "./nodes";
import { Shown } from "./shown";

/** How far apart a call and its call back are drawn. */
const BOTH_WAYS_OFFSET = 7;

/** The calls of `drawn` between two different cards of `byId`, their routes from `routes`. */
export function edgeData(
  drawn: readonly DrawnEdge[],
  byId: ReadonlyMap<string, NodeDatum>,
  size: Size,
  routes: ReadonlyMap<string, Position[]>,
): EdgeDatum[] {
  const pairs = new Set(drawn.map((e) => edgeKey(e.from, e.to)));
  const out: EdgeDatum[] = [];
  for (const e of drawn) {
    const a = byId.get(e.from);
    const b = byId.get(e.to);
    if (a === undefined || b === undefined || a === b) continue;
    const key = edgeKey(e.from, e.to);
    const both = pairs.has(edgeKey(e.to, e.from));
    out.push({
      key,
      from: e.from,
      to: e.to,
      points: edgePoints(a, b, size, routes.get(key), both ? BOTH_WAYS_OFFSET : 0),
      offset: e.offset,
      shown: new Shown(),
    });
  }
  return out;
}

/** The control links between `nodes`, which `byId` indexes. */
export function controlData(
  nodes: readonly NodeDatum[],
  byId: ReadonlyMap<string, NodeDatum>,
  size: Size,
): ControlDatum[] {
  return controlLinks(nodes.map((n) => n.component)).map((link) => {
    const a = byId.get(link.from)!;
    const b = byId.get(link.to)!;
    const others = nodes.filter((n) => n !== a && n !== b);
    return {
      key: edgeKey(link.from, link.to),
      ...link,
      points: controlRoute(a, b, size, others),
    };
  });
}
