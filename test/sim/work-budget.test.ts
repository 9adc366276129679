import { describe, expect, it } from "vitest";
import { parseScenario } from "../../src/scenario/parse";
import type { Scenario } from "../../src/scenario/types";
import { runScenario } from "../../src/sim/run";
import {
  DEFAULT_MAX_EVENTS,
  LOOK_EVENTS,
  WorkBudget,
  WorkBudgetExceeded,
} from "../../src/sim/work-budget";

function scenario(doc: Record<string, unknown>): Scenario {
  const parsed = parseScenario({ version: 1, name: "budget", ...doc });
  if (!parsed.ok) throw new Error(parsed.errors[0].message);
  return parsed.scenario;
}

/** What runScenario throws, or a failure when it returns. */
function stopOf(s: Scenario, options: Parameters<typeof runScenario>[1] = {}): WorkBudgetExceeded {
  try {
    runScenario(s, options);
  } catch (error) {
    if (error instanceof WorkBudgetExceeded) return error;
    throw error;
  }
  throw new Error("expected a WorkBudgetExceeded, and the run returned");
}

const server = { id: "web", type: "server", workers: 1000, service: { dist: "exp", mean: 1e-5 } };

describe("the work budget of a run", () => {
  it("stops a steady load beyond the budget at its first look, with the projection and --max-events", () => {
    // Rate 1e7 for 1e6 s: about 2e13 events, days of computing.
    const s = scenario({
      duration: 1e6,
      components: [
        { id: "users", type: "client", workload: { kind: "open", rate: 1e7 }, target: "web" },
        server,
      ],
    });
    const stop = stopOf(s);
    expect(stop.events).toBe(LOOK_EVENTS);
    expect(stop.projected).toBeGreaterThan(1e13);
    expect(stop.maxEvents).toBe(DEFAULT_MAX_EVENTS);
    expect(stop.message).toMatch(
      /^this run would take about 2e13 events \(2e7 per simulated second/,
    );
    expect(stop.message).toMatch(/raise the limit with --max-events 2\.2e13\.$/);
  });

  it("stops 20 closed users retrying every 20 ns against a full server within a look or two", () => {
    const s = scenario({
      duration: 5,
      components: [
        {
          id: "users",
          type: "client",
          workload: { kind: "closed", users: 20, think: { dist: "const", value: 0 } },
          target: "web",
          retry: { max: 1e9, backoff: 2e-8, multiplier: 1, jitter: false },
        },
        { id: "web", type: "server", workers: 1, queue: 0, service: { dist: "const", value: 10 } },
      ],
    });
    const stop = stopOf(s);
    expect(stop.events).toBeLessThanOrEqual(2 * LOOK_EVENTS);
    expect(stop.rate).toBeGreaterThan(1e8);
  });

  it("stops a run of duration 1e308 at its first look", () => {
    const s = scenario({
      duration: 1e308,
      components: [
        { id: "users", type: "client", workload: { kind: "open", rate: 20 }, target: "web" },
        server,
      ],
    });
    const stop = stopOf(s);
    expect(stop.events).toBe(LOOK_EVENTS);
    expect(stop.message).not.toMatch(/NaN|Infinity/);
  });

  it("stops at exactly --max-events a run whose projection was under it", () => {
    const s = scenario({
      duration: 10,
      components: [
        { id: "users", type: "client", workload: { kind: "open", rate: 1000 }, target: "web" },
        server,
      ],
    });
    const whole = runScenario(s).events;
    expect(whole).toBeGreaterThan(10_000);
    const stop = stopOf(s, { maxEvents: 10_000 });
    expect(stop.events).toBe(10_001);
    expect(runScenario(s, { maxEvents: whole }).events).toBe(whole);
  });

  it("gives the same run looked at as not: stopping at the looks changes no number", () => {
    const s = scenario({
      duration: 10,
      components: [
        { id: "users", type: "client", workload: { kind: "open", rate: 1.2e5 }, target: "web" },
        server,
      ],
    });
    const looked = runScenario(s, { wallClock: () => 0 });
    const progress: number[] = [];
    const told = runScenario(s, {
      wallClock: () => 0,
      onProgress: (now) => progress.push(now),
      progressEvents: 700_000,
    });
    expect(looked.events).toBeGreaterThan(2 * LOOK_EVENTS);
    expect(told).toEqual(looked);
    expect(progress.length).toBe(Math.floor((looked.events - 1) / 700_000));
  });
});

describe("WorkBudget's looks", () => {
  it("lets a run under its budget through every look", () => {
    const budget = new WorkBudget(100, 10 * LOOK_EVENTS);
    for (let k = 1; k <= 9; k++) expect(() => budget.look(k * LOOK_EVENTS, k * 10)).not.toThrow();
  });

  it("does nothing between looks, and gives the engine the events up to the next", () => {
    const budget = new WorkBudget(1, 100);
    expect(budget.slice(0)).toBe(101);
    expect(() => budget.look(99, 1e-9)).not.toThrow();
    const big = new WorkBudget(1);
    expect(big.slice(10)).toBe(LOOK_EVENTS - 10);
  });

  it("takes a short burst for what it is: one window over the budget does not stop the run", () => {
    const budget = new WorkBudget(1000, 50 * LOOK_EVENTS);
    budget.look(LOOK_EVENTS, 100);
    // A million events within a millisecond, then the steady rate again.
    budget.look(2 * LOOK_EVENTS, 100.001);
    expect(() => budget.look(3 * LOOK_EVENTS, 200)).not.toThrow();
  });

  it("stops a run that falls into a loop after two looks project past the budget", () => {
    const budget = new WorkBudget(1000, 50 * LOOK_EVENTS);
    budget.look(LOOK_EVENTS, 100);
    budget.look(2 * LOOK_EVENTS, 100.001);
    expect(() => budget.look(3 * LOOK_EVENTS, 100.002)).toThrow(WorkBudgetExceeded);
  });

  it("leaves a clock still at 0 to the stall check until the budget itself is spent", () => {
    const budget = new WorkBudget(10, 3 * LOOK_EVENTS);
    budget.look(LOOK_EVENTS, 0);
    budget.look(2 * LOOK_EVENTS, 0);
    expect(() => budget.look(3 * LOOK_EVENTS, 0)).not.toThrow();
    expect(() => budget.look(3 * LOOK_EVENTS + 1, 0)).toThrow(
      /with the simulated clock still at 0/,
    );
  });

  it("refuses a budget that is not a count", () => {
    expect(() => new WorkBudget(1, 0)).toThrow(RangeError);
    expect(() => new WorkBudget(1, Number.NaN)).toThrow(RangeError);
  });
});
