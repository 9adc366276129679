import { describe, expect, it } from "vitest";
import { multiTierScenario } from "../../bench/scenarios";
import { yardstickMM1 } from "../../bench/yardstick";
import { yardstickMultiTier } from "../../bench/yardstick-multi-tier";
import { runScenario } from "../../src/sim/run";

// The bench's speed limits are only worth comparing with if they simulate what the engine does.
describe("the bench's tight loops", () => {
  it("the M/M/1 yardstick gives M/M/1's mean sojourn time, 1/(mu - lambda)", () => {
    const r = yardstickMM1(0.8, 1, 500_000);
    expect(r.events / 500_000).toBeCloseTo(2, 2);
    expect(r.meanSojourn).toBeGreaterThan(5 * 0.95);
    expect(r.meanSojourn).toBeLessThan(5 * 1.05);
  });

  it("the multi-tier loop simulates the engine's multi-tier scenario: three events a request, the same mean latency", () => {
    const requests = 200_000;
    const loop = yardstickMultiTier(1000, requests);
    const engine = runScenario(multiTierScenario(requests));
    expect(loop.events / requests).toBeCloseTo(3, 2);
    expect(engine.events / engine.requests.generated).toBeCloseTo(3, 1);
    expect(loop.meanSojourn / engine.latency.mean).toBeGreaterThan(0.98);
    expect(loop.meanSojourn / engine.latency.mean).toBeLessThan(1.02);
  });
});
