import { describe, expect, it } from "vitest";
import type { Summary } from "../../../src/sim/summary";
import { figureValue, formatFigure } from "../../../src/ui/workshop/figures";

const summary = {
  throughput: 299.93,
  requests: {
    generated: 1010,
    completed: 900,
    failed: 100,
    inFlight: 10,
    failures: { rejected: 100, timeout: 0, unavailable: 0, error: 0 },
  },
  latency: { mean: 0.0834, p50: 0.067, p90: 0.15, p99: 0.29, p999: 0.5, max: 1.2 },
} as unknown as Summary;

describe("prediction figures", () => {
  it("reads latency, throughput and the share of finished requests that failed", () => {
    expect(figureValue(summary, "p99")).toBe(0.29);
    expect(figureValue(summary, "mean")).toBe(0.0834);
    expect(figureValue(summary, "throughput")).toBe(299.93);
    expect(figureValue(summary, "errors")).toBe(0.1);
  });

  it("writes three significant digits, in ms under a second", () => {
    expect(formatFigure("mean", 0.0834, "en")).toBe("83.4 ms");
    expect(formatFigure("p99", 44.38, "en")).toBe("44.4 s");
    expect(formatFigure("throughput", 2002.5, "en")).toBe("2,003 req/s");
    expect(formatFigure("errors", 0.722, "en")).toBe("72.2%");
    expect(formatFigure("errors", 0, "en")).toBe("0%");
  });

  it("shows a dash for a figure not measured yet", () => {
    expect(formatFigure("p99", Number.NaN, "en")).toBe("—");
  });
});
