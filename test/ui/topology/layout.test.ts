import { describe, expect, it } from "vitest";
import {
  cardSpacing,
  contentBounds,
  edgePoints,
  nodeSize,
  segmentCrossesCard,
} from "../../../src/ui/topology/geometry";
import {
  controlLinks,
  edgeKey,
  type LayoutNode,
  layeredLayout,
  layers,
  placeComponents,
} from "../../../src/ui/topology/layout";

const spacing = { columnGap: 200, rowGap: 100 };

function node(id: string, type = "server", position?: { x: number; y: number }): LayoutNode {
  return position === undefined ? { id, type } : { id, type, position };
}

function scaler(id: string, target: string, position?: { x: number; y: number }): LayoutNode {
  return { ...node(id, "autoscaler", position), target };
}

const edge = (from: string, to: string) => ({ from, to });

describe("layers", () => {
  it("puts clients first and every callee one column past its deepest caller", () => {
    const nodes = [node("db"), node("users", "client"), node("lb", "loadbalancer"), node("app")];
    const edges = [edge("users", "lb"), edge("lb", "app"), edge("app", "db")];
    expect(Object.fromEntries(layers(nodes, edges))).toEqual({ users: 0, lb: 1, app: 2, db: 3 });
  });

  it("places a component called from two depths after the deeper caller", () => {
    const nodes = [node("c", "client"), node("a"), node("b"), node("shared")];
    const edges = [edge("c", "a"), edge("a", "b"), edge("b", "shared"), edge("c", "shared")];
    expect(layers(nodes, edges).get("shared")).toBe(3);
  });

  it("keeps components nobody calls out of the clients' column", () => {
    const nodes = [node("c", "client"), node("orphan")];
    expect(Object.fromEntries(layers(nodes, []))).toEqual({ c: 0, orphan: 1 });
  });

  it("breaks a call cycle at the edge that closes it instead of looping", () => {
    const nodes = [node("c", "client"), node("a"), node("b")];
    const edges = [edge("c", "a"), edge("a", "b"), edge("b", "a")];
    expect(Object.fromEntries(layers(nodes, edges))).toEqual({ c: 0, a: 1, b: 2 });
  });

  it("ignores self-calls and edges to unknown components", () => {
    const nodes = [node("c", "client"), node("a")];
    const edges = [edge("c", "a"), edge("a", "a"), edge("a", "ghost")];
    expect(Object.fromEntries(layers(nodes, edges))).toEqual({ c: 0, a: 1 });
  });
});

describe("layeredLayout", () => {
  it("spaces columns by columnGap from x = 0 and centres each column on y = 0", () => {
    const nodes = [node("c", "client"), node("lb", "loadbalancer"), node("a"), node("b")];
    const edges = [edge("c", "lb"), edge("lb", "a"), edge("lb", "b")];
    const { positions: p, routes } = layeredLayout(nodes, edges, spacing);
    expect(p.get("c")).toEqual({ x: 0, y: 0 });
    expect(p.get("lb")).toEqual({ x: 200, y: 0 });
    expect(p.get("a")).toEqual({ x: 400, y: -50 });
    expect(p.get("b")).toEqual({ x: 400, y: 50 });
    expect(routes.size).toBe(0);
  });

  it("orders a column by the height of its callers, so edges do not cross", () => {
    // Client "top" calls "y" and client "bottom" calls "x": scenario order would cross the
    // two edges, the barycentre puts each callee level with its caller.
    const nodes = [node("top", "client"), node("bottom", "client"), node("x"), node("y")];
    const edges = [edge("top", "y"), edge("bottom", "x")];
    const p = layeredLayout(nodes, edges, spacing).positions;
    expect(p.get("top")!.y).toBeLessThan(p.get("bottom")!.y);
    expect(p.get("y")!.y).toBeLessThan(p.get("x")!.y);
  });

  it("routes an edge that skips a column through a row of its own there, not under a card", () => {
    // api calls db directly and through the cache: api → db skips the cache's column.
    const nodes = [node("c", "client"), node("api"), node("cache", "cache"), node("db")];
    const edges = [edge("c", "api"), edge("api", "cache"), edge("cache", "db"), edge("api", "db")];
    const { positions: p, routes } = layeredLayout(nodes, edges, spacing);
    expect(p.get("db")!.x).toBe(600);
    const route = routes.get(edgeKey("api", "db"))!;
    expect(route).toHaveLength(1);
    expect(route[0].x).toBe(p.get("cache")!.x);
    expect(Math.abs(route[0].y - p.get("cache")!.y)).toBe(100);
  });

  it("gives an edge one waypoint per column it skips", () => {
    const nodes = [node("c", "client"), node("a"), node("b"), node("d"), node("e")];
    const edges = [edge("c", "a"), edge("a", "b"), edge("b", "d"), edge("d", "e"), edge("c", "e")];
    const route = layeredLayout(nodes, edges, spacing).routes.get(edgeKey("c", "e"))!;
    expect(route.map((p) => p.x)).toEqual([200, 400, 600]);
  });

  it("is a pure function of its input: the same scenario always draws the same", () => {
    const nodes = [node("c", "client"), node("a"), node("b"), node("d")];
    const edges = [edge("c", "a"), edge("c", "b"), edge("a", "d"), edge("b", "d"), edge("c", "d")];
    expect(layeredLayout(nodes, edges, spacing)).toEqual(layeredLayout(nodes, edges, spacing));
  });
});

