import { describe, expect, it } from "vitest";
import { standardNormal } from "../../../src/sim/random/normal";
import { createStream } from "../../../src/sim/random/stream";
import { chiSquareExcess } from "./distribution-check";

const N = 2_000_000;

/** Φ(x) by the continued fraction-free series erf(z) = 2/√π Σ (−1)^n z^(2n+1) / (n!(2n+1)), |x| < 6. */
function normalCdf(x: number): number {
  if (x < -6) return 0;
  if (x > 6) return 1;
  const z = x / Math.SQRT2;
  let term = z;
  let sum = z;
  for (let n = 1; n < 200 && Math.abs(term) > 1e-17; n++) {
    term *= (-z * z) / n;
    sum += term / (2 * n + 1);
  }
  return 0.5 + sum / Math.sqrt(Math.PI);
}

describe("standardNormal (ziggurat)", () => {
  it("follows N(0, 1): chi-square over 500 equally likely bins within 5 standard deviations", () => {
    const rng = createStream("ziggurat-test", "normal", "chi");
    const excess = chiSquareExcess(() => standardNormal(rng), normalCdf, N, 500);
    expect(Math.abs(excess)).toBeLessThan(5);
  });

  it("has mean 0, variance 1 and kurtosis 3, and both tails beyond R = 3.44", () => {
    const rng = createStream("ziggurat-test", "normal", "moments");
    let sum = 0;
    let sumSq = 0;
    let sum4 = 0;
    let above = 0;
    let below = 0;
    for (let i = 0; i < N; i++) {
      const x = standardNormal(rng);
      sum += x;
      sumSq += x * x;
      sum4 += x * x * x * x;
      if (x > 3.5) above++;
      if (x < -3.5) below++;
    }
    expect(Math.abs(sum / N)).toBeLessThan(5 / Math.sqrt(N));
    expect(Math.abs(sumSq / N - 1)).toBeLessThan(5 * Math.sqrt(2 / N));
    expect(Math.abs(sum4 / N - 3)).toBeLessThan(5 * Math.sqrt(96 / N));
    const p = 1 - normalCdf(3.5);
    expect(Math.abs(above / N - p)).toBeLessThan(5 * Math.sqrt(p / N));
    expect(Math.abs(below / N - p)).toBeLessThan(5 * Math.sqrt(p / N));
  });

  it("is the same sequence for the same stream, bit for bit", () => {
    const a = createStream("ziggurat-test", "normal", "same");
    const b = createStream("ziggurat-test", "normal", "same");
    const first = Array.from({ length: 1000 }, () => standardNormal(a));
    expect(Array.from({ length: 1000 }, () => standardNormal(b))).toEqual(first);
  });
});
