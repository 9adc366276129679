import { describe, expect, it } from "vitest";
import { blockingTandem } from "../../src/theory/blocking-tandem";
import { mm1k } from "../../src/theory/mm1k";

describe("blockingTandem", () => {
  it("is an M/M/1/K1 at station 1 when station 2 is so fast it is never full", () => {
    const f = blockingTandem(0.5, 1, 1e9, 3, 1);
    const alone = mm1k(0.5, 1, 3);
    expect(f.throughput).toBeCloseTo(alone.throughput, 7);
    expect(f.utilization1).toBeCloseTo(alone.utilization, 7);
    expect(f.blockedProbability).toBeLessThan(1e-8);
  });

  it("matches the saturated two-station line's birth-death closed form when arrivals never stop", () => {
    // Station 1 always busy: station 2 holds m = 0..K2+1 (the blocked request counted),
    // born at μ1 and dying at μ2, so X = μ2·(1 - P0) with P_m ∝ (μ1/μ2)^m.
    const mu1 = 1.5;
    const mu2 = 1;
    const k2 = 2;
    const r = mu1 / mu2;
    let sum = 0;
    for (let m = 0; m <= k2 + 1; m++) sum += r ** m;
    const saturated = mu2 * (1 - 1 / sum);
    expect(blockingTandem(1e7, mu1, mu2, 2, k2).throughput).toBeCloseTo(saturated, 5);
  });

  it("conserves the flow: what enters station 1 leaves station 2", () => {
    const f = blockingTandem(0.9, 1.2, 1, 5, 2);
    expect(f.throughput).toBeCloseTo(1 * f.utilization2, 12);
    expect(f.throughput).toBeCloseTo(0.9 * (1 - f.lossProbability), 12);
    expect(f.blockedProbability).toBeGreaterThan(0.05);
  });

  it("refuses a chain too large to solve densely", () => {
    expect(() => blockingTandem(1, 1, 1, 100, 100)).toThrow(RangeError);
  });
});
