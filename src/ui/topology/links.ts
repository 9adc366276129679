/**
 * The lines between the cards where they stand now: each call from border to border (two
 * parallel lines when two components call each other), through its route's waypoints when the
 * layout gave it some, and each autoscaler's control link. A line that would pass through a
 * card it does not join is routed round the cards instead (router.ts).
 */
import type { Position } from "../../scenario/types";
import type { DrawnEdge } from "./drawn";
import type { ControlDatum, EdgeDatum } from "./edges";
import { type Card, controlRoute, edgePoints, type Size, segmentCrossesCard } from "./geometry";
import { controlLinks, edgeKey } from "./layout";
import type { NodeDatum } from "./nodes";
import { detour } from "./router";
import { Shown } from "./shown";

/** How far apart a call and its call back are drawn. */
const BOTH_WAYS_OFFSET = 7;

/** How far a routed line keeps from the cards, as a share of a card's height. */
const CLEARANCE = 0.2;

/** Whether the line through `points` passes through one of the cards `others`. */
export function throughCard(
  points: readonly Position[],
  others: readonly Card[],
  size: Size,
): boolean {
  for (let i = 1; i < points.length; i++) {
    for (const c of others) {
      if (segmentCrossesCard(points[i - 1], points[i], c, c.size ?? size)) return true;
    }
  }
  return false;
}

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
    const offset = both ? BOTH_WAYS_OFFSET : 0;
    let points = edgePoints(a, b, size, routes.get(key), offset);
    let detoured = false;
    const others = [...byId.values()].filter((n) => n !== a && n !== b);
    if (throughCard(points, others, size)) {
      const way = detour(a, b, others, size, CLEARANCE * size.height);
      // A call and its call back found the same way: each runs its own side of it.
      const shift = e.from < e.to ? offset : -offset;
      if (way !== null) {
        points = edgePoints(
          a,
          b,
          size,
          way.map((p) => ({ x: p.x + shift, y: p.y + shift })),
        );
        detoured = true;
      }
    }
    out.push({
      key,
      from: e.from,
      to: e.to,
      points,
      detoured,
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
    let points = controlRoute(a, b, size, others);
    if (throughCard(points, others, size)) {
      const way = detour(a, b, others, size, CLEARANCE * size.height);
      if (way !== null) points = edgePoints(a, b, size, way);
    }
    return { key: edgeKey(link.from, link.to), ...link, points };
  });
}
