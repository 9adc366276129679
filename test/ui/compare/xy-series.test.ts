import { describe, expect, it } from "vitest";
import { lastValue, type XYSeries, yExtent } from "../../../src/ui/compare/xy-series";

function series(ys: number[], halfWidths?: number[]): XYSeries {
  return {
    key: "k",
    label: "k",
    color: "red",
    dashed: false,
    xs: ys.map((_, i) => i),
    ys,
    scale: 1000,
    halfWidths,
  };
}

describe("xy series", () => {
  it("span the shown values, widened by their bands only when asked", () => {
    const s = series([0.1, Number.NaN, 0.3], [0.05, 1, 0.1]);
    expect(yExtent([s])).toEqual([50, 400]);
    expect(yExtent([s], false)).toEqual([100, 300]);
    expect(yExtent([series([Number.NaN])])).toBeNull();
  });

  it("read the last finite value for a legend", () => {
    expect(lastValue(series([0.1, 0.2, Number.NaN]))).toBe(200);
    expect(lastValue(series([]))).toBeNaN();
  });
});
