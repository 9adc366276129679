import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { LatencyHistogram } from "../../../src/sim/metrics/histogram";
import { propertyRuns } from "../../property-runs";

/** Numerical Recipes' 32-bit LCG (Press et al., 2nd ed., section 7.1): enough to spread samples. */
function lcg(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return (state + 1) / 4294967297;
  };
}

/** The value of rank ceil(q·n) in sorted order (rank at least 1), computed exactly. */
function nearestRank(sorted: readonly number[], q: number): number {
  const rank = Math.max(1, Math.ceil(q * sorted.length * (1 - 4 * Number.EPSILON)));
  return sorted[Math.min(sorted.length, rank) - 1];
}

function histogramOf(xs: readonly number[]): LatencyHistogram {
  const h = new LatencyHistogram();
  for (const x of xs) h.record(x);
  return h;
}

const QUANTILES = [0, 0.01, 0.1, 0.25, 0.5, 0.75, 0.9, 0.95, 0.99, 0.999, 1];

function expectPercentilesWithin(xs: readonly number[], tolerance: number, qs = QUANTILES): void {
  const h = histogramOf(xs);
  const sorted = [...xs].sort((a, b) => a - b);
  for (const q of qs) {
    const exact = nearestRank(sorted, q);
    expect(Math.abs(h.percentile(q) - exact)).toBeLessThanOrEqual(tolerance * exact);
  }
}

describe("LatencyHistogram", () => {
  it("reports percentiles of a uniform grid within 0.5% of the exact ones", () => {
    const xs = Array.from({ length: 10_000 }, (_, i) => (i + 1) / 1000);
    expectPercentilesWithin(xs, 0.005);
  });

  it("reports percentiles of exponential samples within 0.5% of the exact ones", () => {
    const random = lcg(42);
    const xs = Array.from({ length: 100_000 }, () => -0.05 * Math.log(random()));
    expectPercentilesWithin(xs, 0.005);
  });

  it("reports percentiles of samples spanning ten decades within 0.5%", () => {
    const random = lcg(7);
    const xs = Array.from({ length: 50_000 }, () => 10 ** (-5 + 10 * random()));
    expectPercentilesWithin(xs, 0.005);
  });

  it("keeps every percentile of arbitrary positive durations within 1% of the exact value", () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 1e-5, max: 1e4, noNaN: true }), { minLength: 1, maxLength: 500 }),
        (xs) => {
          expectPercentilesWithin(xs, 0.01, [0.5, 0.9, 0.99, 0.999, 1]);
        },
      ),
      { numRuns: propertyRuns(300) },
    );
  });

  it("keeps count, mean, min and max exact", () => {
    const random = lcg(3);
    const xs = Array.from({ length: 1000 }, () => -Math.log(random()));
    const h = histogramOf(xs);
    let sum = 0;
    for (const x of xs) sum += x;
    expect(h.count).toBe(1000);
    expect(h.mean).toBe(sum / 1000);
    expect(h.min).toBe(Math.min(...xs));
    expect(h.max).toBe(Math.max(...xs));
  });

  it("gives the exact min and max as the 0 and 1 quantiles", () => {
    const h = histogramOf([0.0123456, 0.5, 2.5]);
    expect(h.percentile(0)).toBe(0.0123456);
    expect(h.percentile(1)).toBe(2.5);
  });

  it("reports values under a microsecond, zero included, as the exact minimum", () => {
    const h = histogramOf([0, 0, 0, 5e-7, 1]);
    expect(h.percentile(0.5)).toBe(0);
    expect(h.percentile(0.8)).toBe(0);
    expect(h.min).toBe(0);
    expect(h.mean).toBeCloseTo((5e-7 + 1) / 5, 15);
  });

  it("reports values beyond a million seconds as the exact maximum", () => {
    const h = histogramOf([1, 2e6, 3e6, 4e6]);
    expect(h.percentile(0.5)).toBe(4e6);
    expect(h.percentile(0.25)).toBe(1);
  });

  it("returns NaN for every statistic when nothing was recorded", () => {
    const h = new LatencyHistogram();
    expect(h.count).toBe(0);
    expect(h.mean).toBeNaN();
    expect(h.min).toBeNaN();
    expect(h.max).toBeNaN();
    expect(h.percentile(0.5)).toBeNaN();
  });

  it("forgets everything on reset", () => {
    const h = histogramOf([1, 2, 3]);
    h.reset();
    expect(h.count).toBe(0);
    expect(h.percentile(0.99)).toBeNaN();
    h.record(0.25);
    expect(h.mean).toBe(0.25);
    expect(h.percentile(0.5)).toBe(0.25);
    expect(h.max).toBe(0.25);
  });

  it("merges into the same histogram as recording both sample sets", () => {
    const random = lcg(11);
    const a = Array.from({ length: 3000 }, () => -0.01 * Math.log(random()));
    const b = Array.from({ length: 2000 }, () => -0.3 * Math.log(random()));
    const merged = histogramOf(a);
    merged.mergeFrom(histogramOf(b));
    const both = histogramOf([...a, ...b]);
    expect(merged.count).toBe(both.count);
    expect(merged.mean).toBeCloseTo(both.mean, 12);
    expect(merged.min).toBe(both.min);
    expect(merged.max).toBe(both.max);
    for (let q = 0; q <= 1; q += 0.001) expect(merged.percentile(q)).toBe(both.percentile(q));
  });

  it("gives the same figures, bit for bit, whether read between records or only at the end", () => {
    const random = lcg(5);
    const xs = Array.from({ length: 1000 }, () => -0.05 * Math.log(random()));
    const readOften = new LatencyHistogram();
    let sum = 0;
    xs.forEach((x, i) => {
      readOften.record(x);
      sum += x;
      if (i % 97 === 0) {
        expect(readOften.count).toBe(i + 1);
        expect(readOften.mean).toBe(sum / (i + 1));
      }
    });
    const readOnce = histogramOf(xs);
    expect(readOften.mean).toBe(readOnce.mean);
    expect(readOnce.mean).toBe(sum / xs.length);
    for (let q = 0; q <= 1; q += 0.01) expect(readOften.percentile(q)).toBe(readOnce.percentile(q));
  });

  it("merges from an empty histogram without changing anything", () => {
    const h = histogramOf([0.5, 1.5]);
    h.mergeFrom(new LatencyHistogram());
    expect(h.count).toBe(2);
    expect(h.min).toBe(0.5);
    expect(h.max).toBe(1.5);
  });
});

describe("LatencyHistogram.coarse", () => {
  it("groups the buckets into a few per octave and keeps every count", () => {
    const h = new LatencyHistogram();
    for (const v of [0, 0.001, 0.0011, 0.1, 0.15, 3]) h.record(v);
    const c = h.coarse(4);
    expect(c.count.reduce((a, b) => a + b, 0)).toBe(6);
    for (let i = 0; i < c.from.length; i++) {
      expect(c.to[i]).toBeGreaterThan(c.from[i]);
      if (i > 0) expect(c.from[i]).toBeCloseTo(c.to[i - 1], 15);
    }
    expect(c.from[0]).toBeLessThanOrEqual(0.001);
    expect(c.to[c.to.length - 1]).toBeGreaterThan(3);
  });

  it("is empty before the first record", () => {
    expect(new LatencyHistogram().coarse()).toEqual({ from: [], to: [], count: [] });
  });
});
