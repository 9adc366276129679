/**
 * Where each component sits on the canvas when the scenario does not say: a layered drawing in
 * the manner of Sugiyama, read left to right as requests travel. Clients stand in the first
 * column, every other component one column right of its deepest caller, and within a column
 * components follow the mean height of their callers (the barycentre heuristic), which keeps
 * most edges from crossing. Call cycles, which a scenario may have when calls depend on the
 * request class, are broken at the edge that closes them, so every component still gets a column.
 */
import type { Position } from "../../scenario/types";
import type { Edge } from "../../sim/probe";
import { entryLane, exitLane, rowLimit, type Span, subColumns } from "./layer-grid";

/** What the layout needs of a component. */
export interface LayoutNode {
  id: string;
  type: string;
  position?: Position;
  /** For an autoscaler, the server it scales (read for no other type). */
  target?: string;
}

export interface Spacing {
  /** Distance between the centres of neighbouring columns. */
  columnGap: number;
  /** Distance between the centres of neighbouring components in one column. */
  rowGap: number;
}

export const DEFAULT_SPACING: Spacing = { columnGap: 220, rowGap: 110 };

/** Column of each component: 0 for clients, then one past the deepest caller (at least 1). */
export function layers(nodes: readonly LayoutNode[], edges: readonly Edge[]): Map<string, number> {
  const index = new Map(nodes.map((n, i) => [n.id, i]));
  const out: number[][] = nodes.map(() => []);
  for (const e of edges) {
    const from = index.get(e.from);
    const to = index.get(e.to);
    if (from !== undefined && to !== undefined && from !== to) out[from].push(to);
  }
  const forward = acyclic(nodes, out);
  const indegree = new Array<number>(nodes.length).fill(0);
  for (const targets of forward) for (const t of targets) indegree[t]++;
  const layer: number[] = nodes.map((n) => (n.type === "client" ? 0 : 1));
  // Kahn's topological order, seeded in scenario order, so the result never depends on chance.
  const ready = nodes.map((_, i) => i).filter((i) => indegree[i] === 0);
  for (let k = 0; k < ready.length; k++) {
    const from = ready[k];
    for (const to of forward[from]) {
      layer[to] = Math.max(layer[to], layer[from] + 1);
      if (--indegree[to] === 0) ready.push(to);
    }
  }
  return new Map(nodes.map((n, i) => [n.id, layer[i]]));
}

/**
 * The edges minus those that close a cycle, found by depth-first search from the clients first
 * (so the edges requests actually travel first are the ones kept), then from everything else.
 */
function acyclic(nodes: readonly LayoutNode[], out: number[][]): number[][] {
  const forward: number[][] = nodes.map(() => []);
  const state = new Uint8Array(nodes.length); // 0 unseen, 1 on the current path, 2 done
  const visit = (from: number): void => {
    state[from] = 1;
    for (const to of out[from]) {
      if (state[to] === 1) continue;
      forward[from].push(to);
      if (state[to] === 0) visit(to);
    }
    state[from] = 2;
  };
  const order = nodes.map((_, i) => i);
  order.sort((a, b) => Number(nodes[b].type === "client") - Number(nodes[a].type === "client"));
  for (const i of order) if (state[i] === 0) visit(i);
  return forward;
}

/** The key of the edge from `from` to `to` in a layout's routes. */
export function edgeKey(from: string, to: string): string {
  return `${from} ${to}`;
}

export interface Placement {
  /** The centre of each component's card. */
  positions: Map<string, Position>;
  /**
   * For an edge that skips columns, the points it passes through in the columns between
   * (by `edgeKey`), so it runs between the cards there instead of under them. Edges absent
   * here are drawn straight.
   */
  routes: Map<string, Position[]>;
}

/** A component or, for an edge that skips columns, the place where it crosses one. */
interface Slot {
  id: string;
  layer: number;
  /** Scenario order for components, after every component for crossings. */
  order: number;
  callers: string[];
}

/**
 * Automatic positions for every component: columns from `layers`, rows ordered by the
 * barycentre of each component's callers in earlier columns (scenario order breaks ties and
 * places components nobody calls), each column centred on y = 0, the first column at x = 0.
 * An edge that skips columns takes a row in each column it crosses, as Sugiyama's dummy
 * vertices do, and those rows are its route. A column too tall for a landscape drawing wraps
 * into a grid of several sub-columns, and the calls into and out of it run between its rows
 * (layer-grid.ts).
 */
