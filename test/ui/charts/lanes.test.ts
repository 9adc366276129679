import { describe, expect, it } from "vitest";
import { labelLanes } from "../../../src/ui/charts/lanes";

describe("labelLanes", () => {
  it("keeps labels that clear each other on one lane", () => {
    expect(
      labelLanes([
        { from: 0, to: 50 },
        { from: 60, to: 100 },
      ]),
    ).toEqual([0, 0]);
  });

  it("puts a label that starts on another's text on the next lane", () => {
    expect(
      labelLanes([
        { from: 10, to: 120 },
        { from: 10, to: 130 },
        { from: 40, to: 90 },
      ]),
    ).toEqual([0, 1, 2]);
  });

  it("goes back to the first lane once it is clear, whatever the input order", () => {
    expect(
      labelLanes([
        { from: 200, to: 260 },
        { from: 0, to: 100 },
        { from: 50, to: 150 },
      ]),
    ).toEqual([0, 0, 1]);
  });
});
