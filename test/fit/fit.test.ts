import { describe, expect, it } from "vitest";
import { fitExp } from "../../src/fit/families";
import { fitSamples, ksDistance, sampleQuantile } from "../../src/fit/fit";
import { normalCdf, normalQuantile } from "../../src/fit/normal";

/** n points at the law's (i + 0.5)/n quantiles: a sample with no noise, so fits are exact. */
function ideal(quantile: (p: number) => number, n = 2000): number[] {
  return Array.from({ length: n }, (_, i) => quantile((i + 0.5) / n));
}

const expQ = (mean: number) => (p: number) => -mean * Math.log(1 - p);
const lognormalQ = (mu: number, sigma: number) => (p: number) =>
  Math.exp(mu + sigma * normalQuantile(p));
const paretoQ = (min: number, alpha: number) => (p: number) => min * (1 - p) ** (-1 / alpha);

describe("fitting a sample of durations", () => {
  it("recognises an exponential sample and gives back its mean", () => {
    const fit = fitSamples(ideal(expQ(0.05)));
    expect(fit?.best.fitted.dist.dist).toBe("exp");
    const dist = fit?.best.fitted.dist as { mean: number };
    expect(dist.mean).toBeCloseTo(0.05, 3);
    expect(fit?.best.ks).toBeLessThan(0.01);
  });

  it("recognises a lognormal sample with its mean and coefficient of variation", () => {
    const mu = Math.log(0.02);
    const fit = fitSamples(ideal(lognormalQ(mu, 0.8)));
    expect(fit?.best.fitted.dist.dist).toBe("lognormal");
    const dist = fit?.best.fitted.dist as { mean: number; cv: number };
    expect(dist.mean / Math.exp(mu + 0.32)).toBeCloseTo(1, 2);
    expect(dist.cv).toBeCloseTo(Math.sqrt(Math.exp(0.64) - 1), 2);
  });

  it("recognises an Erlang sample with its whole shape", () => {
    // The sum of four exponentials of mean 10 ms, drawn from a fixed sequence.
    let seed = 7;
    const uniform = () => {
      seed = (seed * 48271) % 2147483647;
      return seed / 2147483647;
    };
    const xs = Array.from({ length: 4000 }, () => {
      let s = 0;
      for (let k = 0; k < 4; k++) s += -0.01 * Math.log(1 - uniform());
      return s;
    });
    const fit = fitSamples(xs);
    expect(fit?.best.fitted.dist).toMatchObject({ dist: "erlang", k: 4 });
  });

  it("recognises a Pareto tail", () => {
    const fit = fitSamples(ideal(paretoQ(0.01, 2.5)));
    expect(fit?.best.fitted.dist.dist).toBe("pareto");
    const dist = fit?.best.fitted.dist as { min: number; alpha: number };
    expect(dist.alpha).toBeCloseTo(2.5, 1);
  });

  it("calls a sample constant when it varies by less than a timer's resolution", () => {
    const fit = fitSamples([0.005, 0.005000001, 0.004999999, 0.005]);
    expect(fit?.best.fitted.dist).toEqual({ dist: "const", value: 0.005 });
    expect(fit?.best.ks).toBe(0);
  });

  it("ranks by AIC when asked, and says which criterion it used", () => {
    const fit = fitSamples(ideal(expQ(0.05)), "aic");
    expect(fit?.criterion).toBe("aic");
    const aics = fit?.candidates.map((c) => c.aic) ?? [];
    expect(aics).toEqual([...aics].sort((a, b) => a - b));
  });

  it("tables the sample's quantiles against the fitted law's", () => {
    const fit = fitSamples(ideal(expQ(1)));
    const p90 = fit?.quantiles.find((q) => q.p === 0.9);
    expect(p90?.data).toBeCloseTo(Math.log(10), 2);
    expect(p90?.fit).toBeCloseTo(Math.log(10), 2);
    expect(fit?.quantiles.map((q) => q.p)).toContain(0.999);
  });

  it("has nothing to fit in an empty sample", () => {
    expect(fitSamples([])).toBeUndefined();
  });
});

describe("the Kolmogorov-Smirnov distance", () => {
  it("is the largest gap between the sample's steps and the law's CDF", () => {
    const sorted = Float64Array.from([1, 2, 3]);
    const law = fitExp({ sorted, n: 3, mean: 2, variance: 2 / 3 });
    if (law === undefined) throw new Error("no fit");
    const gaps = [1, 2, 3].flatMap((x, i) => {
      const f = 1 - Math.exp(-x / 2);
      return [Math.abs(f - i / 3), Math.abs(f - (i + 1) / 3)];
    });
    expect(ksDistance(sorted, law)).toBeCloseTo(Math.max(...gaps), 12);
  });

  it("reads sample quantiles between order statistics", () => {
    expect(sampleQuantile(Float64Array.from([1, 2, 3, 4]), 0.5)).toBe(2.5);
  });
});

describe("the normal law from the project's own math", () => {
  it("has a CDF within 1e-7 of the tabled values and a quantile that inverts it", () => {
    expect(normalCdf(0)).toBeCloseTo(0.5, 7);
    expect(normalCdf(1.959963984540054)).toBeCloseTo(0.975, 7);
    expect(normalCdf(-3)).toBeCloseTo(0.0013498980316301, 7);
    for (const p of [0.001, 0.1, 0.5, 0.9, 0.999])
      expect(normalCdf(normalQuantile(p))).toBeCloseTo(p, 6);
  });
});