describe("a layer of many components", () => {
  const size = nodeSize();
  const servers = Array.from({ length: 198 }, (_, i) => node(`s${i}`));
  const nodes = [node("users", "client"), node("lb", "loadbalancer"), ...servers];
  const fanOut = [edge("users", "lb"), ...servers.map((s) => edge("lb", s.id))];

  /** Pairs of cards whose boxes overlap. */
  function overlaps(p: Map<string, { x: number; y: number }>): string[] {
    const cards = [...p];
    const out: string[] = [];
    cards.forEach(([a, pa], i) => {
      for (const [b, pb] of cards.slice(i + 1)) {
        if (Math.abs(pa.x - pb.x) < size.width && Math.abs(pa.y - pb.y) < size.height) {
          out.push(`${a} on ${b}`);
        }
      }
    });
    return out;
  }

  /** Calls drawn under a card other than their own two ends. */
  function underCards(
    edges: readonly { from: string; to: string }[],
    placement: ReturnType<typeof layeredLayout>,
  ): string[] {
    const { positions: p, routes } = placement;
    const out: string[] = [];
    for (const e of edges) {
      const points = edgePoints(
        p.get(e.from)!,
        p.get(e.to)!,
        size,
        routes.get(edgeKey(e.from, e.to)),
      );
      for (const [id, at] of p) {
        if (id === e.from || id === e.to) continue;
        if (points.slice(1).some((b, i) => segmentCrossesCard(points[i], b, at, size))) {
          out.push(`${e.from} → ${e.to} under ${id}`);
        }
      }
    }
    return out;
  }

  for (const large of [false, true]) {
    it(`wraps 198 servers behind a balancer into a landscape grid${large ? " (large type)" : ""}`, () => {
      const placement = layeredLayout(nodes, fanOut, cardSpacing(size, large));
      const bounds = contentBounds(placement.positions.values(), size)!;
      const ratio = bounds.width / bounds.height;
      expect(ratio).toBeGreaterThanOrEqual(1 / 3);
      expect(ratio).toBeLessThanOrEqual(4);
      expect(overlaps(placement.positions)).toEqual([]);
      // The client and the balancer still come first, level with the grid's middle.
      const p = placement.positions;
      const xs = servers.map((s) => p.get(s.id)!.x);
      expect(p.get("lb")!.x).toBeLessThan(Math.min(...xs));
      expect(p.get("lb")!.y).toBe(0);
    });
  }

  it("fills the grid's rows left to right in the callers' order", () => {
    const p = layeredLayout(nodes, fanOut, spacing).positions;
    const first = p.get("s0")!;
    expect(p.get("s1")!.y).toBe(first.y);
    expect(p.get("s1")!.x).toBeGreaterThan(first.x);
    expect(p.get("s197")!.y).toBeGreaterThan(first.y);
  });

  it("fans the balancer's calls out between the rows, none under another server", () => {
    const placement = layeredLayout(nodes, fanOut, cardSpacing(size, false));
    expect(placement.routes.size).toBe(198);
    expect(underCards(fanOut, placement)).toEqual([]);
  });

  it("takes calls out of the grid between its rows too, to a database past it", () => {
    const withDb = [...nodes, node("db")];
    const edges = [...fanOut, ...servers.map((s) => edge(s.id, "db"))];
    const placement = layeredLayout(withDb, edges, cardSpacing(size, false));
    expect(overlaps(placement.positions)).toEqual([]);
    expect(underCards(edges, placement)).toEqual([]);
  });
});

