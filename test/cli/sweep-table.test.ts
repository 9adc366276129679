import { describe, expect, it } from "vitest";
import { sweepToCsv, sweepToTable } from "../../src/cli/sweep-table";
import { SWEEP_FIGURES, type SweepResult } from "../../src/sim/sweep/analyze";

function point(value: number, latency: number, meetsSlo: boolean) {
  const figures = Object.fromEntries(
    SWEEP_FIGURES.map((f) => [
      f,
      { mean: f === "offered" || f === "throughput" ? value : latency, halfWidth: 0.001 },
    ]),
  );
  figures.failureRatio = { mean: 0, halfWidth: 0 };
  figures.errorRatio = { mean: 0, halfWidth: 0 };
  return { value, figures, meetsSlo } as SweepResult["points"][number];
}

const RESULT: SweepResult = {
  param: "rate",
  values: [1, 5],
  replications: 3,
  points: [point(1, 0.1, true), point(5, 0.4, false)],
  knee: { value: 5, index: 1, reason: "latency" },
  slo: { objectives: ["p99<0.25"], lastMeeting: 1 },
};

describe("sweepToTable", () => {
  it("has a row per value with mean ± half-width, then the knee and the SLO limit", () => {
    const text = sweepToTable(RESULT);
    expect(text).toMatch(/^2 values, 3 replications each, mean ± 95% half-width\n/);
    expect(text).toMatch(/^rate +offered\/s +throughput\/s +mean ms .* SLO$/m);
    expect(text).toMatch(/^5 +5\.00 ± 0\.00100 +5\.00 ± 0\.00100 +400 ± 1\.00 .* missed$/m);
    expect(text).toContain("knee: rate = 5 (mean latency over 2x its value at 1)\n");
    expect(text).toContain("SLO p99<0.25: met up to rate = 1\n");
  });

  it("says when there is no knee in the range and when the SLO is missed from the start", () => {
    const text = sweepToTable({
      ...RESULT,
      knee: null,
      slo: { objectives: ["p99<0.01"], lastMeeting: null },
    });
    expect(text).toContain("knee: none in this range");
    expect(text).toContain("SLO p99<0.01: missed from the first value on\n");
  });
});

describe("sweep output with priced components", () => {
  const priced: SweepResult = {
    ...RESULT,
    points: RESULT.points.map((p, i) => ({
      ...p,
      cost: {
        total: { mean: i + 1, halfWidth: 0 },
        perMillionRequests: { mean: 40, halfWidth: 2 },
      },
    })),
  };

  it("adds the cost and the cost per million requests as columns", () => {
    const text = sweepToTable(priced);
    expect(text).toMatch(/ cost +cost\/M req +SLO$/m);
    expect(text).toMatch(/ 2\.00 ± 0 +40\.0 ± 2\.00 +missed$/m);
    const rows = sweepToCsv(priced).trimEnd().split("\n");
    expect(rows[0]).toMatch(/,cost,cost_ci95,costPerMillion,costPerMillion_ci95,meetsSlo$/);
    expect(rows[1]).toMatch(/,1,0,40,2,true$/);
  });
});

describe("sweepToCsv", () => {
  it("has a row per value, each figure beside its half-width, and the SLO verdict", () => {
    const rows = sweepToCsv(RESULT).trimEnd().split("\n");
    expect(rows[0]).toBe(
      "value,offered,offered_ci95,mean,mean_ci95,p50,p50_ci95,p90,p90_ci95,p99,p99_ci95,p999,p999_ci95,max,max_ci95,throughput,throughput_ci95,failureRatio,failureRatio_ci95,errorRatio,errorRatio_ci95,meetsSlo",
    );
    expect(rows[2]).toBe(
      "5,5,0.001,0.4,0.001,0.4,0.001,0.4,0.001,0.4,0.001,0.4,0.001,0.4,0.001,5,0.001,0,0,0,0,false",
    );
  });
});