export function layeredLayout(
  nodes: readonly LayoutNode[],
  edges: readonly Edge[],
  spacing: Spacing = DEFAULT_SPACING,
): Placement {
  const layer = layers(nodes, edges);
  const columns: Slot[][] = [];
  const slots = new Map<string, Slot>();
  const put = (l: number, slot: Slot): void => {
    while (columns.length <= l) columns.push([]);
    columns[l].push(slot);
    slots.set(slot.id, slot);
  };
  nodes.forEach((n, i) => {
    const l = layer.get(n.id)!;
    put(l, { id: n.id, layer: l, order: i, callers: [] });
  });
  /** Each edge that runs forwards: the ids it passes, caller first, crossings, callee last. */
  const chains = new Map<string, string[]>();
  for (const e of edges) {
    const a = layer.get(e.from);
    const b = layer.get(e.to);
    const key = edgeKey(e.from, e.to);
    if (a === undefined || b === undefined || b <= a || chains.has(key)) continue;
    const chain = [e.from];
    for (let l = a + 1; l < b; l++) {
      const id = `${key} ${l}`;
      put(l, { id, layer: l, order: nodes.length + slots.size, callers: [chain.at(-1)!] });
      chain.push(id);
    }
    slots.get(e.to)!.callers.push(chain.at(-1)!);
    chains.set(key, [...chain, e.to]);
  }
  const limit = rowLimit(
    columns.map((column) => column.length),
    spacing,
  );
  const placed = new Map<string, Position>();
  /** Where each column stands across, and whether it wrapped. */
  const spans: (Span & { wrapped: boolean })[] = [];
  let x = 0;
  columns.forEach((column, l) => {
    const weight = (slot: Slot): number => {
      const ys = slot.callers.filter((c) => placed.has(c)).map((c) => placed.get(c)!.y);
      return ys.length > 0 ? ys.reduce((x, y) => x + y, 0) / ys.length : Number.POSITIVE_INFINITY;
    };
    const sorted = column
      .map((slot) => ({ slot, w: weight(slot) }))
      .sort((p, q) => p.w - q.w || p.slot.order - q.slot.order);
    // Rows filled left to right, so the order still runs top to bottom.
    const across = subColumns(sorted.length, limit);
    const rows = Math.ceil(sorted.length / across);
    sorted.forEach(({ slot }, i) => {
      placed.set(slot.id, {
        x: x + (i % across) * spacing.columnGap,
        y: (Math.floor(i / across) - (rows - 1) / 2) * spacing.rowGap,
      });
    });
    spans[l] = { start: x, end: x + (across - 1) * spacing.columnGap, wrapped: across > 1 };
    x += across * spacing.columnGap;
  });
  const lane = (id: string, way: typeof entryLane): Position[] => {
    const span = spans[slots.get(id)!.layer];
    return span.wrapped ? way(placed.get(id)!, span, spacing) : [];
  };
  const routes = new Map<string, Position[]>();
  for (const [key, chain] of chains) {
    const route = chain.flatMap((id, i) => {
      if (i === 0) return lane(id, exitLane);
      if (i === chain.length - 1) return lane(id, entryLane);
      return [...lane(id, entryLane), placed.get(id)!, ...lane(id, exitLane)];
    });
    if (route.length > 0) routes.set(key, route);
  }
  return { positions: new Map(nodes.map((n) => [n.id, placed.get(n.id)!])), routes };
}

/**
 * Final positions: the scenario's own when every component has one (the editor's layout is
 * the user's), times `scale` (large type draws everything bigger); the automatic layout when
 * none has. When only some have, they keep theirs and the others are laid out, and edges
 * are drawn straight, since routes made for the automatic layout would not fit.
 *
 * Autoscalers are not on the request path, so they take no column: one without a position
 * sits above the server it scales, over everything else in that server's column.
 */
export function placeComponents(
  nodes: readonly LayoutNode[],
  edges: readonly Edge[],
  spacing: Spacing = DEFAULT_SPACING,
  scale = 1,
): Placement {
  const onPath = nodes.filter((n) => n.type !== "autoscaler");
  const placement = placeOnPath(onPath, edges, spacing, scale);
  if (onPath.length === nodes.length) return placement;
  const placed = new Map(placement.positions);
  const taken: Position[] = [...placed.values(), ...[...placement.routes.values()].flat()];
  for (const n of nodes) {
    if (n.type !== "autoscaler") continue;
    let p: Position;
    if (n.position !== undefined) {
      p = { x: n.position.x * scale, y: n.position.y * scale };
    } else {
      const target = n.target === undefined ? undefined : placed.get(n.target);
      const x = target?.x ?? 0;
      const column = taken.filter((q) => Math.abs(q.x - x) < spacing.columnGap / 2);
      const top = column.length > 0 ? Math.min(...column.map((q) => q.y)) : spacing.rowGap;
      p = { x, y: top - spacing.rowGap };
    }
    placed.set(n.id, p);
    taken.push(p);
  }
  return {
    positions: new Map(nodes.map((n) => [n.id, placed.get(n.id)!])),
    routes: placement.routes,
  };
}

/** `placeComponents` for the components on the request path. */
function placeOnPath(
  nodes: readonly LayoutNode[],
  edges: readonly Edge[],
  spacing: Spacing,
  scale: number,
): Placement {
  const given = nodes.filter((n) => n.position !== undefined).length;
  if (given === 0) return layeredLayout(nodes, edges, spacing);
  const auto = given === nodes.length ? null : layeredLayout(nodes, edges, spacing).positions;
  return {
    positions: new Map(
      nodes.map((n) => [
        n.id,
        n.position ? { x: n.position.x * scale, y: n.position.y * scale } : auto!.get(n.id)!,
      ]),
    ),
    routes: new Map(),
  };
}

/**
 * The links that are not calls: each autoscaler to the server it scales (when that server
 * exists). Drawn dashed, without a rate: no request travels them.
 */
export function controlLinks(nodes: readonly LayoutNode[]): Edge[] {
  const ids = new Set(nodes.map((n) => n.id));
  return nodes
    .filter((n) => n.type === "autoscaler" && n.target !== undefined && ids.has(n.target))
    .map((n) => ({ from: n.id, to: n.target! }));
}
