import { describe, expect, it } from "vitest";
import { summaryToCsv } from "../../src/sim/summary-csv";
import { averaged, oneRun } from "../cli/fixtures";

function rows(csv: string): string[] {
  return csv.trimEnd().split("\n");
}

describe("summaryToCsv", () => {
  it("starts with the header scope,metric,value,ci95 and ends with a newline", () => {
    const csv = summaryToCsv(oneRun());
    expect(rows(csv)[0]).toBe("scope,metric,value,ci95");
    expect(csv.endsWith("\n")).toBe(true);
  });

  it("names top-level figures with scope all and a dotted metric path", () => {
    const r = rows(summaryToCsv(oneRun()));
    expect(r).toContain("all,scenario,shop,");
    expect(r).toContain("all,latency.p99,0.0503,");
    expect(r).toContain("all,requests.failures.timeout,3,");
  });

  it("names component figures with the component id as scope", () => {
    const r = rows(summaryToCsv(oneRun()));
    expect(r).toContain("web,utilization,0.4523,");
    expect(r).toContain("web,latency.p99,0.0503,");
    expect(r).toContain("cache,hitRatio,0.921,");
    expect(r.some((row) => row.includes("components"))).toBe(false);
  });

  it("has a row for each cost figure, the per-component ones under cost.components", () => {
    const cost = { total: 3, perMillionRequests: 375, components: { web: 0.5 } };
    expect(rows(summaryToCsv({ ...oneRun(), cost }))).toEqual(
      expect.arrayContaining([
        "all,cost.total,3,",
        "all,cost.perMillionRequests,375,",
        "all,cost.components.web,0.5,",
      ]),
    );
  });

  it("prints numbers with full precision", () => {
    expect(rows(summaryToCsv(oneRun()))).toContain("all,throughput,9.909090909090908,");
  });

  it("has one row per figure: every number of the summary exactly once", () => {
    let leaves = 0;
    const count = (o: object): void => {
      for (const v of Object.values(o)) {
        if (typeof v === "object" && v !== null) count(v);
        else leaves++;
      }
    };
    count(oneRun());
    expect(rows(summaryToCsv(oneRun()))).toHaveLength(1 + leaves);
  });

  it("puts the half-width of averaged replications in the ci95 column, never as a metric", () => {
    const r = rows(summaryToCsv(averaged()));
    expect(r).toContain("all,requests.completed,1090,29.5");
    expect(r).toContain("all,latency.p99,0.0503,0.0021");
    expect(r).toContain("all,latency.p90,0.02,");
    expect(r).toContain("web,latency.p50,0.0101,0.0002");
    expect(r).toContain("all,replications,5,");
    expect(r.slice(1).some((row) => row.includes("ci95"))).toBe(false);
    expect(r).toHaveLength(rows(summaryToCsv(oneRun())).length + 1);
  });

  it("quotes text that holds a comma, a quote or a line break", () => {
    const summary = { ...oneRun(), scenario: 'shop, "v2"' };
    expect(rows(summaryToCsv(summary))).toContain('all,scenario,"shop, ""v2""",');
  });
});
