import { describe, expect, it } from "vitest";
import { mm1 } from "../../src/theory/mm1";
import { batchMm1, mmpp2Gaps } from "../../src/theory/mmpp";

describe("mmpp2Gaps", () => {
  it("is a Poisson stream (SCV 1) when both states have one rate", () => {
    const g = mmpp2Gaps([5, 5], [0.3, 2]);
    expect(g.rate).toBeCloseTo(5, 14);
    expect(g.mean).toBeCloseTo(0.2, 14);
    expect(g.scv).toBeCloseTo(1, 12);
  });

  it("has gaps more variable than Poisson when the rates differ", () => {
    // Calm 9 s at 1/s, bursts 1 s at 11/s: mean 2/s.
    const g = mmpp2Gaps([1, 11], [1 / 9, 1]);
    expect(g.rate).toBeCloseTo(2, 14);
    expect(g.mean).toBeCloseTo(0.5, 12);
    expect(g.scv).toBeGreaterThan(1.5);
  });
});

describe("batchMm1", () => {
  it("is M/M/1 with batches of one", () => {
    const b = batchMm1(8, 1, 1, 10);
    expect(b.meanSojourn).toBeCloseTo(mm1(8, 10).meanSojourn, 14);
  });

  it("holds (K+1)/2 times the M/M/1 number for batches of a constant K", () => {
    const b = batchMm1(2, 4, 16, 10);
    expect(b.meanInSystem).toBeCloseTo((0.8 / 0.2) * 2.5, 12);
  });
});
