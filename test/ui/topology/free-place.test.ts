import { describe, expect, it } from "vitest";
import { freePlace } from "../../../src/ui/topology/free-place";
import { nodeSize } from "../../../src/ui/topology/geometry";

const size = nodeSize();
const overlapping = (a: { x: number; y: number }, b: { x: number; y: number }) =>
  Math.abs(a.x - b.x) < size.width && Math.abs(a.y - b.y) < size.height;

describe("freePlace", () => {
  it("keeps the drop point when no card is there", () => {
    expect(freePlace({ x: 500, y: 0 }, [{ x: 0, y: 0 }], size, 12)).toEqual({ x: 500, y: 0 });
  });

  it("moves a card dropped on another beside it, not on it", () => {
    const cards = [{ x: 0, y: 0 }];
    const p = freePlace({ x: 10, y: 5 }, cards, size, 12);
    expect(overlapping(p, cards[0])).toBe(false);
    // Beside it: within a card and a half.
    expect(Math.hypot(p.x - 10, p.y - 5)).toBeLessThan(1.5 * size.width);
  });

  it("finds a gap in a crowded row", () => {
    const cards = [-400, -200, 0, 200, 400].map((x) => ({ x, y: 0 }));
    const p = freePlace({ x: 0, y: 0 }, cards, size, 12);
    expect(cards.some((c) => overlapping(p, c))).toBe(false);
  });

  it("gives up within its bounded search on a wall of cards, keeping the drop point", () => {
    const cards = [];
    for (let i = -20; i <= 20; i++)
      for (let j = -20; j <= 20; j++) cards.push({ x: i * 100, y: j * 40 });
    expect(freePlace({ x: 0, y: 0 }, cards, size, 12)).toEqual({ x: 0, y: 0 });
  });
});
