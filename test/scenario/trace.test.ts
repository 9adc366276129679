import { describe, expect, it } from "vitest";
import { parseScenario } from "../../src/scenario/parse";
import { type Doc, edit, errorsOf, minimal } from "./documents";

const workload = "components.0.workload";

function traced(trace: Doc): Doc {
  return edit(minimal(), workload, { kind: "trace", ...trace } as Doc);
}

describe("trace workloads", () => {
  it("read arrival timestamps from CSV text, skipping a header and blank lines", () => {
    const result = parseScenario(traced({ timestamps: "time,path\n0.5,/\n\n1.25,/cart\n2,/\n" }));
    expect(result.ok && result.scenario.components[0]).toMatchObject({
      workload: { kind: "trace", timestamps: [0.5, 1.25, 2] },
    });
  });

  it("turn per-interval rates into Poisson arrivals that follow them, then stop", () => {
    const result = parseScenario(traced({ rates: [10, 30, 5], interval: 60 }));
    expect(result.ok && result.scenario.components[0]).toMatchObject({
      workload: {
        kind: "open",
        rate: 0,
        schedule: [
          { at: 0, rate: 10 },
          { at: 60, rate: 30 },
          { at: 120, rate: 5 },
          { at: 180, rate: 0 },
        ],
      },
    });
  });

  it.each<[string, Doc, string]>([
    [
      "neither timestamps nor rates",
      {},
      "components[0].workload.timestamps: a trace needs either timestamps or rates (one of the two)",
    ],
    [
      "both",
      { timestamps: [1], rates: [1] },
      "components[0].workload.timestamps: a trace needs either timestamps or rates (one of the two)",
    ],
    [
      "a timestamp going back",
      { timestamps: [1, 3, 2] },
      "components[0].workload.timestamps: must not go back in time: value 3 (2) is before 3",
    ],
    [
      "a negative rate",
      { rates: [1, -2] },
      "components[0].workload.rates: value 2 must be a finite number >= 0, got -2",
    ],
    [
      "a word in the CSV",
      { timestamps: "t\n1\nsoon\n" },
      'components[0].workload.timestamps: value 2 must be a finite number >= 0, got "soon"',
    ],
    [
      "a zero interval",
      { rates: [1], interval: 0 },
      "components[0].workload.interval: must be a number > 0, got 0",
    ],
  ])("refuses %s", (_, trace, message) => {
    expect(errorsOf(traced(trace))).toContain(message);
  });
});
