import { describe, expect, it } from "vitest";
import { mm1 } from "../../src/theory/mm1";
import { mm1k } from "../../src/theory/mm1k";
import { erlangB } from "../../src/theory/mmc";

describe("mm1k", () => {
  it("blocks 1/(K+1) of arrivals and holds K/2 on average at ρ = 1", () => {
    const f = mm1k(2, 2, 9);
    expect(f.blocking).toBeCloseTo(0.1, 15);
    expect(f.meanInSystem).toBeCloseTo(4.5, 13);
    expect(f.utilization).toBeCloseTo(0.9, 15);
    expect(f.throughput).toBeCloseTo(1.8, 14);
  });

  it("matches the truncated geometric at ρ = 0.5, K = 3", () => {
    const f = mm1k(0.5, 1, 3);
    expect(f.blocking).toBeCloseTo(1 / 15, 15);
    expect(f.meanInSystem).toBeCloseTo(11 / 15, 15);
    expect(f.utilization).toBeCloseTo(7 / 15, 15);
    expect(f.meanQueue).toBeCloseTo(4 / 15, 15);
    expect(f.meanSojourn).toBeCloseTo(11 / 15 / (0.5 * (14 / 15)), 14);
    expect(f.meanWait).toBeCloseTo(f.meanSojourn - 1, 14);
  });

  it("is continuous through ρ = 1, where the closed form is 0/0", () => {
    const at = mm1k(1, 1, 50);
    for (const rho of [1 - 1e-9, 1 + 1e-9]) {
      const near = mm1k(rho, 1, 50);
      expect(near.blocking).toBeCloseTo(at.blocking, 8);
      expect(near.meanInSystem).toBeCloseTo(at.meanInSystem, 6);
    }
  });

  it("with room for one is the Erlang loss system M/M/1/1", () => {
    const f = mm1k(3, 2, 1);
    expect(f.blocking).toBeCloseTo(erlangB(1.5, 1), 15);
    expect(f.meanQueue).toBe(0);
    expect(f.meanWait).toBe(0);
    expect(f.meanSojourn).toBeCloseTo(0.5, 15);
  });

  it("approaches M/M/1 as the buffer grows", () => {
    const f = mm1k(0.8, 1, 400);
    const ref = mm1(0.8, 1);
    expect(f.blocking).toBeLessThan(1e-30);
    expect(f.meanSojourn).toBeCloseTo(ref.meanSojourn, 10);
    expect(f.meanInSystem).toBeCloseTo(ref.meanInSystem, 10);
  });

  it("stays finite under heavy overload, serving at μ with the buffer nearly full", () => {
    const f = mm1k(50, 1, 1000);
    expect(f.throughput).toBeCloseTo(1, 12);
    expect(f.blocking).toBeCloseTo(0.98, 12);
    // Full minus the mean of a geometric deficit with ratio 1/ρ: K - (1/ρ)/(1 - 1/ρ).
    expect(f.meanInSystem).toBeCloseTo(1000 - 1 / 49, 10);
  });

  it("gives a lone request one service time when nothing arrives", () => {
    const f = mm1k(0, 4, 5);
    expect(f.meanSojourn).toBe(0.25);
    expect(f.meanInSystem).toBe(0);
    expect(f.blocking).toBe(0);
  });

  it("rejects a capacity below 1", () => {
    expect(() => mm1k(1, 1, 0)).toThrow(RangeError);
  });
});
