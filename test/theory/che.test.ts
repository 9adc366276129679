import { describe, expect, it } from "vitest";
import { cheLru, zipfGroups, zipfPopularities } from "../../src/theory/che";

/** Mulberry32: a small seeded generator, so the simulated cache below replays exactly. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The measured hit ratio of an LRU cache of `capacity` keys under independent requests. */
function simulateLru(popularity: Float64Array, capacity: number, requests: number): number {
  const cdf = new Float64Array(popularity.length);
  let acc = 0;
  popularity.forEach((p, i) => {
    acc += p;
    cdf[i] = acc;
  });
  const random = mulberry32(2012);
  const cache = new Map<number, true>();
  const warmup = requests / 10;
  let hits = 0;
  for (let r = 0; r < warmup + requests; r++) {
    const u = random() * acc;
    let lo = 0;
    let hi = cdf.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (cdf[mid] < u) lo = mid + 1;
      else hi = mid;
    }
    // A Map iterates in insertion order, so re-inserting on a hit keeps it in recency order.
    if (cache.delete(lo)) {
      if (r >= warmup) hits++;
    } else if (cache.size === capacity) {
      cache.delete(cache.keys().next().value as number);
    }
    cache.set(lo, true);
  }
  return hits / requests;
}

describe("zipfPopularities", () => {
  it("sums to 1 and falls as i^(-s)", () => {
    const p = zipfPopularities(100, 0.9);
    expect(p.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 14);
    expect(p[0] / p[9]).toBeCloseTo(10 ** 0.9, 12);
  });

  it("is uniform when s = 0", () => {
    expect(Array.from(zipfPopularities(4, 0))).toEqual([0.25, 0.25, 0.25, 0.25]);
  });
});

describe("cheLru", () => {
  it("hits every request when the cache holds every key", () => {
    const p = zipfPopularities(50, 0.8);
    expect(cheLru(p, 50)).toEqual({ characteristicTime: Infinity, hitRatio: 1 });
    expect(cheLru(p, 80).hitRatio).toBe(1);
  });

  it("approaches a hit ratio of 1 as the capacity approaches the key count", () => {
    const p = zipfPopularities(50, 0.8);
    expect(cheLru(p, 49.999).hitRatio).toBeGreaterThan(0.9999);
    expect(cheLru(p, 49).hitRatio).toBeLessThan(cheLru(p, 49.999).hitRatio);
  });

  it("gives C/n under uniform popularity", () => {
    expect(cheLru(zipfPopularities(1000, 0), 250).hitRatio).toBeCloseTo(0.25, 10);
  });

  it("finds a characteristic time that fills the cache exactly", () => {
    const p = zipfPopularities(1000, 0.8);
    const { characteristicTime: t } = cheLru(p, 100);
    const occupancy = p.reduce((sum, pi) => sum + 1 - Math.exp(-pi * t), 0);
    expect(occupancy).toBeCloseTo(100, 9);
  });

  it("measures the characteristic time in seconds when given rates per second", () => {
    const p = zipfPopularities(1000, 0.8);
    const perRequest = cheLru(p, 100);
    const perSecond = cheLru(
      p.map((pi) => pi * 40),
      100,
    );
    expect(perSecond.hitRatio).toBeCloseTo(perRequest.hitRatio, 12);
    expect(perSecond.characteristicTime * 40).toBeCloseTo(perRequest.characteristicTime, 8);
  });

  it("never hits with no room", () => {
    expect(cheLru(zipfPopularities(10, 1), 0).hitRatio).toBe(0);
  });

  it("agrees with a simulated LRU cache within a percentage point for Zipf(0.8)", () => {
    const p = zipfPopularities(1000, 0.8);
    const che = cheLru(p, 100).hitRatio;
    expect(che).toBeCloseTo(0.37779, 4);
    expect(Math.abs(simulateLru(p, 100, 300_000) - che)).toBeLessThan(0.01);
  });

  it("rejects negative weights and all-zero weights", () => {
    expect(() => cheLru([0.5, -0.5], 1)).toThrow(RangeError);
    expect(() => cheLru([0, 0], 1)).toThrow(RangeError);
  });
});

describe("zipfGroups", () => {
  it("is zipfPopularities itself for a thousand keys, one key a group", () => {
    const g = zipfGroups(1000, 0.8);
    expect(Array.from(g.popularities)).toEqual(Array.from(zipfPopularities(1000, 0.8)));
    expect(g.counts.every((n) => n === 1)).toBe(true);
  });

  it("gives Che's hit ratio over 200,000 keys within 1e-6 of the sum over every key, in about 7,000 groups", () => {
    const g = zipfGroups(200_000, 0.9);
    expect(g.counts.length).toBeLessThan(7100);
    expect(g.counts.reduce((a, b) => a + b, 0)).toBe(200_000);
    const grouped = cheLru(g.popularities, 20_000, g.counts).hitRatio;
    const exact = cheLru(zipfPopularities(200_000, 0.9), 20_000).hitRatio;
    expect(Math.abs(grouped - exact)).toBeLessThan(1e-6);
  });
});
