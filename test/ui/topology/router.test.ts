import { describe, expect, it } from "vitest";
import type { Position } from "../../../src/scenario/types";
import type { JsonObject } from "../../../src/ui/editor/json";
import { nodeSize, type Size, segmentCrossesCard } from "../../../src/ui/topology/geometry";
import { detour } from "../../../src/ui/topology/router";
import { BIG, drawing, presets, scenarios } from "./drawings";

const size = nodeSize();
/** A card whose name takes two lines, as long names do. */
const tall = nodeSize(1, 2);

/** Every line of the drawing that passes through a card it does not join, worded. */
function linesThroughCards(doc: JsonObject, cardSize: Size, squeezeRoom?: number): string[] {
  const { nodes, lines } = drawing(doc, cardSize, squeezeRoom);
  const out: string[] = [];
  for (const line of lines) {
    for (const n of nodes) {
      if (n.id === line.from || n.id === line.to) continue;
      const p = line.points;
      if (p.slice(1).some((b, i) => segmentCrossesCard(p[i], b, n, cardSize))) {
        out.push(`${line.from} → ${line.to} through ${n.id}`);
      }
    }
  }
  return out;
}

describe("lines routed round the cards they do not join", () => {
  it("finds presets and lesson edits to check", () => {
    expect(presets.length).toBeGreaterThanOrEqual(27);
    expect(scenarios().length).toBeGreaterThan(presets.length);
  });

  for (const { name, doc } of scenarios()) {
    it(`passes through no other card in ${name}`, () => {
      expect(linesThroughCards(doc, size)).toEqual([]);
      expect(linesThroughCards(doc, tall)).toEqual([]);
      // Presenter mode brings the rows closer on a 720p projector.
      expect(linesThroughCards(doc, size, 420)).toEqual([]);
    });
  }

  it("passes through no other card in a scenario of 200 components", () => {
    expect(linesThroughCards(BIG, size)).toEqual([]);
  });

  it("takes a call round the card between its two ends, in legs across and down", () => {
    const a = { x: 0, y: 0 };
    const b = { x: 600, y: 0 };
    const between = { x: 300, y: 0 };
    const way = detour(a, b, [between], size, 12)!;
    const points: Position[] = [a, ...way, b];
    expect(way.length).toBeGreaterThanOrEqual(2);
    expect(points.slice(1).some((q, i) => segmentCrossesCard(points[i], q, between, size))).toBe(
      false,
    );
    for (let i = 1; i < points.length; i++) {
      expect(points[i].x === points[i - 1].x || points[i].y === points[i - 1].y).toBe(true);
    }
  });

  it("finds no way to a card walled in by others", () => {
    const walls: Position[] = [];
    for (let i = -2; i <= 2; i++) {
      for (let j = -2; j <= 2; j++) {
        if (i !== 0 || j !== 0) walls.push({ x: 1000 + i * 160, y: j * 68 });
      }
    }
    expect(detour({ x: 0, y: 0 }, { x: 1000, y: 0 }, walls, size, 12)).toBeNull();
  });
});
