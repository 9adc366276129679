import { describe, expect, it } from "vitest";
import { parseScenario } from "../../src/scenario/parse";
import { type Doc, errorsOf, type Json, layered } from "./documents";

function withFaults(faults: Json): Doc {
  const doc = layered();
  doc.faults = faults;
  return doc;
}

describe("faults", () => {
  it("reads each simulated kind of fault", () => {
    const faults: Json = [
      { at: 10, target: "web", kind: "crash", duration: 5, instance: 1 },
      { at: 20, target: "db", kind: "slow", duration: 5, factor: 3 },
      { at: 30, target: "lb", kind: "errors", duration: 5, rate: 0.5, instance: 0 },
      { at: 40, target: "db", kind: "partition", duration: 5, from: "web" },
    ];
    const result = parseScenario(withFaults(faults));
    expect(result.ok && result.scenario.faults).toEqual(faults);
  });

  it.each<[string, Json, string]>([
    ["faults that are not an array", { at: 1 }, 'faults: must be an array of faults, got {"at":1}'],
    ["a fault that is not an object", [7], "faults[0]: must be an object, got 7"],
    [
      "an unknown kind",
      [{ at: 1, target: "web", kind: "meltdown", duration: 1 }],
      'faults[0].kind: must be one of crash, slow, errors, partition, zone, got "meltdown"',
    ],
    [
      "a partition without its other side",
      [{ at: 1, target: "web", kind: "partition", duration: 1 }],
      "faults[0].from: is required (a string)",
    ],
    [
      "a partition from an unknown component",
      [{ at: 1, target: "web", kind: "partition", duration: 1, from: "lbb" }],
      'faults[0].from: no component has id "lbb"; did you mean "lb"?',
    ],
    [
      "a partition of one instance",
      [{ at: 1, target: "web", kind: "partition", duration: 1, from: "lb", instance: 0 }],
      "faults[0].instance: a partition cuts off a whole component",
    ],
    [
      "a negative start",
      [{ at: -1, target: "web", kind: "crash", duration: 1 }],
      "faults[0].at: must be a number >= 0, got -1",
    ],
    [
      "a duration of 0",
      [{ at: 1, target: "web", kind: "crash", duration: 0 }],
      "faults[0].duration: must be a number > 0, got 0",
    ],
    [
      "a missing duration",
      [{ at: 1, target: "web", kind: "crash" }],
      "faults[0].duration: is required (a number > 0)",
    ],
    [
      "a slow factor of 0",
      [{ at: 1, target: "web", kind: "slow", duration: 1, factor: 0 }],
      "faults[0].factor: must be a number > 0, got 0",
    ],
    [
      "an error rate above 1",
      [{ at: 1, target: "web", kind: "errors", duration: 1, rate: 1.5 }],
      "faults[0].rate: must be a number between 0 and 1, got 1.5",
    ],
    [
      "a fractional instance",
      [{ at: 1, target: "web", kind: "crash", duration: 1, instance: 0.5 }],
      "faults[0].instance: must be an integer >= 0, got 0.5",
    ],
    [
      "an instance beyond the replicas of the target",
      [{ at: 1, target: "web", kind: "crash", duration: 1, instance: 2 }],
      'faults[0].instance: must be < 2 ("web" has 2 instances), got 2',
    ],
    [
      "an instance of a load balancer other than 0",
      [{ at: 1, target: "lb", kind: "crash", duration: 1, instance: 1 }],
      'faults[0].instance: must be < 1 ("lb" has 1 instance), got 1',
    ],
    [
      "a fault of a client",
      [{ at: 1, target: "users", kind: "crash", duration: 1 }],
      'faults[0].target: "users" is a client, which has no instances to fault',
    ],
    [
      "a fault of an unknown component",
      [{ at: 1, target: "wbe", kind: "crash", duration: 1 }],
      'faults[0].target: no component has id "wbe"; did you mean "web"?',
    ],
  ])("reports %s", (_what, faults, expected) => {
    expect(errorsOf(withFaults(faults))).toEqual([expected]);
  });
});
