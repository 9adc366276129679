import { describe, expect, it } from "vitest";
import { parseSlos, sloProblemText } from "../../../src/sim/slo/parse";

describe("parseSlos", () => {
  it("reads a metric, a comparison and a limit, several per text and several texts", () => {
    const parsed = parseSlos(["p99<0.25, throughput >= 90", "failureRatio<=0.01"]);
    expect(parsed).toEqual({
      ok: true,
      slos: [
        { metric: "p99", comparison: "<", limit: 0.25, text: "p99<0.25" },
        { metric: "throughput", comparison: ">=", limit: 90, text: "throughput >= 90" },
        { metric: "failureRatio", comparison: "<=", limit: 0.01, text: "failureRatio<=0.01" },
      ],
    });
  });

  it("takes latency in ms or s and ratios in %", () => {
    const parsed = parseSlos(["p999<250ms,mean>0.5s,errorRatio<1%"]);
    expect(parsed.ok && parsed.slos.map((s) => s.limit)).toEqual([0.25, 0.5, 0.01]);
  });

  it("reports every malformed objective with what was expected", () => {
    const parsed = parseSlos(["p99=0.25,p98<1,throughput>5ms,p99<abc"]);
    expect(parsed.ok ? [] : parsed.problems.map(sloProblemText)).toEqual([
      "SLO 'p99=0.25' is not of the form <metric><comparison><number>, e.g. p99<0.25 or throughput>=90",
      "SLO 'p98<1': unknown metric 'p98'; one of mean, p50, p90, p99, p999, max, throughput, failureRatio, errorRatio",
      "SLO 'throughput>5ms': throughput cannot be written in 'ms' (requests per second, no unit)",
      "SLO 'p99<abc' is not of the form <metric><comparison><number>, e.g. p99<0.25 or throughput>=90",
    ]);
    expect(parseSlos([""]).ok).toBe(false);
  });
});
