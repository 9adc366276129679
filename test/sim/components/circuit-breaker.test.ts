import { describe, expect, it } from "vitest";
import { CircuitBreaker } from "../../../src/sim/components/circuit-breaker";
import { runScenario } from "../../../src/sim/run";
import { constant, openClient, scenario, server } from "../scenarios";

const config = { failureRate: 0.5, window: 10, openFor: 5, minCalls: 4 };

describe("CircuitBreaker", () => {
  it("stays closed until enough calls fail", () => {
    const b = new CircuitBreaker(config);
    b.record(0, false);
    b.record(0.1, false);
    b.record(0.2, false);
    expect(b.isOpen).toBe(false); // three calls: fewer than minCalls
    b.record(0.3, true);
    expect(b.isOpen).toBe(true); // three failures out of four
  });

  it("refuses calls while open, then lets one trial through", () => {
    const b = new CircuitBreaker(config);
    for (let i = 0; i < 4; i++) b.record(i * 0.1, false);
    expect(b.allow(1)).toBe(false);
    expect(b.allow(4.9)).toBe(false);
    expect(b.allow(5.4)).toBe(true); // half-open: the trial
    expect(b.allow(5.5)).toBe(false); // only one trial at a time
    expect(b.shortCircuited).toBe(3);
  });

  it("closes after a successful trial and opens again after a failed one", () => {
    const b = new CircuitBreaker(config);
    for (let i = 0; i < 4; i++) b.record(0, false);
    b.allow(6);
    b.record(6.1, true);
    expect(b.isOpen).toBe(false);
    for (let i = 0; i < 4; i++) b.record(7, false);
    b.allow(13);
    b.record(13.1, false);
    expect(b.isOpen).toBe(true);
    expect(b.opened).toBe(3);
  });

  it("forgets failures older than its window", () => {
    const b = new CircuitBreaker(config);
    b.record(0, false);
    b.record(0, false);
    b.record(0, false);
    for (let t = 11; t < 15; t++) b.record(t, true);
    expect(b.isOpen).toBe(false);
  });
});

describe("a breaker on a call to a dependency that has become very slow", () => {
  const cascade = (breaker: boolean) =>
    scenario({
      duration: 120,
      warmup: 20,
      faults: [{ kind: "slow", at: 10, target: "db", duration: 200, factor: 1000 }],
      components: [
        openClient("users", "web", 20, {
          workload: { kind: "open", rate: 20, arrival: "uniform", schedule: [] },
        }),
        server("web", constant(0.01), {
          workers: 10,
          calls: [
            {
              target: "db",
              mode: "sync",
              timeout: 1,
              ...(breaker
                ? { breaker: { failureRate: 0.5, window: 10, openFor: 5, minCalls: 10 } }
                : {}),
            },
          ],
        }),
        server("db", constant(0.005), { workers: 1000 }),
      ],
    });

  it("stops the callers' workers from piling up behind it and fails fast", () => {
    const without = runScenario(cascade(false));
    const withBreaker = runScenario(cascade(true));
    expect(withBreaker.components.web.breakerOpened).toBeGreaterThan(0);
    expect(withBreaker.components.web.shortCircuited).toBeGreaterThan(1000);
    expect(withBreaker.components.web.utilization!).toBeLessThan(
      without.components.web.utilization! / 5,
    );
    // Without it every call holds a worker for its 1 s timeout: 10 workers for 20 requests/s.
    expect(without.components.web.utilization!).toBeGreaterThan(0.95);
    expect(without.components.web.meanQueue!).toBeGreaterThan(100);
    expect(withBreaker.components.web.meanQueue!).toBeLessThan(1);
  });
});
