import { describe, expect, it } from "vitest";
import type { Scenario } from "../../../src/scenario/types";
import { History } from "../../../src/ui/history";
import { RunTracker } from "../../../src/ui/share/tracker";

const scenario = (seed: string) => ({ seed }) as Scenario;

describe("RunTracker", () => {
  it("tells a load from a restart, a new seed and an edit that keeps the run", () => {
    const tracker = new RunTracker();
    const state = {
      scenario: null as Scenario | null,
      scenarioText: "",
      seed: "1",
      history: new History(1),
    };
    expect(tracker.observe(state)).toBeNull();

    // A load: a new scenario and a new run, while the state's seed is still the previous run's.
    Object.assign(state, { scenario: scenario("5"), scenarioText: "A", history: new History(1) });
    expect(tracker.observe(state)).toBe("loaded");
    expect([tracker.text, tracker.seed]).toEqual(["A", "5"]);
    // The new run's first snapshot brings its seed: nothing new.
    expect(tracker.observe({ ...state, seed: "5" })).toBeNull();
    state.seed = "5";

    // A restart with the same seed: a new scenario object, the same text.
    Object.assign(state, { scenario: scenario("5"), history: new History(1) });
    expect(tracker.observe(state)).toBeNull();

    // A restart with a new seed: the snapshot's seed changes.
    Object.assign(state, { scenario: scenario("5"), history: new History(1), seed: "42" });
    expect(tracker.observe(state)).toBe("reseeded");
    expect(tracker.seed).toBe("42");

    // An edit adopted without a restart: new text and scenario, the same run.
    Object.assign(state, { scenario: scenario("5"), scenarioText: "A moved" });
    expect(tracker.observe(state)).toBe("edited");
    expect([tracker.text, tracker.seed]).toEqual(["A moved", "42"]);

    // Text that did not load (the scenario stays) changes nothing.
    expect(tracker.observe({ ...state, scenarioText: "broken" })).toBeNull();
    expect(tracker.text).toBe("A moved");
  });
});
