import { describe, expect, it } from "vitest";
import { createStream } from "../../../src/sim/random/stream";
import { TABLE_KEYS, ZipfKeys } from "../../../src/sim/random/zipf";

function harmonic(n: number, s: number): number {
  let h = 0;
  for (let k = 1; k <= n; k++) h += 1 / k ** s;
  return h;
}

describe("ZipfKeys", () => {
  it("gives key k the probability 1/(k+1)^s normalised over all keys", () => {
    const n = 100;
    const s = 1.2;
    const keys = new ZipfKeys(n, s);
    const h = harmonic(n, s);
    for (let k = 0; k < n; k++) expect(keys.probability(k)).toBeCloseTo(1 / (k + 1) ** s / h, 12);
  });

  it("has probabilities summing to 1", () => {
    const keys = new ZipfKeys(1000, 0.8);
    let total = 0;
    for (let k = 0; k < 1000; k++) total += keys.probability(k);
    expect(total).toBeCloseTo(1, 12);
  });

  it("makes every key equally likely with exponent 0", () => {
    const keys = new ZipfKeys(4, 0);
    expect([0, 1, 2, 3].map((k) => keys.probability(k))).toEqual([0.25, 0.25, 0.25, 0.25]);
  });

  it("draws key 0 as often as its probability says, and only keys in range", () => {
    const n = 50;
    const keys = new ZipfKeys(n, 1);
    const rng = createStream("zipf-test", "client", "keys");
    const draws = 100_000;
    const counts = new Int32Array(n);
    let outOfRange = 0;
    for (let i = 0; i < draws; i++) {
      const k = keys.sample(rng);
      if (k >= 0 && k < n) counts[k]++;
      else outOfRange++;
    }
    expect(outOfRange).toBe(0);
    const p0 = keys.probability(0);
    const se = Math.sqrt((p0 * (1 - p0)) / draws);
    expect(Math.abs(counts[0] / draws - p0)).toBeLessThan(5 * se);
    const p1 = keys.probability(1);
    expect(Math.abs(counts[1] / draws - p1)).toBeLessThan(5 * Math.sqrt((p1 * (1 - p1)) / draws));
  });

  it("draws from the same law beyond the table's size, without building a table", () => {
    // Bins by powers of two: keys 0, 1, 2-3, 4-7, ... up to n; each bin's count within 5 standard
    // errors of its exact probability, for a heavy head (s = 1.1) and a flat law (s = 0.5).
    const n = 4 * TABLE_KEYS;
    const draws = 200_000;
    for (const s of [1.1, 0.5]) {
      const keys = new ZipfKeys(n, s);
      const rng = createStream("zipf-test", "large", String(s));
      const bins = Math.log2(n) + 1;
      const counts = new Float64Array(bins);
      // Counted, then asserted once: an expect per draw made this test take a minute on a busy
      // machine (400,000 of them).
      let outOfRange = 0;
      for (let i = 0; i < draws; i++) {
        const k = keys.sample(rng);
        if (!(k >= 0 && k < n && Number.isInteger(k))) outOfRange++;
        else counts[k === 0 ? 0 : Math.floor(Math.log2(k)) + 1]++;
      }
      expect(outOfRange).toBe(0);
      const h = harmonic(n, s);
      for (let b = 0; b < bins; b++) {
        const from = b === 0 ? 0 : 2 ** (b - 1);
        const to = b === 0 ? 1 : 2 ** b;
        let p = 0;
        for (let k = from; k < to; k++) p += 1 / (k + 1) ** s / h;
        const se = Math.sqrt((p * (1 - p)) / draws);
        expect(Math.abs(counts[b] / draws - p)).toBeLessThan(5 * se + 1e-9);
      }
      expect(keys.probability(0)).toBeCloseTo(1 / h, 12);
    }
  });

  it("always draws the only key of a one-key law", () => {
    const keys = new ZipfKeys(1, 1);
    const rng = createStream("zipf-test", "client", "keys");
    expect(keys.probability(0)).toBe(1);
    expect(Array.from({ length: 10 }, () => keys.sample(rng))).toEqual(new Array(10).fill(0));
  });
});
