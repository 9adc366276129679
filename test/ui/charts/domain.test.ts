import { describe, expect, it } from "vitest";
import type { Series } from "../../../src/ui/charts/chart-data";
import { linearDomain, logDomain, logTicks, valueExtent } from "../../../src/ui/charts/domain";

function series(values: number[], scale = 1): Series {
  return {
    key: "s",
    label: "s",
    color: "black",
    dashed: false,
    ys: Float64Array.from(values),
    scale,
  };
}

describe("value extent", () => {
  it("spans the shown values of every series, in display units, ignoring gaps", () => {
    expect(valueExtent([series([0.002, Number.NaN, 0.04], 1000), series([7])])).toEqual([2, 40]);
  });

  it("leaves out zero and below when a log axis asks for positive values only", () => {
    expect(valueExtent([series([0, -1, 3, 30])], true)).toEqual([3, 30]);
  });

  it("is null when there is nothing to show", () => {
    expect(valueExtent([series([Number.NaN])])).toBeNull();
    expect(valueExtent([])).toBeNull();
  });
});

describe("linear domain", () => {
  it("starts at zero and ends on a round number at or above the highest value", () => {
    expect(linearDomain([series([3, 87, 41])])).toEqual([0, 100]);
    expect(linearDomain([series([0.012, 0.0347])], 0.001)).toEqual([0, 0.04]);
  });

  it("keeps a flat line near zero at the bottom instead of stretching it to full height", () => {
    expect(linearDomain([series([0.001, 0.002])], 1)).toEqual([0, 1]);
    expect(linearDomain([series([])], 1)).toEqual([0, 1]);
  });

  it("reaches below zero only for negative values", () => {
    expect(linearDomain([series([-3, 8])])[0]).toBeLessThanOrEqual(-3);
  });
});

describe("log domain", () => {
  it("covers the positive values with whole decades", () => {
    expect(logDomain([series([0.0032, 0.21], 1000)])).toEqual([1, 1000]);
  });

  it("spans at least one decade when every value is the same power of ten", () => {
    expect(logDomain([series([10, 10])])).toEqual([10, 100]);
  });

  it("falls back to a default without positive values", () => {
    expect(logDomain([series([0, Number.NaN])])).toEqual([1, 1000]);
  });
});

describe("log ticks", () => {
  it("mark every decade of a wide domain", () => {
    expect(logTicks(0.1, 1000)).toEqual([0.1, 1, 10, 100, 1000]);
  });

  it("add 2× and 5× between the decades of a narrow one", () => {
    expect(logTicks(1, 100)).toEqual([1, 2, 5, 10, 20, 50, 100]);
  });
});
