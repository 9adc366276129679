import { describe, expect, it } from "vitest";
import { createStream } from "../../../src/sim/random/stream";
import { ZipfKeys } from "../../../src/sim/random/zipf";

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

  it("always draws the only key of a one-key law", () => {
    const keys = new ZipfKeys(1, 1);
    const rng = createStream("zipf-test", "client", "keys");
    expect(keys.probability(0)).toBe(1);
    expect(Array.from({ length: 10 }, () => keys.sample(rng))).toEqual(new Array(10).fill(0));
  });
});
