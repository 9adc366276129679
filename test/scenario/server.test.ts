import { describe, expect, it } from "vitest";
import { parseScenario } from "../../src/scenario/parse";
import { type Doc, edit, errorsOf, layered, remove, warningsOf } from "./documents";

const web = "components.2";

describe("server", () => {
  it.each<[string, (doc: Doc) => Doc, string]>([
    [
      "no replicas",
      (d) => edit(d, `${web}.replicas`, 0),
      "components[2].replicas: must be an integer >= 1, got 0",
    ],
    [
      "no workers",
      (d) => edit(d, `${web}.workers`, 0),
      "components[2].workers: must be an integer >= 1, got 0",
    ],
    [
      "fractional workers",
      (d) => edit(d, `${web}.workers`, 1.5),
      "components[2].workers: must be an integer >= 1, got 1.5",
    ],
    [
      "workers beyond a safe integer",
      (d) => edit(d, `${web}.workers`, 1e300),
      "components[2].workers: must be an integer >= 1, got 1e+300",
    ],
    [
      "a negative queue",
      (d) => edit(d, `${web}.queue`, -1),
      "components[2].queue: must be an integer >= 0, got -1",
    ],
    [
      "a queue written as a string",
      (d) => edit(d, `${web}.queue`, "Infinity"),
      'components[2].queue: must be an integer >= 0, got "Infinity"',
    ],
    [
      "no cores",
      (d) => edit(d, `${web}.cores`, 0),
      "components[2].cores: must be a number > 0, got 0",
    ],
    [
      "a missing service time",
      (d) => remove(d, `${web}.service`),
      "components[2].service: is required (a Dist, or a map from request class to Dist)",
    ],
    [
      "a service that is neither a Dist nor a map",
      (d) => edit(d, `${web}.service`, 0.01),
      "components[2].service: must be a Dist, or a map from request class to Dist, got 0.01",
    ],
    [
      "a Dist whose dist key is missing",
      (d) => edit(d, `${web}.service`, { mean: 0.01 }),
      "components[2].service.dist: is required (one of const, exp, uniform, lognormal, erlang, pareto)",
    ],
    [
      "an empty service map",
      (d) => edit(d, `${web}.service`, {}),
      "components[2].service: must be a Dist, or map at least one request class to a Dist",
    ],
    [
      "a service map entry that is not a Dist",
      (d) => edit(d, `${web}.service`, { default: 0.01 }),
      'components[2].service.default: must be a Dist, such as {"dist":"exp","mean":0.1}, got 0.01',
    ],
    [
      "an unknown discipline",
      (d) => edit(d, `${web}.discipline`, "priority"),
      'components[2].discipline: must be one of fifo, lifo, codel, adaptive-lifo, got "priority"',
    ],
    [
      "deadlines that are not a boolean",
      (d) => edit(d, `${web}.deadlines`, 1),
      "components[2].deadlines: must be true or false, got 1",
    ],
    [
      "calls that are not an array",
      (d) => edit(d, `${web}.calls`, "db"),
      'components[2].calls: must be an array, got "db"',
    ],
    [
      "a call without target",
      (d) => edit(d, `${web}.calls`, [{ mode: "sync" }]),
      "components[2].calls[0].target: is required (a string)",
    ],
    [
      "an unknown call mode",
      (d) => edit(d, `${web}.calls.0.mode`, "fire-and-forget"),
      'components[2].calls[0].mode: must be one of sync, async, got "fire-and-forget"',
    ],
    [
      "an empty when",
      (d) => edit(d, `${web}.calls.0.when`, ""),
      'components[2].calls[0].when: must be a non-empty string, got ""',
    ],
    [
      "a call timeout of 0",
      (d) => edit(d, `${web}.calls.0.timeout`, 0),
      "components[2].calls[0].timeout: must be a number > 0, got 0",
    ],
    [
      "a breaker failure rate above 1",
      (d) => edit(d, `${web}.calls.0.breaker`, { failureRate: 1.5, window: 10, openFor: 5 }),
      "components[2].calls[0].breaker.failureRate: must be a number > 0 and <= 1, got 1.5",
    ],
    [
      "a breaker without openFor",
      (d) => edit(d, `${web}.calls.0.breaker`, { failureRate: 0.5, window: 10 }),
      "components[2].calls[0].breaker.openFor: is required (a number > 0)",
    ],
    [
      "blocking that is not a boolean",
      (d) => edit(d, `${web}.blocking`, null),
      "components[2].blocking: must be true or false, got null",
    ],
  ])("reports %s", (_what, change, expected) => {
    expect(errorsOf(change(layered()))).toEqual([expected]);
  });

  it("accepts a valid breaker, judging failure rates from 10 calls by default", () => {
    const doc = edit(layered(), `${web}.calls.0.breaker`, {
      failureRate: 0.5,
      window: 10,
      openFor: 5,
    });
    const result = parseScenario(doc);
    expect(result.ok && result.scenario.components[2]).toMatchObject({
      calls: [
        { target: "db", breaker: { failureRate: 0.5, window: 10, openFor: 5, minCalls: 10 } },
      ],
    });
    expect(warningsOf(doc)).toEqual([]);
  });

  it("reads a bulkhead on a call and refuses a limit below 1", () => {
    const ok = parseScenario(edit(layered(), `${web}.calls.0.maxConcurrent`, 8));
    expect(ok.ok && ok.scenario.components[2]).toMatchObject({
      calls: [{ target: "db", maxConcurrent: 8 }],
    });
    expect(errorsOf(edit(layered(), `${web}.calls.0.maxConcurrent`, 0))).toEqual([
      "components[2].calls[0].maxConcurrent: must be an integer >= 1, got 0",
    ]);
  });

  it("defaults cores to the number of workers", () => {
    const result = parseScenario(edit(layered(), `${web}.workers`, 16));
    expect(result.ok && result.scenario.components[2]).toMatchObject({ workers: 16, cores: 16 });
  });

  it("accepts fractional cores", () => {
    const result = parseScenario(edit(layered(), `${web}.cores`, 0.5));
    expect(result.ok && result.scenario.components[2]).toMatchObject({ workers: 1, cores: 0.5 });
  });
});

describe("server queue disciplines (extension)", () => {
  it("fill CoDel's defaults for codel and adaptive-lifo, 5 ms within 100 ms", () => {
    const result = parseScenario(edit(layered(), "components.2.discipline", "adaptive-lifo"));
    expect(result.ok && result.scenario.components[2]).toMatchObject({
      discipline: "adaptive-lifo",
      codel: { target: 0.005, interval: 0.1 },
    });
  });

  it("warn that codel parameters do nothing on a FIFO queue", () => {
    expect(warningsOf(edit(layered(), "components.2.codel", { target: 0.01 }))).toEqual([
      'components[2].codel: applies only with discipline "codel" or "adaptive-lifo" (ignored)',
    ]);
  });
});

describe("adaptive concurrency limit (extension)", () => {
  it("is read with its defaults, a latency target required", () => {
    const result = parseScenario(edit(layered(), "components.2.adaptiveLimit", { target: 0.2 }));
    expect(result.ok && result.scenario.components[2]).toMatchObject({
      adaptiveLimit: { target: 0.2, initial: 20, min: 1, max: 1000 },
    });
    expect(errorsOf(edit(layered(), "components.2.adaptiveLimit", { initial: 5 }))).toEqual([
      "components[2].adaptiveLimit.target: is required (a number > 0)",
    ]);
  });
});
