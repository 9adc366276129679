import { describe, expect, it } from "vitest";
import { mm1k } from "../../src/theory/mm1k";
import { mmc } from "../../src/theory/mmc";
import { mmck } from "../../src/theory/mmck";

describe("mmck", () => {
  it("with one server is M/M/1/K", () => {
    const a = mmck(8, 10, 1, 5);
    const b = mm1k(8, 10, 5);
    for (const key of Object.keys(b) as (keyof typeof b)[]) expect(a[key]).toBeCloseTo(b[key], 12);
  });

  it("with a room far larger than the queue ever gets is M/M/c", () => {
    const a = mmck(30, 10, 4, 400);
    const b = mmc(30, 10, 4);
    expect(a.blocking).toBeLessThan(1e-40);
    expect(a.utilization).toBeCloseTo(b.utilization, 12);
    expect(a.meanQueue).toBeCloseTo(b.meanQueue, 12);
    expect(a.meanWait).toBeCloseTo(b.meanWait, 12);
    expect(a.meanSojourn).toBeCloseTo(b.meanSojourn, 12);
  });

  it("with no waiting room rejects with Erlang B's probability: 2 servers, a = 1 gives 1/5", () => {
    // B(2, 1) = (1²/2!) / (1 + 1 + 1/2) = 0.2.
    const f = mmck(10, 10, 2, 2);
    expect(f.blocking).toBeCloseTo(0.2, 12);
    expect(f.meanQueue).toBe(0);
    expect(f.meanSojourn).toBeCloseTo(0.1, 12);
  });

  it("overloaded tenfold stays finite and rejects about nine arrivals in ten", () => {
    const f = mmck(1000, 10, 10, 30);
    expect(f.blocking).toBeGreaterThan(0.89);
    expect(f.throughput).toBeLessThanOrEqual(100);
    expect(Number.isFinite(f.meanSojourn)).toBe(true);
  });

  it("refuses a capacity below the servers", () => {
    expect(() => mmck(1, 1, 3, 2)).toThrow(RangeError);
  });

  it("computes four billion places as fast as forty, and agrees with M/M/c where they never fill", () => {
    const big = mmck(10, 10, 2, 4e9);
    const unbounded = mmc(10, 10, 2);
    expect(big.blocking).toBe(0);
    expect(big.meanQueue).toBeCloseTo(unbounded.meanQueue, 12);
    expect(big.meanSojourn).toBeCloseTo(unbounded.meanSojourn, 12);
  });

  it("overloaded with four billion places, holds them nearly all and sends away the excess", () => {
    const f = mmck(30, 10, 2, 4e9);
    expect(f.blocking).toBeCloseTo(1 / 3, 12);
    expect(f.throughput).toBeCloseTo(20, 10);
    expect(f.meanQueue / 4e9).toBeCloseTo(1, 8);
  });

  it("is continuous through ρ = 1 over a billion places", () => {
    const at = mmck(20, 10, 2, 1e9);
    const near = mmck(20 * (1 + 1e-15), 10, 2, 1e9);
    expect(at.meanQueue / 1e9).toBeCloseTo(0.5, 8);
    expect(near.meanQueue / at.meanQueue).toBeCloseTo(1, 5);
  });
});
