import { describe, expect, it } from "vitest";
import type { Fault, Scenario } from "../../../src/scenario/types";
import { runScenario } from "../../../src/sim/run";
import { constant, openClient, scenario, server } from "../scenarios";

const cut: Fault = { kind: "partition", at: 10, target: "db", from: "web", duration: 5 };

function webAndDb(timeout?: number): Scenario {
  return scenario({
    duration: 30,
    faults: [cut],
    components: [
      openClient("users", "web", 10, {
        workload: { kind: "open", rate: 10, arrival: "uniform", schedule: [] },
      }),
      server("web", constant(0.01), {
        workers: 100,
        calls: [{ target: "db", mode: "sync", timeout }],
      }),
      server("db", constant(0.01)),
    ],
  });
}

describe("a network partition between two components", () => {
  it("fails the calls across it at once when the caller has no timeout", () => {
    const summary = runScenario(webAndDb());
    // Calls from 10.01 to 15.01 s: about 50, all refused, none reaching db.
    expect(summary.requests.failures.unavailable).toBeGreaterThanOrEqual(49);
    expect(summary.requests.failures.unavailable).toBeLessThanOrEqual(51);
    expect(summary.components.db.served).toBe(summary.requests.completed);
  });

  it("makes a caller with a timeout wait for it, as a dropped packet would", () => {
    const summary = runScenario(webAndDb(0.5));
    expect(summary.requests.failures.timeout).toBeGreaterThanOrEqual(49);
    expect(summary.requests.failures.unavailable).toBe(0);
  });

  it("heals when it ends", () => {
    const summary = runScenario(webAndDb());
    expect(summary.requests.completed).toBeGreaterThan(240);
  });
});
