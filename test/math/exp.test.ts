import { describe, expect, it } from "vitest";
import { exp, expm1 } from "../../src/math/exp";
import { log } from "../../src/math/log";
import { expReference, nearestDouble, ulpError } from "./reference";
import { logUniformSamples, uniformSamples } from "./samples";

function worstUlps(f: (x: number) => number, offset: 0 | 1, xs: number[]): number {
  return Math.max(...xs.map((x) => ulpError(f(x), expReference(x, offset))));
}

describe("exp", () => {
  it("is within one unit in the last place of e^x from underflow to overflow", () => {
    expect(worstUlps(exp, 0, uniformSamples(300, -708, 709, 11))).toBeLessThan(1);
  });

  it("is within one unit in the last place for moderate x", () => {
    expect(worstUlps(exp, 0, uniformSamples(400, -2, 2, 12))).toBeLessThan(1);
  });

  it("is exact at 0, 1 + x for tiny x, and within one unit in the last place of e at 1", () => {
    expect(exp(0)).toBe(1);
    expect(exp(-0)).toBe(1);
    expect(exp(1e-10)).toBe(1 + 1e-10);
    expect(ulpError(exp(1), expReference(1))).toBeLessThan(1);
    expect(Math.abs(exp(1) - nearestDouble(expReference(1)))).toBeLessThanOrEqual(
      Number.EPSILON * 2,
    );
  });

  it("overflows to Infinity past ln(largest double) and underflows to 0 past the subnormals", () => {
    expect(exp(709.78)).toBeLessThan(Number.POSITIVE_INFINITY);
    expect(exp(709.79)).toBe(Number.POSITIVE_INFINITY);
    expect(exp(Number.POSITIVE_INFINITY)).toBe(Number.POSITIVE_INFINITY);
    expect(exp(-745.2)).toBe(0);
    expect(exp(Number.NEGATIVE_INFINITY)).toBe(0);
    expect(exp(-740)).toBeGreaterThan(0);
    expect(exp(-740)).toBeLessThan(Number.MIN_VALUE * 2 ** 10);
    expect(exp(Number.NaN)).toBeNaN();
  });

  it("is within a neighbour of the true value for subnormal results", () => {
    for (const x of uniformSamples(50, -744, -709, 13)) {
      expect(ulpError(exp(x), expReference(x))).toBeLessThanOrEqual(1);
    }
  });

  it("never decreases between neighbouring arguments", () => {
    const xs = uniformSamples(2000, -20, 20, 14).sort((a, b) => a - b);
    for (let i = 1; i < xs.length; i++) expect(exp(xs[i])).toBeGreaterThanOrEqual(exp(xs[i - 1]));
  });

  it("undoes log to within two units in the last place", () => {
    for (const x of uniformSamples(200, 1e-3, 1e3, 15)) {
      expect(Math.abs(exp(log(x)) - x) / x).toBeLessThanOrEqual(4 * Number.EPSILON);
    }
  });
});

describe("expm1", () => {
  it("is within one unit in the last place of e^x − 1 from −40 to 50", () => {
    expect(worstUlps(expm1, 1, uniformSamples(400, -40, 50, 16))).toBeLessThan(1);
  });

  it("keeps every digit of small x, where e^x − 1 would round them away", () => {
    const xs = logUniformSamples(200, -60, 0, 17).flatMap((x) => [x, -x]);
    expect(worstUlps(expm1, 1, xs)).toBeLessThan(1);
  });

  it("returns x below 2^-54 (signed zeros kept), −1 far below 0, Infinity past overflow", () => {
    expect(expm1(1e-300)).toBe(1e-300);
    expect(Object.is(expm1(-0), -0)).toBe(true);
    expect(expm1(-50)).toBe(-1);
    expect(expm1(Number.NEGATIVE_INFINITY)).toBe(-1);
    expect(expm1(710)).toBe(Number.POSITIVE_INFINITY);
    expect(expm1(Number.NaN)).toBeNaN();
  });
});
