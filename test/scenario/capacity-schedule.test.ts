import { describe, expect, it } from "vitest";
import { meanScheduledReplicas } from "../../src/scenario/capacity-schedule";
import { parseScenario } from "../../src/scenario/parse";
import type { Server } from "../../src/scenario/types";
import { type Doc, edit, errorsOf, type Json, minimal } from "./documents";

function scheduled(schedule: Json): Doc {
  return edit(minimal(), "components.1.schedule", schedule);
}

describe("a server's capacity schedule", () => {
  it("reads changes of workers and replicas in time order", () => {
    const schedule: Json[] = [
      { at: 60, replicas: 2 },
      { at: 120, workers: 4, replicas: 1 },
    ];
    const result = parseScenario(scheduled(schedule));
    expect(result.ok && result.scenario.components[1]).toMatchObject({ schedule });
  });

  it("lets a fault name a replica that only the schedule brings", () => {
    const doc = scheduled([{ at: 10, replicas: 3 }]);
    doc.faults = [{ kind: "crash", target: "web", instance: 2, at: 20, duration: 5 }];
    expect(parseScenario(doc).ok).toBe(true);
  });

  it.each<[string, Json, string]>([
    [
      "an entry that changes nothing",
      [{ at: 10 }],
      "components[1].schedule[0]: sets neither workers nor replicas, so it changes nothing",
    ],
    [
      "entries out of order",
      [
        { at: 10, workers: 2 },
        { at: 10, workers: 3 },
      ],
      "components[1].schedule[1].at: must be later than the previous entry's at (10): a schedule is sorted by time, got 10",
    ],
    [
      "zero workers",
      [{ at: 10, workers: 0 }],
      "components[1].schedule[0].workers: must be an integer >= 1, got 0",
    ],
    [
      "replicas past the limit",
      [{ at: 10, replicas: 20_000 }],
      "components[1].schedule[0].replicas: must be at most 10000 (a limit of archsim, see docs/scenario-format.md), got 20000",
    ],
  ])("refuses %s", (_, schedule, message) => {
    expect(errorsOf(scheduled(schedule))).toContain(message);
  });

  it("refuses scheduled replicas on a server an autoscaler scales, but not scheduled workers", () => {
    const doc = scheduled([
      { at: 10, workers: 2 },
      { at: 20, replicas: 3 },
    ]);
    (doc.components as Json[]).push({ id: "hpa", type: "autoscaler", target: "web", max: 5 });
    expect(errorsOf(doc)).toEqual([
      'components[1].schedule[1].replicas: cannot follow a schedule: autoscaler "hpa" sets this server\'s replicas',
    ]);
  });
});

describe("meanScheduledReplicas", () => {
  const web = {
    replicas: 4,
    schedule: [
      { at: 50, replicas: 2 },
      { at: 80, workers: 3 },
    ],
  };

  it("averages the replicas over the window, changes before it included", () => {
    expect(meanScheduledReplicas(web as Server, 0, 100)).toBe(3);
    expect(meanScheduledReplicas(web as Server, 60, 100)).toBe(2);
  });

  it("is the replicas themselves without a schedule of replicas", () => {
    expect(meanScheduledReplicas({ replicas: 3 } as Server, 10, 20)).toBe(3);
  });
});
