import { describe, expect, it } from "vitest";
import type { Dist } from "../../../src/scenario/types";
import { Sampler } from "../../../src/sim/random/sampler";
import { createStream } from "../../../src/sim/random/stream";

const N = 200_000;

function moments(dist: Dist, purpose: string) {
  const sampler = new Sampler(dist);
  const rng = createStream("sampler-test", "dist", purpose);
  let sum = 0;
  let sumSq = 0;
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < N; i++) {
    const x = sampler.sample(rng);
    sum += x;
    sumSq += x * x;
    if (x < min) min = x;
    if (x > max) max = x;
  }
  const mean = sum / N;
  const sd = Math.sqrt((sumSq - N * mean * mean) / (N - 1));
  return { sampler, mean, cv: sd / mean, min, max };
}

/** |got - want| within `sds` standard errors of a mean of N draws with standard deviation `sd`. */
function expectMean(got: number, want: number, sd: number, sds = 5): void {
  expect(Math.abs(got - want)).toBeLessThan((sds * sd) / Math.sqrt(N));
}

describe("Sampler", () => {
  it("returns a const value exactly, without drawing from the stream", () => {
    const rng = createStream("sampler-test", "dist", "const");
    const untouched = createStream("sampler-test", "dist", "const");
    const sampler = new Sampler({ dist: "const", value: 0.125 });
    expect([sampler.sample(rng), sampler.sample(rng)]).toEqual([0.125, 0.125]);
    expect(rng.next()).toBe(untouched.next());
    expect(sampler.mean).toBe(0.125);
  });

  it("is zero only for a const of 0", () => {
    expect(new Sampler({ dist: "const", value: 0 }).isZero).toBe(true);
    expect(new Sampler({ dist: "const", value: 1e-9 }).isZero).toBe(false);
    expect(new Sampler({ dist: "exp", mean: 1 }).isZero).toBe(false);
    expect(new Sampler({ dist: "uniform", min: 0, max: 0 }).isZero).toBe(false);
  });

  it("draws exponential durations with the given mean and a CV of 1", () => {
    const { mean, cv, min } = moments({ dist: "exp", mean: 2 }, "exp");
    expectMean(mean, 2, 2);
    expect(cv).toBeCloseTo(1, 1);
    expect(min).toBeGreaterThanOrEqual(0);
  });

  it("draws uniform durations inside [min, max] with mean (min + max) / 2", () => {
    const { sampler, mean, min, max } = moments({ dist: "uniform", min: 1, max: 3 }, "uniform");
    expect(sampler.mean).toBe(2);
    expectMean(mean, 2, 2 / Math.sqrt(12));
    expect(min).toBeGreaterThanOrEqual(1);
    expect(max).toBeLessThan(3);
  });

  it("draws lognormal durations with the given mean and coefficient of variation", () => {
    const { mean, cv, min } = moments({ dist: "lognormal", mean: 0.05, cv: 0.5 }, "lognormal");
    expectMean(mean, 0.05, 0.025);
    // The sample CV of a lognormal converges slowly (kurtosis 8 here): its standard error is
    // about 0.3% of the CV at this N, so 2% is a generous bound.
    expect(Math.abs(cv - 0.5)).toBeLessThan(0.01);
    expect(min).toBeGreaterThan(0);
  });

  it("draws Erlang-k durations with the given mean and a CV of 1/sqrt(k)", () => {
    const { mean, cv } = moments({ dist: "erlang", mean: 3, k: 4 }, "erlang");
    expectMean(mean, 3, 1.5);
    expect(Math.abs(cv - 0.5)).toBeLessThan(0.005);
  });

  it("draws Pareto durations no shorter than min with mean alpha·min/(alpha - 1)", () => {
    const { sampler, mean, min } = moments({ dist: "pareto", min: 1, alpha: 3 }, "pareto");
    expect(sampler.mean).toBe(1.5);
    // Variance alpha·min²/((alpha-1)²(alpha-2)) = 0.75.
    expectMean(mean, 1.5, Math.sqrt(0.75), 6);
    expect(min).toBeGreaterThanOrEqual(1);
  });

  it("gives a Pareto law with alpha <= 1 an infinite mean", () => {
    expect(new Sampler({ dist: "pareto", min: 1, alpha: 1 }).mean).toBe(Number.POSITIVE_INFINITY);
  });

  it("repeats its draws for the same stream", () => {
    const sampler = new Sampler({ dist: "lognormal", mean: 1, cv: 2 });
    const a = createStream("1", "web", "service");
    const b = createStream("1", "web", "service");
    const xs = Array.from({ length: 20 }, () => sampler.sample(a));
    const ys = Array.from({ length: 20 }, () => sampler.sample(b));
    expect(xs).toEqual(ys);
  });
});
