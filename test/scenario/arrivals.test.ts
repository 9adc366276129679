import { describe, expect, it } from "vitest";
import { parseScenario } from "../../src/scenario/parse";
import { type Doc, edit, errorsOf, minimal, warningsOf } from "./documents";

function openWith(fields: Doc): Doc {
  return edit(minimal(), "components.0.workload", { kind: "open", rate: 10, ...fields });
}

describe("open workloads' arrival processes", () => {
  it("read a hyper-exponential process with its SCV", () => {
    const result = parseScenario(openWith({ arrival: "hyperexp", scv: 4 }));
    expect(result.ok && result.scenario.components[0]).toMatchObject({
      workload: { kind: "open", rate: 10, arrival: "hyperexp", scv: 4, schedule: [] },
    });
  });

  it("read an MMPP-2's calm and burst states, and batches beside any process", () => {
    const mmpp = { factor: 10, calm: 9, burst: 1 };
    const batch = { dist: "const", value: 4 };
    const result = parseScenario(openWith({ arrival: "mmpp", mmpp, batch }));
    expect(result.ok && result.scenario.components[0]).toMatchObject({
      workload: { arrival: "mmpp", mmpp, batch },
    });
  });

  it("leave a Poisson workload as it was: no new fields appear", () => {
    const result = parseScenario(minimal());
    expect(result.ok && result.scenario.components[0].type === "client").toBe(true);
    if (!result.ok || result.scenario.components[0].type !== "client") return;
    expect(Object.keys(result.scenario.components[0].workload)).toEqual([
      "kind",
      "rate",
      "arrival",
      "schedule",
    ]);
  });

  it.each<[string, Doc, string]>([
    [
      "hyperexp without its SCV",
      { arrival: "hyperexp" },
      "components[0].workload.scv: is required (a number >= 1)",
    ],
    [
      "an SCV below 1, which no hyper-exponential has",
      { arrival: "hyperexp", scv: 0.5 },
      "components[0].workload.scv: must be a number >= 1, got 0.5",
    ],
    [
      "an SCV past the limit",
      { arrival: "hyperexp", scv: 1e6 },
      "components[0].workload.scv: must be at most 10000 (a limit of archsim, see docs/scenario-format.md), got 1000000",
    ],
    [
      "mmpp without its states",
      { arrival: "mmpp" },
      "components[0].workload.mmpp: is required (an object)",
    ],
    [
      "a burst of no length",
      { arrival: "mmpp", mmpp: { factor: 5, calm: 10, burst: 0 } },
      "components[0].workload.mmpp.burst: must be a number > 0, got 0",
    ],
    [
      "a batch that is not a Dist",
      { batch: 4 },
      'components[0].workload.batch: must be a Dist, such as {"dist":"exp","mean":0.1}, got 4',
    ],
    [
      "an arrival process it does not know",
      { arrival: "bursty" },
      'components[0].workload.arrival: must be one of poisson, uniform, hyperexp, mmpp, got "bursty"',
    ],
  ])("refuse %s", (_, fields, message) => {
    expect(errorsOf(openWith(fields))).toContain(message);
  });

  it("warn that an SCV or MMPP states do nothing with another process", () => {
    const warnings = warningsOf(openWith({ scv: 4, mmpp: { factor: 2, calm: 1, burst: 1 } }));
    expect(warnings).toContain(
      'components[0].workload.scv: applies only with arrival "hyperexp" (ignored)',
    );
    expect(warnings).toContain(
      'components[0].workload.mmpp: applies only with arrival "mmpp" (ignored)',
    );
  });

  it("warn at the rate when bursts and batches would send past what can run", () => {
    const doc = openWith({
      rate: 1e6,
      arrival: "mmpp",
      mmpp: { factor: 100, calm: 1, burst: 1 },
      batch: { dist: "const", value: 100 },
    });
    expect(
      warningsOf(doc).some((w) => w.startsWith("components[0].workload.rate: sends up to")),
    ).toBe(true);
  });
});
