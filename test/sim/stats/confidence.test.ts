import { describe, expect, it } from "vitest";
import { combineReplications, meanAndHalfWidth } from "../../../src/sim/stats/confidence";
import type { Summary } from "../../../src/sim/summary";

function lcg(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return (state + 1) / 4294967297;
  };
}

describe("meanAndHalfWidth", () => {
  it("gives the mean and t(0.975, n-1)·s/√n", () => {
    const { mean, halfWidth } = meanAndHalfWidth([1, 2, 3, 4, 5]);
    expect(mean).toBe(3);
    // s = √2.5, t(0.975, 4) = 2.776445105
    expect(halfWidth).toBeCloseTo((2.776445105 * Math.sqrt(2.5)) / Math.sqrt(5), 8);
  });

  it("gives a zero half-width for a single run and for identical runs", () => {
    expect(meanAndHalfWidth([0.42])).toEqual({ mean: 0.42, halfWidth: 0 });
    expect(meanAndHalfWidth([7, 7, 7]).halfWidth).toBe(0);
  });

  it("gives NaN for no runs at all", () => {
    const { mean, halfWidth } = meanAndHalfWidth([]);
    expect(mean).toBeNaN();
    expect(halfWidth).toBeNaN();
  });

  it("covers the true mean of normal samples about 95% of the time", () => {
    const random = lcg(2024);
    // Box–Muller (Box & Muller, 1958): a standard normal from two uniforms.
    const normal = () => Math.sqrt(-2 * Math.log(random())) * Math.cos(2 * Math.PI * random());
    const trials = 4000;
    let covered = 0;
    for (let i = 0; i < trials; i++) {
      const xs = Array.from({ length: 5 }, () => 10 + 3 * normal());
      const { mean, halfWidth } = meanAndHalfWidth(xs);
      if (Math.abs(mean - 10) <= halfWidth) covered++;
    }
    // Binomial standard error √(0.95·0.05/4000) ≈ 0.0034; allow four of them.
    expect(covered / trials).toBeGreaterThan(0.95 - 0.014);
    expect(covered / trials).toBeLessThan(0.95 + 0.014);
  });
});

describe("combineReplications", () => {
  it("averages every numeric leaf and adds the half-widths beside them", () => {
    const combined = combineReplications([
      { scenario: "shop", throughput: 9, latency: { mean: 0.1, p99: 0.3 } },
      { scenario: "shop", throughput: 11, latency: { mean: 0.3, p99: 0.5 } },
    ]);
    const hw = meanAndHalfWidth([9, 11]).halfWidth;
    expect(combined.scenario).toBe("shop");
    expect(combined.throughput).toBe(10);
    expect(combined.ci95).toEqual({ throughput: hw });
    expect(Object.keys(combined.latency)).toEqual(["mean", "p99", "ci95"]);
    expect(combined.latency.mean).toBeCloseTo(0.2, 15);
    expect(combined.latency.p99).toBeCloseTo(0.4, 15);
    // Each latency differs by the same 0.2 between runs, a tenth of the throughput's spread.
    expect(combined.latency.ci95?.mean).toBeCloseTo(hw / 10, 12);
    expect(combined.latency.ci95?.p99).toBeCloseTo(hw / 10, 12);
  });

  it("takes strings, booleans and arrays from the first run", () => {
    const combined = combineReplications([
      { seed: "a", warm: true, tags: ["x"], n: 1 },
      { seed: "b", warm: false, tags: ["y"], n: 3 },
    ]);
    expect(combined.seed).toBe("a");
    expect(combined.warm).toBe(true);
    expect(combined.tags).toEqual(["x"]);
    expect(combined.n).toBe(2);
  });

  it("adds no ci95 to an object without numeric leaves of its own", () => {
    const combined = combineReplications([
      { components: { db: { served: 4 } } },
      { components: { db: { served: 6 } } },
    ]);
    expect(combined).not.toHaveProperty("ci95");
    expect(combined.components).not.toHaveProperty("ci95");
    expect(combined.components.db.served).toBe(5);
    expect(combined.components.db).toHaveProperty("ci95.served");
  });

  it("keeps keys found in only some runs, averaged over the runs that have them", () => {
    const combined = combineReplications<{ components: Record<string, { served: number }> }>([
      { components: { api: { served: 10 }, cache: { served: 4 } } },
      { components: { api: { served: 20 } } },
      { components: { api: { served: 30 }, cache: { served: 8 } } },
    ]);
    expect(combined.components.api.served).toBe(20);
    expect(combined.components.cache.served).toBe(6);
    expect(combined.components.cache.ci95?.served).toBeCloseTo(
      meanAndHalfWidth([4, 8]).halfWidth,
      12,
    );
  });

  it("returns a lone run's numbers with zero half-widths", () => {
    expect(combineReplications([{ a: 1, b: { c: 2 } }])).toEqual({
      a: 1,
      b: { c: 2, ci95: { c: 0 } },
      ci95: { a: 0 },
    });
  });

  it("combines run summaries into a summary typed with its intervals", () => {
    // A slice of Summary, so that fields added to it later do not break this test.
    type RunSummary = Pick<
      Summary,
      "scenario" | "seed" | "duration" | "warmup" | "events" | "requests" | "throughput"
    > &
      Pick<Summary, "wallSeconds" | "latency" | "components">;
    const run = (throughput: number, p99: number): RunSummary => ({
      scenario: "checkout",
      seed: String(throughput),
      duration: 60,
      warmup: 10,
      events: 1000,
      wallSeconds: 0.5,
      requests: {
        generated: 500,
        completed: 490,
        failed: 10,
        inFlight: 0,
        failures: { rejected: 10, timeout: 0, unavailable: 0, error: 0 },
      },
      throughput,
      latency: { mean: 0.05, p50: 0.04, p90: 0.08, p99, p999: 0.3, max: 0.5 },
      components: { api: { utilization: 0.5, latency: { mean: 0.01, p50: 0.01, p99 } } },
    });
    const combined = combineReplications([run(9.8, 0.2), run(10.2, 0.22)]);
    const summary: RunSummary = combined;
    expect(summary.throughput).toBeCloseTo(10, 12);
    expect(combined.ci95?.throughput).toBeGreaterThan(0);
    expect(combined.ci95?.duration).toBe(0);
    expect(combined.latency.p99).toBeCloseTo(0.21, 12);
    expect(combined.latency.ci95?.p99).toBeGreaterThan(0);
    expect(combined.requests.failures.ci95?.rejected).toBe(0);
    expect(combined.components.api.latency?.ci95?.p99).toBeGreaterThan(0);
    expect(combined.seed).toBe("9.8");
  });

  it("rejects an empty list of runs as a bug", () => {
    expect(() => combineReplications([])).toThrow(RangeError);
  });
});
