import { describe, expect, it } from "vitest";
import { log, log1p } from "../../src/math/log";
import { ln1pReference, lnReference, nearestDouble, ulpError } from "./reference";
import { logUniformSamples, uniformSamples } from "./samples";

/** The largest error, in units in the last place, over `xs`. */
function worstUlps(f: (x: number) => number, reference: typeof lnReference, xs: number[]): number {
  return Math.max(...xs.map((x) => ulpError(f(x), reference(x))));
}

describe("log", () => {
  it("is within one unit in the last place of ln x over the whole range of doubles", () => {
    expect(worstUlps(log, lnReference, logUniformSamples(400, -1074, 1023))).toBeLessThan(1);
  });

  it("is within one unit in the last place near 1, where ln x is small", () => {
    expect(worstUlps(log, lnReference, uniformSamples(400, 0.5, 2))).toBeLessThan(1);
  });

  it("is exact at 1 and at powers of two within the last place", () => {
    expect(log(1)).toBe(0);
    for (const k of [-1074, -1022, -1, 1, 10, 1023]) {
      expect(log(2 ** k)).toBe(nearestDouble(lnReference(2 ** k)));
    }
  });

  it("gives -Infinity at ±0, NaN below 0 and for NaN, and Infinity at Infinity", () => {
    expect(log(0)).toBe(Number.NEGATIVE_INFINITY);
    expect(log(-0)).toBe(Number.NEGATIVE_INFINITY);
    expect(log(-1e-300)).toBeNaN();
    expect(log(Number.NEGATIVE_INFINITY)).toBeNaN();
    expect(log(Number.NaN)).toBeNaN();
    expect(log(Number.POSITIVE_INFINITY)).toBe(Number.POSITIVE_INFINITY);
  });

  it("takes subnormal arguments: ln(2^-1074) is -744.44...", () => {
    expect(ulpError(log(Number.MIN_VALUE), lnReference(Number.MIN_VALUE))).toBeLessThan(1);
    expect(log(Number.MIN_VALUE)).toBeCloseTo(-744.4400719213812, 12);
  });

  it("never decreases between neighbouring arguments", () => {
    const xs = uniformSamples(2000, 1e-3, 1e3, 7).sort((a, b) => a - b);
    for (let i = 1; i < xs.length; i++) expect(log(xs[i])).toBeGreaterThanOrEqual(log(xs[i - 1]));
  });
});

describe("log1p", () => {
  it("is within one unit in the last place of ln(1 + x) from -1 to 10", () => {
    expect(worstUlps(log1p, ln1pReference, uniformSamples(400, -0.999, 10, 3))).toBeLessThan(1);
  });

  it("keeps every digit of small x, where 1 + x would round them away", () => {
    const xs = logUniformSamples(200, -60, -1, 4).flatMap((x) => [x, -x]);
    expect(worstUlps(log1p, ln1pReference, xs)).toBeLessThan(1);
  });

  it("returns x itself below 2^-54, signed zeros included", () => {
    expect(log1p(1e-300)).toBe(1e-300);
    expect(Object.is(log1p(-0), -0)).toBe(true);
    expect(log1p(0)).toBe(0);
  });

  it("gives -Infinity at -1, NaN below -1 and for NaN, and Infinity at Infinity", () => {
    expect(log1p(-1)).toBe(Number.NEGATIVE_INFINITY);
    expect(log1p(-1.5)).toBeNaN();
    expect(log1p(Number.NaN)).toBeNaN();
    expect(log1p(Number.POSITIVE_INFINITY)).toBe(Number.POSITIVE_INFINITY);
  });

  it("agrees with log(1 + x) where 1 + x is exact", () => {
    for (const x of [1, 3, 0.5, -0.5, 1023]) expect(log1p(x)).toBe(log(1 + x));
  });
});
