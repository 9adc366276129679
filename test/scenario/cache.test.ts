import { describe, expect, it } from "vitest";
import { parseScenario } from "../../src/scenario/parse";
import { type Doc, edit, errorsOf, remove } from "./documents";

/** users → cache → db, the users drawing Zipf keys. */
function cached(): Doc {
  return {
    version: 1,
    name: "cached",
    duration: 60,
    components: [
      {
        id: "users",
        type: "client",
        workload: { kind: "open", rate: 10 },
        target: "cache",
        keys: { count: 1000, zipf: 0.9 },
      },
      {
        id: "cache",
        type: "cache",
        capacity: 100,
        ttl: 30,
        hit: { dist: "const", value: 0.001 },
        backend: "db",
      },
      { id: "db", type: "server", service: { dist: "exp", mean: 0.02 } },
    ],
  };
}

const cache = "components.1";

describe("cache", () => {
  it("fills its defaults: keys never expire without a ttl, no coalescing", () => {
    const result = parseScenario(remove(cached(), `${cache}.ttl`));
    if (!result.ok) throw new Error(result.errors.map((e) => e.message).join("; "));
    expect(result.scenario.components[1]).toEqual({
      id: "cache",
      type: "cache",
      capacity: 100,
      ttl: Number.POSITIVE_INFINITY,
      hit: { dist: "const", value: 0.001 },
      backend: "db",
      coalesce: false,
    });
  });

  it.each<[string, (doc: Doc) => Doc, string]>([
    [
      "a negative capacity",
      (d) => edit(d, `${cache}.capacity`, -1),
      "components[1].capacity: must be an integer >= 0, got -1",
    ],
    [
      "a zero ttl",
      (d) => edit(d, `${cache}.ttl`, 0),
      "components[1].ttl: must be a number > 0, got 0",
    ],
    [
      "a hit ratio above 1",
      (d) => edit(d, `${cache}.hitRatio`, 1.5),
      "components[1].hitRatio: must be a number between 0 and 1, got 1.5",
    ],
    [
      "no hit latency",
      (d) => remove(d, `${cache}.hit`),
      'components[1].hit: is required (a Dist, such as {"dist":"exp","mean":0.1})',
    ],
    [
      "no backend",
      (d) => remove(d, `${cache}.backend`),
      "components[1].backend: is required (a string)",
    ],
    [
      "an unknown backend",
      (d) => edit(d, `${cache}.backend`, "dbb"),
      'components[1].backend: no component has id "dbb"; did you mean "db"?',
    ],
    [
      "neither capacity nor hit ratio",
      (d) => remove(d, `${cache}.capacity`),
      "components[1].capacity: a cache needs a capacity (keys held, for requests with keys) or a hitRatio",
    ],
    [
      "coalesce as a string",
      (d) => edit(d, `${cache}.coalesce`, "yes"),
      'components[1].coalesce: must be true or false, got "yes"',
    ],
  ])("refuses %s", (_, bend, message) => {
    expect(errorsOf(bend(cached()))).toContain(message);
  });

  it("refuses a cache whose backend leads back to it", () => {
    const doc = edit(cached(), "components.2.calls", [{ target: "cache" }]);
    expect(errorsOf(doc).join("\n")).toMatch(/call cycle cache → db → cache would never end/);
  });
});
