import { describe, expect, it } from "vitest";
import type { Component } from "../../../src/scenario/types";
import { nodeSize } from "../../../src/ui/topology/geometry";
import { controlData, edgeData } from "../../../src/ui/topology/links";
import type { NodeDatum } from "../../../src/ui/topology/nodes";
import { Shown } from "../../../src/ui/topology/shown";

const size = nodeSize();

function card(id: string, x: number, y: number, component: Partial<Component> = {}): NodeDatum {
  return {
    id,
    component: { id, type: "server", ...component } as Component,
    name: id,
    lines: [id],
    size,
    x,
    y,
    offset: -1,
    shown: new Shown(),
  };
}

const byIdOf = (nodes: NodeDatum[]) => new Map(nodes.map((n) => [n.id, n]));

describe("the lines between the cards", () => {
  it("draws a call from the caller's border to just short of the callee's", () => {
    const nodes = [card("a", 0, 0), card("b", 400, 0)];
    const [edge] = edgeData([{ from: "a", to: "b", offset: 12 }], byIdOf(nodes), size, new Map());
    expect(edge.key).toBe("a b");
    expect(edge.offset).toBe(12);
    expect(edge.points).toEqual([
      { x: 80, y: 0 },
      { x: 316, y: 0 },
    ]);
  });

  it("draws a call and its call back as two parallel lines, 7 units each side", () => {
    const nodes = [card("a", 0, 0), card("b", 400, 0)];
    const edges = edgeData(
      [
        { from: "a", to: "b", offset: -1 },
        { from: "b", to: "a", offset: -1 },
      ],
      byIdOf(nodes),
      size,
      new Map(),
    );
    expect(edges.map((e) => e.points[0].y)).toEqual([-7, 7]);
  });

  it("leaves out a call to a component that has no card, and a call to itself", () => {
    const nodes = [card("a", 0, 0)];
    const edges = edgeData(
      [
        { from: "a", to: "gone", offset: -1 },
        { from: "a", to: "a", offset: -1 },
      ],
      byIdOf(nodes),
      size,
      new Map(),
    );
    expect(edges).toEqual([]);
  });

  it("takes a call through its route's waypoints", () => {
    const nodes = [card("a", 0, 0), card("b", 800, 0)];
    const routes = new Map([["a b", [{ x: 400, y: 100 }]]]);
    const [edge] = edgeData([{ from: "a", to: "b", offset: -1 }], byIdOf(nodes), size, routes);
    expect(edge.points).toHaveLength(3);
    expect(edge.points[1]).toEqual({ x: 400, y: 100 });
  });

  it("links an autoscaler to the server it scales, and nothing else", () => {
    const nodes = [
      card("scaler", 0, 0, { type: "autoscaler", target: "app" } as Partial<Component>),
      card("app", 0, 200),
      card("db", 400, 200),
    ];
    const links = controlData(nodes, byIdOf(nodes), size);
    expect(links.map((l) => [l.key, l.from, l.to])).toEqual([["scaler app", "scaler", "app"]]);
    expect(links[0].points).toEqual([
      { x: 0, y: 34 },
      { x: 0, y: 162 },
    ]);
  });
});
