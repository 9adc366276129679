import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseScenarioText } from "../../src/scenario/parse";
import type { Scenario } from "../../src/scenario/types";
import { applyAction, type LiveAction } from "../../src/sim/actions";
import { buildModel } from "../../src/sim/build";
import type { Server } from "../../src/sim/components/server";
import { summarizeModel } from "../../src/sim/run";

/** Multi-zone failover, its scheduled zone fault replaced by `faults`. */
function failover(faults: Scenario["faults"]): Scenario {
  const parsed = parseScenarioText(readFileSync("models/multi-zone-failover.json", "utf8"));
  if (!parsed.ok) throw new Error("models/multi-zone-failover.json does not load");
  return { ...parsed.scenario, faults };
}

/** Runs `scenario`, applying each what-if at its time, and returns the summary. */
function run(scenario: Scenario, whatIfs: { at: number; action: LiveAction }[] = []) {
  const model = buildModel(scenario, "1");
  for (const { at, action } of whatIfs) {
    model.sim.runUntil(at);
    expect(applyAction(model, action)).toEqual({ ok: true });
  }
  model.sim.runUntil(scenario.duration);
  return summarizeModel(model, scenario, {
    seed: "1",
    duration: scenario.duration,
    wallSeconds: 0,
  });
}

/**
 * A scheduled fault also has its recovery measured: two events mark its start and end, and a
 * sample every second (180 in this run) watches goodput and p99. They read the run and change
 * nothing in it; a live what-if has neither.
 */
const RECOVERY_EVENTS = 2 + 180;

function withoutRecovery(summary: ReturnType<typeof run>) {
  const { recovery, ...rest } = summary;
  return { ...rest, events: summary.events - (recovery === undefined ? 0 : RECOVERY_EVENTS) };
}

// Half past a second: the balancer's health checks run on whole seconds, and a what-if applied
// at a time when an event is due comes after it, where a scheduled fault comes before.
const AT = 60.5;

describe("a zone taken down live", () => {
  it("gives every figure bit for bit as the same zone fault scheduled at that time", () => {
    const scheduled = run(failover([{ kind: "zone", target: "a", at: AT, duration: 60 }]));
    const live = run(failover([]), [
      { at: AT, action: { kind: "zone", target: "a", duration: 60 } },
    ]);
    expect(live.requests.failures.unavailable).toBeGreaterThan(0);
    expect(withoutRecovery(live)).toEqual(withoutRecovery(scheduled));
  });

  it("brought back early, gives the figures of a fault that lasted until then", () => {
    const scheduled = run(failover([{ kind: "zone", target: "a", at: AT, duration: 20 }]));
    const live = run(failover([]), [
      { at: AT, action: { kind: "zone", target: "a", duration: 60 } },
      { at: AT + 20, action: { kind: "zone-up", target: "a" } },
    ]);
    expect(withoutRecovery(live)).toEqual(withoutRecovery(scheduled));
  });

  it("brings back only what it took down: a crash still in force keeps its instances down", () => {
    const model = buildModel(failover([]), "1");
    const appA = model.sim.components[2] as Server;
    model.sim.runUntil(10.5);
    applyAction(model, { kind: "crash", target: "app-a", duration: 100 });
    applyAction(model, { kind: "zone", target: "a", duration: 30 });
    model.sim.runUntil(20.5);
    applyAction(model, { kind: "zone-up", target: "a" });
    model.sim.runUntil(50.5);
    expect(appA.isUp(0)).toBe(false);
    model.sim.runUntil(111);
    expect(appA.isUp(0)).toBe(true);
  });

  it("refuses a zone no component names, a zone already down, and bringing back one that is up", () => {
    const model = buildModel(failover([]), "1");
    model.sim.runUntil(10.5);
    expect(applyAction(model, { kind: "zone", target: "c", duration: 30 })).toMatchObject({
      ok: false,
      code: "noZone",
      reason: 'no zone "c"',
    });
    expect(applyAction(model, { kind: "zone-up", target: "a" })).toMatchObject({ code: "zoneUp" });
    expect(applyAction(model, { kind: "zone", target: "a", duration: 0 })).toMatchObject({
      code: "duration",
    });
    expect(applyAction(model, { kind: "zone", target: "a", duration: 30 })).toEqual({ ok: true });
    expect(applyAction(model, { kind: "zone", target: "a", duration: 30 })).toMatchObject({
      code: "zoneDown",
    });
    model.sim.runUntil(40.5);
    expect(applyAction(model, { kind: "zone", target: "a", duration: 30 })).toEqual({ ok: true });
  });
});
