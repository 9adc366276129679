import { describe, expect, it } from "vitest";
import { checkSlos } from "../../../src/sim/slo/check";
import { metricOf } from "../../../src/sim/slo/metrics";
import { parseSlos, type Slo, sloProblemText } from "../../../src/sim/slo/parse";
import { oneRun } from "../../cli/fixtures";

function slos(text: string): Slo[] {
  const parsed = parseSlos([text]);
  if (!parsed.ok) throw new Error(parsed.problems.map(sloProblemText).join("\n"));
  return parsed.slos;
}

describe("metricOf", () => {
  it("reads latency, throughput and the failed share of finished requests", () => {
    const s = oneRun(); // 1090 completed, 8 failed, none with an error
    expect(metricOf(s, "p99")).toBe(0.0503);
    expect(metricOf(s, "throughput")).toBe(s.throughput);
    expect(metricOf(s, "failureRatio")).toBe(8 / 1098);
    expect(metricOf(s, "errorRatio")).toBe(0);
  });
});

describe("checkSlos", () => {
  it("says which objectives hold and by how much the others miss, in the metric's unit", () => {
    const checks = checkSlos(oneRun(), slos("p99<0.05,p99<=0.0503,throughput>=10,max<2"));
    expect(checks.map((c) => c.met)).toEqual([false, true, false, true]);
    expect(checks[0].excess).toBeCloseTo(0.0003, 12);
    expect(checks[2].excess).toBeCloseTo(10 - 9.909090909090908, 12);
    expect(checks[1].excess).toBe(0);
  });

  it("treats a figure with no sample (NaN) as a miss", () => {
    const s = oneRun();
    const none = { ...s, latency: { ...s.latency, p99: Number.NaN } };
    expect(checkSlos(none, slos("p99<1"))[0].met).toBe(false);
  });
});