describe("placeComponents", () => {
  it("keeps a position the scenario gives, lays out the others, and draws edges straight", () => {
    const nodes = [node("c", "client", { x: 80, y: 220 }), node("a")];
    const { positions: p, routes } = placeComponents(nodes, [edge("c", "a")], spacing);
    expect(p.get("c")).toEqual({ x: 80, y: 220 });
    expect(p.get("a")).toEqual({ x: 200, y: 0 });
    expect(routes.size).toBe(0);
  });

  it("uses the scenario's positions alone when every component has one, scaled for large type", () => {
    const nodes = [node("c", "client", { x: 1, y: 2 }), node("a", "server", { x: 3, y: 4 })];
    const { positions } = placeComponents(nodes, [edge("c", "a")], spacing, 2);
    expect(Object.fromEntries(positions)).toEqual({ c: { x: 2, y: 4 }, a: { x: 6, y: 8 } });
  });

  it("lays out everything when no component has a position", () => {
    const nodes = [node("c", "client"), node("a")];
    expect(placeComponents(nodes, [edge("c", "a")], spacing)).toEqual(
      layeredLayout(nodes, [edge("c", "a")], spacing),
    );
  });
});

describe("autoscalers", () => {
  const path = [node("c", "client"), node("lb", "loadbalancer"), node("a"), node("b")];
  const edges = [edge("c", "lb"), edge("lb", "a"), edge("lb", "b")];

  it("take no column: the request path is laid out as if they were not there", () => {
    const without = placeComponents(path, edges, spacing).positions;
    const withScaler = placeComponents([...path, scaler("s", "b")], edges, spacing).positions;
    for (const n of path) expect(withScaler.get(n.id)).toEqual(without.get(n.id));
  });

  it("sit above their server, over everything else in its column", () => {
    // a and b share column 2, a on top (y = -50): the scaler of b goes above a.
    const p = placeComponents([...path, scaler("s", "b")], edges, spacing).positions;
    expect(p.get("b")).toEqual({ x: 400, y: 50 });
    expect(p.get("s")).toEqual({ x: 400, y: -150 });
  });

  it("stack when two scale servers of the same column", () => {
    const p = placeComponents(
      [...path, scaler("s", "a"), scaler("t", "b")],
      edges,
      spacing,
    ).positions;
    expect(p.get("s")).toEqual({ x: 400, y: -150 });
    expect(p.get("t")).toEqual({ x: 400, y: -250 });
  });

  it("keep a position the scenario gives them, scaled like the others", () => {
    const placed = [
      node("c", "client", { x: 0, y: 100 }),
      node("a", "server", { x: 200, y: 100 }),
      scaler("s", "a", { x: 200, y: 10 }),
    ];
    const p = placeComponents(placed, [edge("c", "a")], spacing, 2).positions;
    expect(p.get("s")).toEqual({ x: 400, y: 20 });
  });

  it("go above their server's given position when they have none themselves", () => {
    const placed = [
      node("c", "client", { x: 0, y: 100 }),
      node("a", "server", { x: 200, y: 100 }),
      scaler("s", "a"),
    ];
    const p = placeComponents(placed, [edge("c", "a")], spacing).positions;
    expect(p.get("s")).toEqual({ x: 200, y: 0 });
  });

  it("are linked to the server they control, not by a call", () => {
    const nodes = [...path, scaler("s", "b"), scaler("lost", "ghost")];
    expect(controlLinks(nodes)).toEqual([{ from: "s", to: "b" }]);
    expect(controlLinks(path)).toEqual([]);
  });
});
