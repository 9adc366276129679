import { describe, expect, it } from "vitest";
import { parseScenario } from "../../../src/scenario/parse";
import { type Json, type JsonObject, setAt } from "../../../src/ui/editor/json";
import { fieldKey } from "../../../src/ui/inspector/field-text";
import { SCENARIO_FIELDS } from "../../../src/ui/inspector/fields";
import { printedPath } from "../../../src/ui/inspector/form-parts";
import { zoneChoices, zoneNames } from "../../../src/ui/inspector/zone-choices";
import { newPair, nextPair } from "../../../src/ui/inspector/zone-pairs";

const service = { dist: "exp", mean: 0.01 };

/** Three servers in zones a, b and c behind a client. */
const scenario: JsonObject = {
  version: 1,
  name: "zones",
  duration: 10,
  components: [
    { id: "users", type: "client", workload: { kind: "open", rate: 1 }, target: "a1" },
    { id: "a1", type: "server", service, zone: "a", calls: [{ target: "b1" }, { target: "c1" }] },
    { id: "b1", type: "server", service, zone: "b" },
    { id: "c1", type: "server", service, zone: "c" },
  ],
};

const PAIR = ["zones", "pairs", 0];

function errorsWith(pair: Json): { path: string; code: string }[] {
  const doc = setAt(scenario, PAIR, pair);
  const result = parseScenario(doc);
  return result.ok ? [] : result.errors.map((e) => ({ path: e.path, code: e.code }));
}

describe("the latency between particular zones in the scenario's form", () => {
  it("is a field of the scenario's form, after the latency between any two zones", () => {
    const keys = SCENARIO_FIELDS.map((s) => `${s.kind} ${fieldKey(s.path)}`);
    expect(keys).toContain("zonePairs zones.pairs");
    expect(keys.indexOf("zonePairs zones.pairs")).toBe(keys.indexOf("dist zones.latency") + 1);
  });

  it("offers the components' zones, each once, in the order the components name them", () => {
    expect(zoneNames(scenario)).toEqual(["a", "b", "c"]);
    expect(zoneChoices(scenario).map((c) => c.shown)).toEqual(["zone a", "zone b", "zone c"]);
  });

  it("adds the first two zones no pair joins yet, in either order, and nothing when none are left", () => {
    const zones = ["a", "b", "c"];
    expect(nextPair(zones, [])).toEqual(["a", "b"]);
    expect(nextPair(zones, [{ between: ["b", "a"] }])).toEqual(["a", "c"]);
    expect(
      nextPair(zones, [{ between: ["a", "b"] }, { between: ["c", "a"] }, { between: ["b", "c"] }]),
    ).toBeNull();
    expect(nextPair(["a"], [])).toBeNull();
  });

  it("adds a pair at the latency between any two zones, so nothing changes until it is edited", () => {
    const latency = { dist: "exp", mean: 0.01 };
    expect(newPair(["a", "b"], latency)).toEqual({ between: ["a", "b"], latency });
    expect(newPair(["a", "b"], undefined)).toEqual({
      between: ["a", "b"],
      latency: { dist: "const", value: 0.002 },
    });
  });

  it("writes a pair the validator accepts", () => {
    expect(errorsWith(newPair(["a", "c"], undefined))).toEqual([]);
  });

  it("names its boxes as the validator names their errors, so each error lands at its box", () => {
    const between = printedPath("", [...PAIR, "between"]);
    expect(errorsWith(newPair(["a", "a"], undefined))).toEqual([
      { path: between, code: "samePair" },
    ]);
    expect(errorsWith(newPair(["a", "x"], undefined))).toEqual([
      { path: printedPath("", [...PAIR, "between", 1]), code: "unknownZone" },
    ]);
    expect(errorsWith({ between: ["a", "b"], latency: { dist: "exp", mean: -1 } })).toEqual([
      { path: printedPath("", [...PAIR, "latency", "mean"]), code: expect.any(String) },
    ]);
  });
});
