import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { mm1 } from "../../src/theory/mm1";
import { erlangB, erlangC, erlangWithinReach, MAX_OFFERED_LOAD, mmc } from "../../src/theory/mmc";

/** Erlang C from its textbook factorial form, fine for small c. */
function erlangCByFactorials(a: number, c: number): number {
  let term = 1;
  let below = 0;
  for (let k = 0; k < c; k++) {
    below += term;
    term *= a / (k + 1);
  }
  const top = term / (1 - a / c);
  return top / (below + top);
}

describe("erlangB", () => {
  it("matches the Erlang tables: 10 erlangs offered to 10 lines lose 21.458 %", () => {
    expect(erlangB(10, 10)).toBeCloseTo(0.21458234310734736, 14);
  });

  it("gives a/(1+a) for one server and 1 for none", () => {
    expect(erlangB(3, 1)).toBeCloseTo(0.75, 15);
    expect(erlangB(3, 0)).toBe(1);
  });

  it("stays accurate with 2000 servers, where a^c/c! overflows", () => {
    // Reference computed with 50-digit arithmetic (mpmath) from the factorial form.
    expect(erlangB(1900, 2000)).toBeCloseTo(0.000678969296498602, 15);
  });
});

describe("erlangC", () => {
  it("gives 9/14 for c = 2 servers offered 1.5 erlangs", () => {
    expect(erlangC(1.5, 2)).toBeCloseTo(9 / 14, 14);
  });

  it("agrees with the factorial form for moderate c", () => {
    expect(erlangC(8, 10)).toBeCloseTo(0.40918015079644354, 14);
    expect(erlangC(8, 10)).toBeCloseTo(erlangCByFactorials(8, 10), 14);
  });

  it("stays accurate with 2000 servers", () => {
    expect(erlangC(1900, 2000)).toBeCloseTo(0.013406437303190343, 14);
  });

  it("makes every arrival wait once the load reaches 1", () => {
    expect(erlangC(2, 2)).toBe(1);
    expect(erlangC(5, 2)).toBe(1);
  });
});

describe("mmc", () => {
  it("gives C = 0.642857 and Wq = 1.285714 for c = 2, λ = 1.5, μ = 1", () => {
    const f = mmc(1.5, 1, 2);
    expect(f.probWait).toBeCloseTo(0.642857142857, 12);
    expect(f.meanWait).toBeCloseTo(1.285714285714, 12);
    // The exact values are sevenths: C = 9/14, Wq = 9/7, W = 16/7, Lq = 27/14, L = 24/7.
    expect(f.probWait).toBeCloseTo(9 / 14, 15);
    expect(f.meanWait).toBeCloseTo(9 / 7, 14);
    expect(f.meanSojourn).toBeCloseTo(16 / 7, 14);
    expect(f.meanQueue).toBeCloseTo(27 / 14, 14);
    expect(f.meanInSystem).toBeCloseTo(24 / 7, 14);
    expect(f.utilization).toBe(0.75);
  });

  it("equals M/M/1 with one server", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1e-6, max: 0.999, noNaN: true }),
        fc.double({ min: 1e-3, max: 1e3, noNaN: true }),
        (rho, mu) => {
          const one = mmc(rho * mu, mu, 1);
          const ref = mm1(rho * mu, mu);
          expect(one.probWait).toBeCloseTo(rho, 12);
          expect(one.meanSojourn / ref.meanSojourn).toBeCloseTo(1, 10);
          expect(one.meanInSystem).toBeCloseTo(ref.meanInSystem, 8);
        },
      ),
    );
  });

  it("gives one server twice as fast a shorter sojourn but a longer wait than two", () => {
    // Scale-up against scale-out at equal capacity: the fast server never idles while requests
    // wait, but every request waits behind the whole queue.
    const two = mmc(1.5, 1, 2);
    const oneFast = mm1(1.5, 2);
    expect(oneFast.meanSojourn).toBeLessThan(two.meanSojourn);
    expect(oneFast.meanWait).toBeGreaterThan(two.meanWait);
  });

  it("reports infinite means, and certain waiting, at a per-server load of 1", () => {
    const f = mmc(4, 1, 4);
    expect(f.utilization).toBe(1);
    expect(f.probWait).toBe(1);
    expect(f.meanSojourn).toBe(Infinity);
  });

  it("rejects a fractional or zero number of servers", () => {
    expect(() => mmc(1, 1, 1.5)).toThrow(RangeError);
    expect(() => mmc(1, 1, 0)).toThrow(RangeError);
    expect(() => erlangB(1, -1)).toThrow(RangeError);
  });

  it("takes no longer for a quadrillion servers than for a hundred: the work depends on the load", () => {
    // B(10, 10^15) underflows: the sum passes 1e300 within a few dozen terms.
    expect(erlangB(10, 1e15)).toBe(0);
    expect(mmc(10, 100, 1e15).meanWait).toBe(0);
    expect(mmc(10, 100, 1e15).utilization).toBeCloseTo(1e-16, 30);
  });
});

describe("erlangB's series", () => {
  /** The textbook recurrence, one step per server. */
  function byRecurrence(a: number, c: number): number {
    let b = 1;
    for (let k = 1; k <= c; k++) b = (a * b) / (k + a * b);
    return b;
  }

  it("equals the recurrence from one server to far more servers than load", () => {
    for (const [a, c] of [
      [0.5, 3],
      [10, 10],
      [1e4, 9e3],
      [1e4, 1e4],
      [1e4, 1.04e4],
      [1e6, 1e6 + 100],
    ]) {
      const want = byRecurrence(a, c);
      expect(Math.abs(erlangB(a, c) - want) / want).toBeLessThan(1e-11);
    }
  });

  it("computes loads up to MAX_OFFERED_LOAD with as many servers, and refuses beyond", () => {
    expect(erlangWithinReach(MAX_OFFERED_LOAD, MAX_OFFERED_LOAD)).toBe(true);
    expect(erlangB(MAX_OFFERED_LOAD, MAX_OFFERED_LOAD)).toBeCloseTo(7.9788e-5, 8);
    expect(erlangWithinReach(1e15, 1e15)).toBe(false);
    expect(() => erlangB(1e15, 1e15)).toThrow(RangeError);
    // Far fewer servers than the load: the terms fall at once, whatever the load.
    expect(erlangWithinReach(1e15, 4)).toBe(true);
    expect(erlangB(1e15, 4)).toBeCloseTo(1, 12);
  });
});
