import { describe, expect, it } from "vitest";
import { parseScenario } from "../../src/scenario/parse";
import { DEFAULT_MAX_EVENTS, RETRY_LOOP_MAX } from "../../src/scenario/projected-work";
import { type Doc, edit, minimal, warningsOf } from "./documents";

const users = "components.0";

function codes(doc: Doc): string[] {
  return parseScenario(doc).warnings.map((w) => `${w.path} ${w.code}`);
}

describe("runs that could never end in reasonable time", () => {
  it("are warned about at the duration when the load over the run goes past the work budget", () => {
    // Rate 1e7 for 1e6 s: 1e13 requests, days of computing.
    const doc = edit(edit(minimal(), `${users}.workload.rate`, 1e7), "duration", 1e6);
    expect(warningsOf(doc)).toEqual([
      "duration: asks for about 1e13 requests at the clients' peak rates, 2e13 events or more: beyond the 2e8 a run may take (about a minute of computing), so the run will be stopped, where it would take 4e6 s of computing at best. Shorten the duration or lower the load (the command line's --max-events raises the limit)",
    ]);
  });

  it("count a duration of 1e308 as beyond any budget, without writing Infinity", () => {
    const warnings = parseScenario(edit(minimal(), "duration", 1e308)).warnings;
    expect(warnings.map((w) => w.code)).toEqual(["workBeyondBudget"]);
    expect(warnings[0].params.requests).toBe("over 1.8e308");
  });

  it("add every client's peak, closed users by their think time", () => {
    const doc = minimal();
    (doc.components as Doc[]).push({
      id: "crowd",
      type: "client",
      workload: { kind: "closed", users: 1e6, think: { dist: "exp", mean: 1 } },
      target: "web",
    });
    // 10/s + 1e6/s over 60 s: 6e7 requests, 1.2e8 events: within the budget.
    expect(codes(doc)).toEqual([]);
    edit(doc, "duration", 120);
    expect(codes(doc)).toEqual(["duration workBeyondBudget"]);
  });

  it("leave a load within the budget alone, up to its last event", () => {
    const rate = DEFAULT_MAX_EVENTS / 2 / 60;
    expect(codes(edit(minimal(), `${users}.workload.rate`, rate))).toEqual([]);
    expect(codes(edit(minimal(), `${users}.workload.rate`, rate * 1.01))).toEqual([
      "duration workBeyondBudget",
    ]);
  });
});

describe("retries that can loop without the clock moving", () => {
  const retry = (policy: Doc) => edit(minimal(), `${users}.retry`, policy);

  it("are warned about at the retry policy: many retries with no backoff", () => {
    expect(warningsOf(retry({ max: 1e15, backoff: 0, multiplier: 1e308 }))).toEqual([
      "components[0].retry: allows 1e15 retries as little as 0 s apart: against a target that refuses at once (a full queue, an open breaker) each request can loop that many times while the clock barely moves, and the run could never end. Give the retries a backoff of a millisecond or more, or a max of a few",
    ]);
  });

  it("find a tiny backoff, and a multiplier under 1 that shrinks a real one", () => {
    expect(codes(retry({ max: 1e9, backoff: 2e-8, multiplier: 1 }))).toEqual([
      "components[0].retry retryLoop",
    ]);
    expect(codes(retry({ max: 1000, backoff: 1, multiplier: 0.5 }))).toEqual([
      "components[0].retry retryLoop",
    ]);
  });

  it("leave a few retries alone, and many with a real backoff", () => {
    expect(codes(retry({ max: RETRY_LOOP_MAX - 1, backoff: 0 }))).toEqual([]);
    expect(codes(retry({ max: 1e6, backoff: 0.001, multiplier: 2 }))).toEqual([]);
  });
});

describe("a pareto law with an infinite mean", () => {
  it("is warned about at its alpha, down to alpha near 0", () => {
    const service = (alpha: number) =>
      edit(minimal(), "components.1.service", { dist: "pareto", min: 0.01, alpha });
    expect(warningsOf(service(1e-9))).toEqual([
      "components[1].service.alpha: is 1e-9: a pareto law with alpha <= 1 has an infinite mean, so the run's averages and percentiles never settle however long it runs, and near 0 its draws exceed any time a run can reach. Use an alpha above 1 (2 to 3 for heavy tails seen in practice)",
    ]);
    expect(codes(service(1))).toEqual(["components[1].service.alpha paretoInfiniteMean"]);
    expect(codes(service(1.5))).toEqual([]);
  });
});
