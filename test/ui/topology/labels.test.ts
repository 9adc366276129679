import { describe, expect, it } from "vitest";
import { crowdedLabels } from "../../../src/ui/topology/labels";

describe("crowdedLabels", () => {
  it("keeps labels that stand apart", () => {
    expect(
      crowdedLabels(
        [
          { x: 0, y: 0 },
          { x: 50, y: 0 },
          { x: 0, y: 20 },
        ],
        40,
        15,
      ),
    ).toEqual([false, false, false]);
  });

  it("hides a label that would sit on one kept before it, and only that one", () => {
    expect(
      crowdedLabels(
        [
          { x: 0, y: 0 },
          { x: 10, y: 5 },
          { x: 45, y: 10 },
        ],
        40,
        15,
      ),
    ).toEqual([false, true, false]);
  });
});
