import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { mm1, mm1SojournQuantile } from "../../src/theory/mm1";

describe("mm1", () => {
  it("gives W = 5, L = 4, Wq = 4 and Lq = 3.2 at λ = 0.8, μ = 1", () => {
    const f = mm1(0.8, 1);
    expect(f.utilization).toBeCloseTo(0.8, 14);
    expect(f.meanSojourn).toBeCloseTo(5, 12);
    expect(f.meanInSystem).toBeCloseTo(4, 12);
    expect(f.meanWait).toBeCloseTo(4, 12);
    expect(f.meanQueue).toBeCloseTo(3.2, 12);
  });

  it("satisfies Little's law and W = Wq + 1/μ at every stable load", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1e-6, max: 0.999, noNaN: true }),
        fc.double({ min: 1e-3, max: 1e3, noNaN: true }),
        (rho, mu) => {
          const lambda = rho * mu;
          const f = mm1(lambda, mu);
          expect(f.meanInSystem).toBeCloseTo(lambda * f.meanSojourn, 9);
          expect(f.meanQueue).toBeCloseTo(lambda * f.meanWait, 9);
          expect(f.meanSojourn - f.meanWait).toBeCloseTo(1 / mu, 9);
        },
      ),
    );
  });

  it("gives a lone request exactly one service time when nothing else arrives", () => {
    expect(mm1(0, 4)).toEqual({
      utilization: 0,
      meanInSystem: 0,
      meanQueue: 0,
      meanSojourn: 0.25,
      meanWait: 0,
    });
  });

  it("reports infinite means, not an error, once the load reaches 1", () => {
    const f = mm1(1.5, 1);
    expect(f.utilization).toBe(1.5);
    expect(f.meanSojourn).toBe(Infinity);
    expect(f.meanInSystem).toBe(Infinity);
    expect(mm1(1, 1).meanWait).toBe(Infinity);
  });

  it("puts the median sojourn at ln 2/(μ-λ) and the p99 at ln 100/(μ-λ)", () => {
    expect(mm1SojournQuantile(0.8, 1, 0.5)).toBeCloseTo(5 * Math.LN2, 12);
    expect(mm1SojournQuantile(0.8, 1, 0.99)).toBeCloseTo(5 * Math.log(100), 10);
  });

  it("puts the 1 - 1/e quantile of the exponential sojourn at its mean", () => {
    expect(mm1SojournQuantile(3, 7, 1 - Math.exp(-1))).toBeCloseTo(mm1(3, 7).meanSojourn, 12);
  });

  it("has infinite quantiles when unstable or at q = 1", () => {
    expect(mm1SojournQuantile(2, 1, 0.5)).toBe(Infinity);
    expect(mm1SojournQuantile(0.5, 1, 1)).toBe(Infinity);
  });

  it("rejects a negative arrival rate, a zero service rate and q outside [0, 1]", () => {
    expect(() => mm1(-1, 1)).toThrow(RangeError);
    expect(() => mm1(0.5, 0)).toThrow(RangeError);
    expect(() => mm1(Number.NaN, 1)).toThrow(RangeError);
    expect(() => mm1SojournQuantile(0.5, 1, 99)).toThrow(RangeError);
  });
});
