import { describe, expect, it } from "vitest";
import { parseScenario } from "../../src/scenario/parse";
import { type Doc, errorsOf, type Json } from "./documents";

const exp = { dist: "exp", mean: 0.01 };

/** users → lb → app-a (zone a), app-b (zone b), with `zones` and `faults` as given. */
function twoZones(zones?: Json, faults: Json[] = []): Doc {
  return {
    version: 1,
    name: "two zones",
    duration: 60,
    ...(zones === undefined ? {} : { zones }),
    components: [
      { id: "users", type: "client", workload: { kind: "open", rate: 10 }, target: "lb" },
      { id: "lb", type: "loadbalancer", targets: ["app-a", "app-b"] },
      { id: "app-a", type: "server", zone: "a", service: exp },
      { id: "app-b", type: "server", zone: "b", service: exp },
    ],
    faults,
  };
}

describe("zones", () => {
  it("reads each component's zone and the latency between zones", () => {
    const result = parseScenario(
      twoZones({
        latency: { dist: "const", value: 0.002 },
        pairs: [{ between: ["a", "b"], latency: { dist: "exp", mean: 0.01 } }],
      }),
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.scenario.components.map((c) => c.zone)).toEqual([undefined, undefined, "a", "b"]);
    expect(result.scenario.zones).toEqual({
      latency: { dist: "const", value: 0.002 },
      pairs: [{ between: ["a", "b"], latency: { dist: "exp", mean: 0.01 } }],
    });
  });

  it("leaves the scenario without zones when it gives none", () => {
    const result = parseScenario(twoZones());
    expect(result.ok && result.scenario.zones).toBe(undefined);
  });

  it("refuses a pair naming a zone no component is in, with a suggestion", () => {
    expect(
      errorsOf(
        twoZones({ pairs: [{ between: ["a", "c"], latency: { dist: "const", value: 1 } }] }),
      ),
    ).toEqual(['zones.pairs[0].between[1]: no component is in zone "c"']);
  });

  it("refuses a pair of one zone, and a pair given twice", () => {
    const latency = { dist: "const", value: 0.001 };
    expect(
      errorsOf(
        twoZones({
          pairs: [
            { between: ["a", "a"], latency },
            { between: ["a", "b"], latency },
            { between: ["b", "a"], latency },
          ],
        }),
      ),
    ).toEqual([
      'zones.pairs[0].between: a pair needs two different zones, got "a" twice',
      'zones.pairs[2].between: the pair "b" – "a" is given twice (also zones.pairs[1])',
    ]);
  });

  it("refuses a pair that is not two zone names", () => {
    expect(
      errorsOf(twoZones({ pairs: [{ between: ["a"], latency: { dist: "const", value: 1 } }] })),
    ).toEqual(['zones.pairs[0].between: must be an array of two zone names, got ["a"]']);
  });

  it("reads a zone fault, whose target is a zone", () => {
    const result = parseScenario(
      twoZones(undefined, [{ kind: "zone", target: "a", at: 10, duration: 5 }]),
    );
    expect(result.ok && result.scenario.faults).toEqual([
      { kind: "zone", target: "a", at: 10, duration: 5 },
    ]);
  });

  it("refuses a zone fault on an unknown zone, suggesting the closest, and on one instance", () => {
    expect(
      errorsOf(
        twoZones(undefined, [{ kind: "zone", target: "zone-a", at: 10, duration: 5, instance: 0 }]),
      ),
    ).toEqual([
      "faults[0].instance: a zone fault takes down every instance in the zone",
      'faults[0].target: no component is in zone "zone-a"',
    ]);
    expect(
      errorsOf(twoZones(undefined, [{ kind: "zone", target: "bb", at: 1, duration: 1 }])),
    ).toEqual(['faults[0].target: no component is in zone "bb"; did you mean "b"?']);
  });
});
