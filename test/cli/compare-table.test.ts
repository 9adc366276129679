import { describe, expect, it } from "vitest";
import { comparisonToTable } from "../../src/cli/compare-table";
import type { Comparison } from "../../src/sim/compare/paired";

const COMPARISON: Comparison = {
  variants: ["A", "B"],
  replications: 5,
  figures: [
    {
      figure: "throughput",
      means: [17.5, 17.6],
      halfWidths: [0.2, 0.2],
      differences: [{ mean: 0.142, halfWidth: 0.182, significant: false, verdict: "same" }],
    },
    {
      figure: "latency.p99",
      means: [1.32, 0.332],
      halfWidths: [0.3, 0.05],
      differences: [{ mean: -0.991, halfWidth: 0.357, significant: true, verdict: "better" }],
    },
    {
      figure: "requests.failures.error",
      means: [0, 0],
      halfWidths: [0, 0],
      differences: [{ mean: 0, halfWidth: 0, significant: false, verdict: "same" }],
    },
    {
      figure: "components.lb.sent.web#1",
      means: [null, 485],
      halfWidths: [null, 3],
      differences: [null],
    },
  ],
};

describe("comparisonToTable", () => {
  it("shows each variant's mean, the signed difference, its half-width and the verdict", () => {
    expect(comparisonToTable(COMPARISON, ["A: a.json", "B: b.json"])).toBe(
      [
        "A: a.json",
        "B: b.json",
        "5 paired replications on common random numbers; a difference is",
        "significant when its 95% interval excludes 0. Figures in seconds, requests/s, counts.",
        "",
        "figure                       A      B   B − A  ± 95%  verdict",
        "throughput                17.5   17.6  +0.142  0.182  -",
        "latency.p99               1.32  0.332  -0.991  0.357  better",
        "components.lb.sent.web#1     -    485       -      -  -",
        "",
      ].join("\n"),
    );
  });
});
