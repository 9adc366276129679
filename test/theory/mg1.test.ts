import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { md1, mg1, mg1WithScv } from "../../src/theory/mg1";
import { mm1 } from "../../src/theory/mm1";

describe("mg1", () => {
  it("equals M/M/1 when service is exponential, E[S²] = 2E[S]²", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1e-6, max: 0.999, noNaN: true }),
        fc.double({ min: 1e-3, max: 1e3, noNaN: true }),
        (rho, meanService) => {
          const lambda = rho / meanService;
          const pk = mg1(lambda, meanService, 2 * meanService * meanService);
          const ref = mm1(lambda, 1 / meanService);
          expect(pk.meanWait / ref.meanWait).toBeCloseTo(1, 10);
          expect(pk.meanSojourn / ref.meanSojourn).toBeCloseTo(1, 10);
          expect(pk.meanInSystem).toBeCloseTo(ref.meanInSystem, 8);
        },
      ),
    );
  });

  it("gives M/D/1 at ρ = 0.5 a mean wait of half a service time", () => {
    const f = md1(2.5, 0.2);
    expect(f.utilization).toBe(0.5);
    expect(f.meanWait).toBeCloseTo(0.1, 15);
    expect(f.meanSojourn).toBeCloseTo(0.3, 15);
    expect(f.meanQueue).toBeCloseTo(0.25, 15);
    expect(f.meanInSystem).toBeCloseTo(0.75, 15);
  });

  it("gives M/D/1 half the M/M/1 wait at every load", () => {
    for (const rho of [0.1, 0.5, 0.9, 0.99]) {
      expect(md1(rho, 1).meanWait).toBeCloseTo(mm1(rho, 1).meanWait / 2, 12);
    }
  });

  it("grows the wait in proportion to 1 + SCV", () => {
    const base = mg1WithScv(0.7, 1, 0).meanWait;
    expect(mg1WithScv(0.7, 1, 1).meanWait).toBeCloseTo(2 * base, 12);
    expect(mg1WithScv(0.7, 1, 4).meanWait).toBeCloseTo(5 * base, 12);
    expect(mg1WithScv(0.7, 1, 1)).toEqual(mg1(0.7, 1, 2));
  });

  it("reports infinite means for an infinite second moment or a load of 1", () => {
    expect(mg1(0.5, 1, Infinity).meanWait).toBe(Infinity);
    expect(mg1(0.5, 1, Infinity).utilization).toBe(0.5);
    expect(md1(1, 1).meanSojourn).toBe(Infinity);
  });

  it("rejects a second moment below the squared mean and a negative SCV", () => {
    expect(() => mg1(0.5, 1, 0.9)).toThrow(RangeError);
    expect(() => mg1WithScv(0.5, 1, -0.1)).toThrow(RangeError);
  });
});
