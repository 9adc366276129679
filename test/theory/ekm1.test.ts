import { describe, expect, it } from "vitest";
import { ekm1 } from "../../src/theory/ekm1";
import { mm1 } from "../../src/theory/mm1";

describe("ekm1", () => {
  it("with one phase is exactly M/M/1: σ = ρ", () => {
    for (const rho of [0.1, 0.5, 0.8, 0.99]) {
      const f = ekm1(rho * 2, 2, 1);
      const ref = mm1(rho * 2, 2);
      expect(f.probWait).toBeCloseTo(rho, 13);
      expect(f.meanSojourn / ref.meanSojourn).toBeCloseTo(1, 11);
      expect(f.meanWait / ref.meanWait).toBeCloseTo(1, 11);
    }
  });

  it("with two phases at ρ = 0.5 has the closed-form root σ = (3 - √5)/2", () => {
    // For E_2/M/1, σ = ((4ρ+1) - √(8ρ+1))/2, the root of σ² - (4ρ+1)σ + 4ρ² = 0 in (0, 1).
    const f = ekm1(0.5, 1, 2);
    expect(f.probWait).toBeCloseTo((3 - Math.sqrt(5)) / 2, 13);
    expect(f.meanWait).toBeCloseTo(f.probWait / (1 - f.probWait), 13);
  });

  it("with infinitely many phases is D/M/1, whose σ solves σ = e^(-(1-σ)/ρ)", () => {
    const sigma = ekm1(0.5, 1, Infinity).probWait;
    expect(sigma).toBeCloseTo(Math.exp(-(1 - sigma) / 0.5), 14);
    expect(sigma).toBeCloseTo(0.20318786997998, 12);
  });

  it("approaches D/M/1 as phases grow", () => {
    const d = ekm1(0.8, 1, Infinity).meanWait;
    expect(Math.abs(ekm1(0.8, 1, 100).meanWait - d)).toBeLessThan(
      Math.abs(ekm1(0.8, 1, 10).meanWait - d),
    );
    expect(ekm1(0.8, 1, 10_000).meanWait).toBeCloseTo(d, 3);
  });

  it("waits less than M/M/1, and less the more regular the arrivals", () => {
    let previous = mm1(0.9, 1).meanWait;
    for (const k of [2, 3, 5, 20, Infinity]) {
      const wait = ekm1(0.9, 1, k).meanWait;
      expect(wait).toBeLessThan(previous);
      previous = wait;
    }
  });

  it("satisfies Little's law and W = Wq + 1/μ", () => {
    const f = ekm1(3, 4, 4);
    expect(f.meanInSystem).toBeCloseTo(3 * f.meanSojourn, 14);
    expect(f.meanQueue).toBeCloseTo(3 * f.meanWait, 14);
    expect(f.meanSojourn - f.meanWait).toBeCloseTo(0.25, 14);
  });

  it("solves stably just below a load of 1", () => {
    const f = ekm1(0.999, 1, 3);
    expect(f.probWait).toBeGreaterThan(0.99);
    expect(f.probWait).toBeLessThan(1);
    expect(Number.isFinite(f.meanSojourn)).toBe(true);
  });

  it("never waits with no arrivals and always waits, forever, at a load of 1", () => {
    expect(ekm1(0, 1, 3).probWait).toBe(0);
    expect(ekm1(0, 1, 3).meanSojourn).toBe(1);
    const f = ekm1(1, 1, 3);
    expect(f.probWait).toBe(1);
    expect(f.meanWait).toBe(Infinity);
  });

  it("rejects a fractional or zero number of phases", () => {
    expect(() => ekm1(0.5, 1, 0)).toThrow(RangeError);
    expect(() => ekm1(0.5, 1, 2.5)).toThrow(RangeError);
  });
});
