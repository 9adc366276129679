import { describe, expect, it } from "vitest";
import { balancedH2, h2m1, kingmanWait } from "../../src/theory/gim1";
import { mm1 } from "../../src/theory/mm1";

/** Mean and SCV of an H2, from its phases. */
function moments(h: { p1: number; rate1: number; rate2: number }) {
  const p2 = 1 - h.p1;
  const mean = h.p1 / h.rate1 + p2 / h.rate2;
  const second = 2 * (h.p1 / h.rate1 ** 2 + p2 / h.rate2 ** 2);
  return { mean, scv: second / mean ** 2 - 1 };
}

describe("balancedH2", () => {
  it("has the asked mean and squared coefficient of variation", () => {
    for (const scv of [1, 2, 4, 25, 10_000]) {
      const m = moments(balancedH2(8, scv));
      expect(m.mean).toBeCloseTo(1 / 8, 12);
      expect(m.scv).toBeCloseTo(scv, 8);
    }
  });

  it("puts half the mean in each phase", () => {
    const h = balancedH2(3, 9);
    expect(h.p1 / h.rate1).toBeCloseTo((1 - h.p1) / h.rate2, 15);
  });

  it("refuses an SCV below 1, which no H2 has", () => {
    expect(() => balancedH2(1, 0.5)).toThrow(RangeError);
  });
});

describe("h2m1", () => {
  it("is M/M/1 when the SCV is 1 (exponential gaps)", () => {
    const g = h2m1(balancedH2(8, 1), 10);
    const m = mm1(8, 10);
    expect(g.meanWait).toBeCloseTo(m.meanWait, 12);
    expect(g.sigma).toBeCloseTo(0.8, 12);
  });

  it("solves sigma = A*(mu(1 - sigma)) for burstier gaps, and waits longer", () => {
    const h = balancedH2(8, 4);
    const g = h2m1(h, 10);
    const back =
      (h.p1 * h.rate1) / (h.rate1 + 10 * (1 - g.sigma)) +
      ((1 - h.p1) * h.rate2) / (h.rate2 + 10 * (1 - g.sigma));
    expect(back).toBeCloseTo(g.sigma, 12);
    expect(g.sigma).toBeGreaterThan(0.8);
    expect(g.meanWait).toBeGreaterThan(mm1(8, 10).meanWait);
  });

  it("agrees with Kingman's approximation in heavy traffic", () => {
    const g = h2m1(balancedH2(9.8, 4), 10);
    const k = kingmanWait(9.8, 4, 0.1, 1);
    expect(Math.abs(g.meanWait / k - 1)).toBeLessThan(0.02);
  });

  it("has no steady state at a load of 1 or more", () => {
    expect(h2m1(balancedH2(10, 4), 10).meanWait).toBe(Infinity);
    expect(kingmanWait(10, 4, 0.1, 1)).toBe(Infinity);
  });
});
