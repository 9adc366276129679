import { describe, expect, it } from "vitest";
import { nodeSize } from "../../../src/ui/topology/geometry";
import { LEG_MARGIN, labelSpot, onCard } from "../../../src/ui/topology/label-spot";
import { BIG, drawing, scenarios } from "./drawings";

const size = nodeSize();
/** A wide rate label ("1,234/s") at 12 px, shrinking to 8 px: as edges.ts keeps off the cards. */
const BOX = { width: 48, least: 32, height: 12 };

describe("labelSpot", () => {
  it("labels a straight line above its middle when nothing is there", () => {
    const line = [
      { x: 0, y: 0 },
      { x: 100, y: 0 },
    ];
    expect(labelSpot(line, [], size, BOX).at).toEqual({ x: 50, y: -8 });
  });

  it("labels a routed line beside its middle leg", () => {
    const line = [
      { x: 0, y: 0 },
      { x: 100, y: 50 },
      { x: 200, y: 50 },
      { x: 300, y: 0 },
    ];
    expect(labelSpot(line, [], size, BOX).at).toEqual({ x: 150, y: 42 });
  });

  it("moves a label off a card that stands above the line's middle", () => {
    const line = [
      { x: 0, y: 0 },
      { x: 400, y: 0 },
    ];
    const card = { x: 200, y: -40 };
    const p = labelSpot(line, [card], size, BOX).at;
    expect(onCard(p, [card], size, BOX.width, BOX.height)).toBe(false);
    expect(p.y).toBeGreaterThan(0);
  });

  it("keeps every rate label of every preset, lesson edit and the 200 components off the cards", () => {
    const onCards: string[] = [];
    for (const { name, doc } of [...scenarios(), { name: "200 components", doc: BIG }]) {
      const { nodes, lines } = drawing(doc, size);
      for (const line of lines) {
        const { at, leg } = labelSpot(line.points, nodes, size, BOX);
        const width = Math.max(BOX.least, Math.min(BOX.width, leg - LEG_MARGIN));
        if (onCard(at, nodes, size, width, BOX.height))
          onCards.push(`${name}: ${line.from} → ${line.to}`);
      }
    }
    expect(onCards).toEqual([]);
  });
});
