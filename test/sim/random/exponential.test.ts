import { describe, expect, it } from "vitest";
import { standardExponential } from "../../../src/sim/random/exponential";
import { createStream } from "../../../src/sim/random/stream";
import { chiSquareExcess } from "./distribution-check";

const N = 2_000_000;

describe("standardExponential (ziggurat)", () => {
  it("follows Exp(1): chi-square over 500 equally likely bins within 5 standard deviations", () => {
    const rng = createStream("ziggurat-test", "exp", "chi");
    const excess = chiSquareExcess(
      () => standardExponential(rng),
      (x) => -Math.expm1(-x),
      N,
      500,
    );
    expect(Math.abs(excess)).toBeLessThan(5);
  });

  it("has mean 1 and variance 1, its tail beyond R = 7.697 included", () => {
    const rng = createStream("ziggurat-test", "exp", "moments");
    let sum = 0;
    let sumSq = 0;
    let beyond = 0;
    for (let i = 0; i < N; i++) {
      const x = standardExponential(rng);
      sum += x;
      sumSq += x * x;
      if (x > 7.7) beyond++;
    }
    const mean = sum / N;
    expect(Math.abs(mean - 1)).toBeLessThan(5 / Math.sqrt(N));
    expect(Math.abs(sumSq / N - mean * mean - 1)).toBeLessThan(5 * Math.sqrt(8 / N));
    // P(X > 7.7) = e^-7.7 ≈ 4.5e-4: about 900 of 2 million, so the tail is drawn too.
    const p = Math.exp(-7.7);
    expect(Math.abs(beyond / N - p)).toBeLessThan(5 * Math.sqrt(p / N));
  });

  it("never returns a negative, NaN or infinite value", () => {
    const rng = createStream("ziggurat-test", "exp", "range");
    let lowest = Number.POSITIVE_INFINITY;
    let highest = 0;
    for (let i = 0; i < 200_000; i++) {
      const x = standardExponential(rng);
      if (!(x >= lowest)) lowest = x;
      if (!(x <= highest)) highest = x;
    }
    expect(lowest).toBeGreaterThanOrEqual(0);
    expect(highest).toBeLessThan(40);
  });

  it("is the same sequence for the same stream, bit for bit", () => {
    const a = createStream("ziggurat-test", "exp", "same");
    const b = createStream("ziggurat-test", "exp", "same");
    const first = Array.from({ length: 1000 }, () => standardExponential(a));
    expect(Array.from({ length: 1000 }, () => standardExponential(b))).toEqual(first);
  });
});
