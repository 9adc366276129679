/**
 * LRU under independent Zipf requests (the independent reference model): the hit ratio the
 * cache reaches emerges from the keys, and matches Che's approximation (Che, Tung & Wang 2002),
 * which Fricker, Robert & Roberts (2012) show accurate to within about a percent for Zipf
 * popularities. The check allows that 1% on top of the confidence interval.
 */
import { describe, expect, it } from "vitest";
import type { Cache } from "../../src/scenario/types";
import { cheLru, zipfPopularities } from "../../src/theory";
import { constant, openClient, scenario, server } from "../sim/scenarios";
import { component, estimate, expectCovers, replicate } from "./support";

const CHE_ACCURACY = 0.01;

function cached(keys: number, zipf: number, capacity: number) {
  const cache: Cache = {
    type: "cache",
    id: "cache",
    capacity,
    ttl: Number.POSITIVE_INFINITY,
    hit: constant(0.001),
    backend: "db",
    coalesce: false,
  };
  return scenario({
    duration: 1000,
    warmup: 200,
    components: [
      openClient("users", "cache", 100, { keys: { count: keys, zipf } }),
      cache,
      server("db", constant(0.005), { workers: 64 }),
    ],
  });
}

describe("LRU cache under Zipf keys", () => {
  it.each([
    [1000, 0.8, 100],
    [1000, 1.0, 50],
    [5000, 0.7, 1000],
  ])(
    "with %i keys, Zipf %f and capacity %i hits as often as Che's approximation says",
    (keys, s, capacity) => {
      const runs = replicate(cached(keys, s, capacity), "validation/che", 8);
      const theory = cheLru(zipfPopularities(keys, s), capacity).hitRatio;
      const est = estimate(runs, (r) => component(r, "cache").hitRatio);
      expectCovers(`hit ratio (n=${keys}, s=${s}, C=${capacity})`, est, theory, CHE_ACCURACY);
    },
  );

  it("sends only its misses to the backend", () => {
    const [run] = replicate(cached(1000, 0.8, 100), "validation/che", 1);
    const cache = component(run, "cache");
    expect(cache.backendCalls).toBe(cache.misses);
    // Every read is a hit or a miss, counted on arrival and served on answer: they differ by
    // the few in flight at the edges of the measured window.
    expect(Math.abs(cache.hits + cache.misses - cache.served)).toBeLessThan(5);
  });
});
