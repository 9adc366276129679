import { describe, expect, it } from "vitest";
import { divergentFigures, littleFigures } from "../../src/theory/figures";

describe("a station's figures", () => {
  it("without a steady state keep the offered load and make every mean infinite", () => {
    expect(divergentFigures(1.25)).toEqual({
      utilization: 1.25,
      meanInSystem: Infinity,
      meanQueue: Infinity,
      meanSojourn: Infinity,
      meanWait: Infinity,
    });
  });

  it("count the requests present by Little's law from the wait and the sojourn", () => {
    expect(littleFigures(4, 0.5, 0.25, 0.5)).toEqual({
      utilization: 0.5,
      meanInSystem: 2,
      meanQueue: 1,
      meanSojourn: 0.5,
      meanWait: 0.25,
    });
  });
});
