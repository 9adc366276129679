import { describe, expect, it } from "vitest";
import type { Comparison } from "../../../src/sim/compare/paired";
import {
  figureScale,
  headlineRows,
  type NumberFormat,
  otherRows,
  verdictKey,
} from "../../../src/ui/compare/table-rows";

const plain: NumberFormat = (value, digits) => value.toPrecision(digits);

const comparison: Comparison = {
  variants: ["A", "B"],
  replications: 10,
  figures: [
    {
      figure: "throughput",
      means: [18, 18],
      halfWidths: [0.2, 0.2],
      differences: [{ mean: 0, halfWidth: 0, significant: false, verdict: "same" }],
    },
    {
      figure: "latency.p99",
      means: [1.2, 0.31],
      halfWidths: [0.3, 0.02],
      differences: [{ mean: -0.89, halfWidth: 0.25, significant: true, verdict: "better" }],
    },
    {
      figure: "components.web2.utilization",
      means: [null, 0.45],
      halfWidths: [null, 0.01],
      differences: [null],
    },
    {
      figure: "cost.total",
      means: [0.0076, 0.0153],
      halfWidths: [0, 0],
      differences: [{ mean: 0.0076, halfWidth: 0, significant: true, verdict: "worse" }],
    },
  ],
};

describe("the comparison table's rows", () => {
  it("put the headline figures first in their fixed order, latency in ms", () => {
    const rows = headlineRows(comparison, plain);
    expect(rows.map((r) => r.figure)).toEqual(["throughput", "latency.p99", "cost.total"]);
    expect(rows[1]).toEqual({
      figure: "latency.p99",
      key: "figure.latency.p99",
      means: ["1.20e+3", "310"],
      diffs: [{ text: "-890 ± 2.5e+2", verdict: "better" }],
    });
  });

  it("sign an increase with a plus", () => {
    const cost = headlineRows(comparison, plain).find((r) => r.figure === "cost.total");
    expect(cost?.diffs[0].text).toBe("+0.00760 ± 0.0");
  });

  it("keep every other figure, named by its path, with a dash where a variant lacks it", () => {
    expect(otherRows(comparison, plain)).toEqual([
      {
        figure: "components.web2.utilization",
        key: null,
        means: ["–", "45.0"],
        diffs: [{ text: "–", verdict: null }],
      },
    ]);
  });

  it("show seconds as ms and fractions as %", () => {
    expect(figureScale("latency.mean")).toEqual({ scale: 1000, unit: "ms" });
    expect(figureScale("components.web.meanWait")).toEqual({ scale: 1000, unit: "ms" });
    expect(figureScale("components.cache.hitRatio")).toEqual({ scale: 100, unit: "%" });
    expect(figureScale("throughput")).toEqual({ scale: 1, unit: "" });
  });

  it("word each verdict through the catalogue", () => {
    expect(verdictKey("better")).toBe("compare.verdict.better");
    expect(verdictKey("same")).toBe("compare.verdict.same");
  });
});
