import { describe, expect, it } from "vitest";
import { pow, powInt } from "../../src/math/pow";
import { uniformSamples } from "./samples";

describe("powInt", () => {
  it("is exact where the power is a double: integers below 2^53 and powers of two", () => {
    expect(powInt(3, 33)).toBe(Number(3n ** 33n));
    expect(powInt(7, 18)).toBe(Number(7n ** 18n));
    expect(powInt(2, 1023)).toBe(Number(2n ** 1023n));
    expect(powInt(2, -1074)).toBe(Number.MIN_VALUE);
    expect(powInt(0.5, 10)).toBe(1 / 1024);
  });

  it("is 1 at n = 0 and the base at n = 1, and overflows to Infinity", () => {
    expect(powInt(123.456, 0)).toBe(1);
    expect(powInt(123.456, 1)).toBe(123.456);
    expect(powInt(10, 400)).toBe(Number.POSITIVE_INFINITY);
  });

  it("keeps the sign of a negative base for odd powers", () => {
    expect(powInt(-2, 3)).toBe(-8);
    expect(powInt(-2, 4)).toBe(16);
  });
});

describe("pow", () => {
  it("agrees with Math.sqrt (correctly rounded) at y = 1/2 within (2 + |y·ln x|) units in the last place", () => {
    for (const x of uniformSamples(500, 1e-6, 1e6, 21)) {
      const bound = (2 + Math.abs(0.5 * Math.log(x))) * Number.EPSILON * Math.sqrt(x);
      expect(Math.abs(pow(x, 0.5) - Math.sqrt(x))).toBeLessThanOrEqual(bound);
    }
  });

  it("inverts its inverse: (x^y)^(1/y) is x to within a few units in the last place", () => {
    for (const x of uniformSamples(300, 1.5, 1000, 22)) {
      const y = 1.37;
      expect(Math.abs(pow(pow(x, y), 1 / y) - x) / x).toBeLessThan(16 * Number.EPSILON);
    }
  });

  it("handles 0, negative bases, NaN and large exponents", () => {
    expect(pow(0, 1.5)).toBe(0);
    expect(pow(0, -1.5)).toBe(Number.POSITIVE_INFINITY);
    expect(pow(-2, 0.5)).toBeNaN();
    expect(pow(-2, 3)).toBe(-8);
    expect(pow(5, 0)).toBe(1);
    expect(pow(Number.NaN, 2.5)).toBeNaN();
    expect(Math.abs(pow(2, 0.5) - Math.SQRT2)).toBeLessThanOrEqual(Number.EPSILON);
    expect(pow(10, 400.5)).toBe(Number.POSITIVE_INFINITY);
  });
});
