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
        "significant when its 95% interval excludes 0. Times in s; 0–1 is a fraction; price is the",
        "unit the scenarios' costPerHour is written in.",
        "",
        "figure                    unit         A      B   B − A  ± 95%  verdict",
        "throughput                req/s     17.5   17.6  +0.142  0.182  -",
        "latency.p99               s         1.32  0.332  -0.991  0.357  better",
        "components.lb.sent.web#1  requests     -    485       -      -  -",
        "",
      ].join("\n"),
    );
  });

  it("gives every row a unit, cost rows and tiny differences included, in plain decimals", () => {
    const cost = (figure: string, mean: number) => ({
      figure,
      means: [mean, mean * 2],
      halfWidths: [0, 0],
      differences: [{ mean, halfWidth: 6.54e-19, significant: true, verdict: "worse" as const }],
    });
    const table = comparisonToTable(
      {
        variants: ["A", "B"],
        replications: 5,
        figures: [
          cost("cost.total", 3),
          cost("cost.perMillionRequests", 375),
          cost("cost.components.web", 0.5),
          cost("components.web.utilization", 0.4),
        ],
      },
      [],
    );
    const rows = table.split("\n").slice(5, -1);
    expect(rows.map((row) => row.split(/ {2,}/).slice(0, 2))).toEqual([
      ["cost.total", "price"],
      ["cost.perMillionRequests", "price/1M req"],
      ["cost.components.web", "price"],
      ["components.web.utilization", "0–1"],
    ]);
    expect(table).not.toMatch(/e-\d/);
    expect(rows[0]).toContain("< 0.001");
  });
});
