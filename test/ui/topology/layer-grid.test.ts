import { describe, expect, it } from "vitest";
import { entryLane, exitLane, rowLimit, subColumns } from "../../../src/ui/topology/layer-grid";

const gaps = { columnGap: 200, rowGap: 100 };

describe("rowLimit", () => {
  it("wraps nothing while the drawing is no taller than it is wide", () => {
    // Three columns of at most three rows: 600 across, 300 down.
    expect(rowLimit([1, 1, 3], gaps)).toBe(3);
    // Four columns of four rows: 800 by 400, still landscape.
    expect(rowLimit([1, 2, 4, 4], gaps)).toBe(4);
  });

  it("wraps a tall column to the limit whose drawing is nearest 16:9", () => {
    // 1, 1, 198: thirteen sub-columns of sixteen rows, 15 x 200 by 16 x 100 (1.88), nearer
    // 16:9 (1.78) than twelve of seventeen (1.65).
    const limit = rowLimit([1, 1, 198], gaps);
    expect(limit).toBe(16);
    expect(subColumns(198, limit)).toBe(13);
  });

  it("gives every layer, even an empty one, at least one sub-column", () => {
    expect(subColumns(0, 5)).toBe(1);
    expect(subColumns(5, 5)).toBe(1);
    expect(subColumns(6, 5)).toBe(2);
  });
});

describe("the lanes between a wrapped layer's rows", () => {
  const span = { start: 400, end: 800 };

  it("bring a call from the gap before the layer along the gap above the card's row", () => {
    expect(entryLane({ x: 600, y: 100 }, span, gaps)).toEqual([
      { x: 300, y: 55 },
      { x: 600, y: 55 },
    ]);
  });

  it("take a call down into the gap below the card's row and out past the layer", () => {
    expect(exitLane({ x: 600, y: 0 }, span, gaps)).toEqual([
      { x: 600, y: 45 },
      { x: 900, y: 45 },
    ]);
  });
});
