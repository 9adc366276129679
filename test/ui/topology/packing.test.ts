import { describe, expect, it } from "vitest";
import { packed } from "../../../src/ui/topology/packing";

describe("presenter mode's packed rows", () => {
  const placement = {
    positions: new Map([
      ["a", { x: 10, y: 100 }],
      ["b", { x: 20, y: -50 }],
    ]),
    routes: new Map([["a b", [{ x: 15, y: 40 }]]]),
  };

  it("brings every card and every route's waypoint closer to y = 0 by the factor", () => {
    const p = packed(placement, 0.5);
    expect([...p.positions]).toEqual([
      ["a", { x: 10, y: 50 }],
      ["b", { x: 20, y: -25 }],
    ]);
    expect(p.routes.get("a b")).toEqual([{ x: 15, y: 20 }]);
  });

  it("leaves the placement itself when the factor is 1", () => {
    expect(packed(placement, 1)).toBe(placement);
  });
});
