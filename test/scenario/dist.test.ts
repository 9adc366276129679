import { describe, expect, it } from "vitest";
import { parseScenario } from "../../src/scenario/parse";
import type { Json } from "./documents";
import { edit, errorsOf, minimal, warningsOf } from "./documents";

/** The minimal scenario with `network` set to a Dist, so every family is read at one path. */
function withNetwork(dist: Json) {
  return edit(minimal(), "network", dist);
}

describe("Dist", () => {
  it.each<[Json]>([
    [{ dist: "const", value: 0 }],
    [{ dist: "exp", mean: 0.1 }],
    [{ dist: "uniform", min: 0, max: 0 }],
    [{ dist: "uniform", min: 0.1, max: 0.2 }],
    [{ dist: "lognormal", mean: 0.1, cv: 0 }],
    [{ dist: "erlang", mean: 0.1, k: 3 }],
    [{ dist: "pareto", min: 0.01, alpha: 1.5 }],
  ])("accepts %j", (dist) => {
    const result = parseScenario(withNetwork(dist));
    expect(result.ok && result.scenario.network).toEqual(dist);
  });

  it.each<[Json, string]>([
    [0.01, 'network: must be a Dist, such as {"dist":"exp","mean":0.1}, got 0.01'],
    [
      { dist: "normal", mean: 1 },
      'network.dist: must be one of const, exp, uniform, lognormal, erlang, pareto, got "normal"',
    ],
    [{ dist: "const", value: -1 }, "network.value: must be a number >= 0, got -1"],
    [{ dist: "const" }, "network.value: is required (a number >= 0)"],
    [{ dist: "exp", mean: 0 }, "network.mean: must be a number > 0, got 0"],
    [{ dist: "exp", mean: "0.1" }, 'network.mean: must be a number > 0, got "0.1"'],
    [{ dist: "uniform", min: -1, max: 1 }, "network.min: must be a number >= 0, got -1"],
    [{ dist: "uniform", min: 2, max: 1 }, "network.max: must be >= min (2), got 1"],
    [{ dist: "lognormal", mean: 0, cv: 1 }, "network.mean: must be a number > 0, got 0"],
    [{ dist: "lognormal", mean: 1, cv: -1 }, "network.cv: must be a number >= 0, got -1"],
    [{ dist: "erlang", mean: 1, k: 0 }, "network.k: must be an integer >= 1, got 0"],
    [{ dist: "erlang", mean: 1, k: 1.5 }, "network.k: must be an integer >= 1, got 1.5"],
    [{ dist: "pareto", min: 0, alpha: 1 }, "network.min: must be a number > 0, got 0"],
    [{ dist: "pareto", min: 1, alpha: 0 }, "network.alpha: must be a number > 0, got 0"],
  ])("refuses %j", (dist, expected) => {
    expect(errorsOf(withNetwork(dist))).toEqual([expected]);
  });

  it("warns about a parameter of another family", () => {
    expect(warningsOf(withNetwork({ dist: "exp", mean: 0.1, cv: 2 }))).toEqual([
      "network.cv: unknown field (ignored)",
    ]);
  });

  it("suggests the parameter a typo was meant to be", () => {
    expect(warningsOf(withNetwork({ dist: "exp", mean: 0.1, maen: 2 }))).toEqual([
      'network.maen: unknown field (ignored); did you mean "mean"?',
    ]);
  });
});
