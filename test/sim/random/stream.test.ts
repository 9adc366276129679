import seedrandom from "seedrandom";
import { describe, expect, it } from "vitest";
import { createStream, Rng, replicationSeed } from "../../../src/sim/random/stream";

function draws(seed: string, id: string, purpose: string, n = 50): number[] {
  const rng = createStream(seed, id, purpose);
  return Array.from({ length: n }, () => rng.next());
}

describe("createStream", () => {
  it("continues seedrandom's xor128 exactly, from the state seedrandom seeds", () => {
    const reference = seedrandom.xor128("7:-3:123456789:-2147483648");
    const rng = new Rng(seedrandom.xor128("7:-3:123456789:-2147483648", { state: true }).state());
    for (let i = 0; i < 10_000; i++) expect(rng.next()).toBe(reference());
  });

  it("gives the same step as 32 unscaled bits: nextUint32 is next times 2^32", () => {
    const a = createStream("7", "web", "bits");
    const b = createStream("7", "web", "bits");
    for (let i = 0; i < 10_000; i++) expect(a.nextUint32()).toBe(b.next() * 4294967296);
  });

  it("gives the same sequence for the same seed, component and purpose", () => {
    expect(draws("42", "web", "service")).toEqual(draws("42", "web", "service"));
  });

  it("gives another sequence for another component, purpose or seed", () => {
    const base = draws("42", "web", "service");
    expect(draws("42", "api", "service")).not.toEqual(base);
    expect(draws("42", "web", "arrivals")).not.toEqual(base);
    expect(draws("43", "web", "service")).not.toEqual(base);
  });

  it("keeps the parts of the name apart, so shifting a character between them changes the stream", () => {
    expect(draws("1", "ab", "c")).not.toEqual(draws("1", "a", "bc"));
    expect(draws("1a", "b", "c")).not.toEqual(draws("1", "ab", "c"));
  });

  it("draws uniform numbers in [0, 1) with mean 1/2 and variance 1/12", () => {
    const xs = draws("1", "client", "arrivals", 100_000);
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...xs)).toBeLessThan(1);
    const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
    const variance = xs.reduce((s, x) => s + (x - mean) ** 2, 0) / (xs.length - 1);
    // Standard error of the mean: sqrt(1/12 / 1e5) = 0.00091; 5 of them.
    expect(Math.abs(mean - 0.5)).toBeLessThan(0.0046);
    expect(Math.abs(variance - 1 / 12)).toBeLessThan(0.002);
  });
});

describe("replicationSeed", () => {
  it("leaves the seed unchanged for the first replication, so one replication is a plain run", () => {
    expect(replicationSeed("7", 0)).toBe("7");
  });

  it("derives a distinct seed for every further replication", () => {
    const seeds = Array.from({ length: 10 }, (_, i) => replicationSeed("7", i));
    expect(new Set(seeds).size).toBe(10);
    expect(seeds[1]).toBe("7#1");
    expect(draws(seeds[1], "web", "service")).not.toEqual(draws(seeds[0], "web", "service"));
  });
});
