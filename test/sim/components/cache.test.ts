import { describe, expect, it } from "vitest";
import type { Cache, Scenario } from "../../../src/scenario/types";
import { runScenario } from "../../../src/sim/run";
import type { ComponentSummary } from "../../../src/sim/summary";
import { constant, openClient, scenario, server } from "../scenarios";

function cache(extra: Partial<Cache> = {}): Cache {
  return {
    type: "cache",
    id: "cache",
    capacity: 100,
    ttl: Number.POSITIVE_INFINITY,
    hit: constant(0.001),
    backend: "db",
    coalesce: false,
    ...extra,
  };
}

function uniformUsers(rate: number, extra = {}) {
  return openClient("users", "cache", rate, {
    workload: { kind: "open", rate, arrival: "uniform", schedule: [] },
    ...extra,
  });
}

function run(s: Scenario) {
  const summary = runScenario(s);
  const figures = (id: string) => summary.components[id] as Required<ComponentSummary>;
  return { summary, cache: figures("cache"), db: figures("db") };
}

describe("Cache", () => {
  it("answers a fresh key from the cache and a missing one from the backend", () => {
    // One key: the first request misses, every later one hits after 1 ms.
    const { cache: c, summary } = run(
      scenario({
        duration: 10,
        components: [
          uniformUsers(10, { keys: { count: 1, zipf: 0 } }),
          cache(),
          server("db", constant(0.05)),
        ],
      }),
    );
    expect(c.misses).toBe(1);
    expect(c.hits).toBe(99);
    expect(summary.latency.max).toBeCloseTo(0.05, 6);
    expect(summary.latency.p50).toBeCloseTo(0.001, 4);
  });

  it("fetches a key again once its TTL has passed", () => {
    const { cache: c } = run(
      scenario({
        duration: 10,
        components: [
          uniformUsers(10, { keys: { count: 1, zipf: 0 } }),
          cache({ ttl: 2.5 }),
          server("db", constant(0.01)),
        ],
      }),
    );
    // Fetched at 0.1, 2.61 (first read after 2.6), 5.11, 7.61: four misses.
    expect(c.misses).toBe(4);
  });

  it("sends writes to the backend and drops the key they change", () => {
    const { cache: c, db } = run(
      scenario({
        duration: 10,
        components: [
          uniformUsers(10, {
            keys: { count: 1, zipf: 0 },
            mix: [
              { class: "read", weight: 1 },
              { class: "write", weight: 1 },
            ],
          }),
          cache(),
          server("db", constant(0.01)),
        ],
      }),
    );
    // The last write may still be at the database when the run ends.
    expect(c.backendCalls - db.served).toBeLessThanOrEqual(1);
    expect(c.backendCalls).toBeGreaterThan(40);
    expect(c.misses).toBeGreaterThan(1);
  });

  it("hits with the configured probability in hitRatio mode", () => {
    const { cache: c } = run(
      scenario({
        duration: 200,
        components: [
          uniformUsers(100),
          cache({ capacity: undefined, hitRatio: 0.7 }),
          server("db", constant(0.001)),
        ],
      }),
    );
    expect(c.hitRatio).toBeGreaterThan(0.68);
    expect(c.hitRatio).toBeLessThan(0.72);
  });

  describe("when a hot key expires under load", () => {
    const stampede = (coalesce: boolean) =>
      scenario({
        duration: 30,
        components: [
          uniformUsers(200, { keys: { count: 1, zipf: 0 } }),
          cache({ ttl: 5, coalesce }),
          server("db", constant(0.5), { workers: 1000 }),
        ],
      });

    it("sends every concurrent miss to the backend (a stampede)", () => {
      const { cache: c, db } = run(stampede(false));
      // Each expiry lets 0.5 s × 200/s = 100 misses through before the key is back.
      expect(db.served).toBeGreaterThan(500);
      expect(c.coalesced).toBe(0);
    });

    it("fetches once per expiry when misses are coalesced", () => {
      const { cache: c, db } = run(stampede(true));
      expect(db.served).toBeLessThanOrEqual(7);
      expect(c.coalesced).toBeGreaterThan(500);
    });
  });

  it("comes back cold after a crash", () => {
    const s = scenario({
      duration: 20,
      faults: [{ kind: "crash", at: 10, target: "cache", duration: 1 }],
      components: [
        uniformUsers(10, { keys: { count: 5, zipf: 0 } }),
        cache(),
        server("db", constant(0.01)),
      ],
    });
    const { cache: c, summary } = run(s);
    // Five keys fetched at the start and five again after the restart; refused while down.
    expect(c.misses).toBe(10);
    expect(summary.requests.failures.unavailable).toBe(10);
  });
});
