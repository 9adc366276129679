import { describe, expect, it } from "vitest";
import { parseScenario } from "../../src/scenario/parse";
import { type Doc, edit, errorsOf, minimal, remove, warningsOf } from "./documents";

const client = "components.0";

describe("client", () => {
  it.each<[string, (doc: Doc) => Doc, string]>([
    [
      "a missing workload",
      (d) => remove(d, `${client}.workload`),
      "components[0].workload: is required (an object)",
    ],
    [
      "an unknown workload kind",
      (d) => edit(d, `${client}.workload.kind`, "burst"),
      'components[0].workload.kind: must be one of open, closed, trace, got "burst"',
    ],
    [
      "a negative rate",
      (d) => edit(d, `${client}.workload.rate`, -1),
      "components[0].workload.rate: must be a number >= 0, got -1",
    ],
    [
      "an unknown arrival process",
      (d) => edit(d, `${client}.workload.arrival`, "bursty"),
      'components[0].workload.arrival: must be one of poisson, uniform, hyperexp, mmpp, got "bursty"',
    ],
    [
      "a closed workload of no users",
      (d) =>
        edit(d, `${client}.workload`, {
          kind: "closed",
          users: 0,
          think: { dist: "const", value: 1 },
        }),
      "components[0].workload.users: must be an integer >= 1, got 0",
    ],
    [
      "a fractional user count",
      (d) =>
        edit(d, `${client}.workload`, {
          kind: "closed",
          users: 2.5,
          think: { dist: "const", value: 1 },
        }),
      "components[0].workload.users: must be an integer >= 1, got 2.5",
    ],
    [
      "a closed workload without think time",
      (d) => edit(d, `${client}.workload`, { kind: "closed", users: 5 }),
      'components[0].workload.think: is required (a Dist, such as {"dist":"exp","mean":0.1})',
    ],
    [
      "a schedule out of time order",
      (d) =>
        edit(d, `${client}.workload.schedule`, [
          { at: 10, rate: 5 },
          { at: 5, rate: 1 },
        ]),
      "components[0].workload.schedule[1].at: must be later than the previous entry's at (10): a schedule is sorted by time, got 5",
    ],
    [
      "a schedule entry at a negative time",
      (d) => edit(d, `${client}.workload.schedule`, [{ at: -1, rate: 5 }]),
      "components[0].workload.schedule[0].at: must be a number >= 0, got -1",
    ],
    [
      "a missing target",
      (d) => remove(d, `${client}.target`),
      "components[0].target: is required (a string)",
    ],
    [
      "an empty mix",
      (d) => edit(d, `${client}.mix`, []),
      "components[0].mix: must name at least one class",
    ],
    [
      "a mix weight of 0",
      (d) => edit(d, `${client}.mix`, [{ class: "default", weight: 0 }]),
      "components[0].mix[0].weight: must be a number > 0, got 0",
    ],
    [
      "an empty class name",
      (d) => edit(d, `${client}.mix`, [{ class: "", weight: 1 }]),
      'components[0].mix[0].class: must be a non-empty string, got ""',
    ],
    [
      "a class named twice",
      (d) =>
        edit(d, `${client}.mix`, [
          { class: "default", weight: 1 },
          { class: "default", weight: 2 },
        ]),
      'components[0].mix[1].class: duplicate class "default" (also components[0].mix[0])',
    ],
    [
      "a key count of 0",
      (d) => edit(d, `${client}.keys`, { count: 0, zipf: 1 }),
      "components[0].keys.count: must be an integer between 1 and 10000000, got 0",
    ],
    [
      "a key count above ten million",
      (d) => edit(d, `${client}.keys`, { count: 10_000_001, zipf: 1 }),
      "components[0].keys.count: must be an integer between 1 and 10000000, got 10000001",
    ],
    [
      "a negative zipf exponent",
      (d) => edit(d, `${client}.keys`, { count: 10, zipf: -0.5 }),
      "components[0].keys.zipf: must be a number >= 0, got -0.5",
    ],
    [
      "a timeout of 0",
      (d) => edit(d, `${client}.timeout`, 0),
      "components[0].timeout: must be a number > 0, got 0",
    ],
    [
      "a retry without max",
      (d) => edit(d, `${client}.retry`, { backoff: 1 }),
      "components[0].retry.max: is required (an integer >= 0)",
    ],
    [
      "a fractional retry max",
      (d) => edit(d, `${client}.retry`, { max: 1.5 }),
      "components[0].retry.max: must be an integer >= 0, got 1.5",
    ],
    [
      "a jitter that is not a boolean",
      (d) => edit(d, `${client}.retry`, { max: 1, jitter: "yes" }),
      'components[0].retry.jitter: must be true or false, got "yes"',
    ],
  ])("reports %s", (_what, change, expected) => {
    expect(errorsOf(change(minimal()))).toEqual([expected]);
  });

  it("warns about a client with rate 0 and no schedule", () => {
    expect(warningsOf(edit(minimal(), `${client}.workload.rate`, 0))).toEqual([
      "components[0].workload.rate: is 0 and no schedule raises it, so this client sends nothing",
    ]);
  });

  it("accepts rate 0 when a schedule raises it later", () => {
    const doc = edit(minimal(), `${client}.workload.rate`, 0);
    edit(doc, `${client}.workload.schedule`, [
      { at: 10, rate: 50 },
      { at: 20, rate: 0 },
    ]);
    expect(warningsOf(doc)).toEqual([]);
  });
});

describe("client retry budget", () => {
  it("is read as a share of requests, between 0 and 1", () => {
    const doc = edit(minimal(), "components.0.retry", { max: 3, budget: 0.2 });
    const result = parseScenario(doc);
    expect(result.ok && result.scenario.components[0]).toMatchObject({
      retry: { max: 3, budget: 0.2 },
    });
    expect(errorsOf(edit(minimal(), "components.0.retry", { max: 3, budget: 2 }))).toEqual([
      "components[0].retry.budget: must be a number between 0 and 1, got 2",
    ]);
  });
});

describe("client hedging (extension)", () => {
  it("is read with its delay, which must be positive", () => {
    const result = parseScenario(edit(minimal(), "components.0.hedge", { after: 0.05 }));
    expect(result.ok && result.scenario.components[0]).toMatchObject({ hedge: { after: 0.05 } });
    expect(errorsOf(edit(minimal(), "components.0.hedge", { after: 0 }))).toEqual([
      "components[0].hedge.after: must be a number > 0, got 0",
    ]);
  });
});
