import { expect, it } from "vitest";
import { powerOfTen, powerOfTenAtOrBelow } from "../../src/math/power-of-ten";

it("reads powers of ten as their literals", () => {
  expect(powerOfTen(0)).toBe(1);
  expect(powerOfTen(-1)).toBe(0.1);
  expect(powerOfTen(22)).toBe(1e22);
  expect(powerOfTen(-300)).toBe(1e-300);
});

it("finds the power of ten at or below x, exact powers included", () => {
  expect(powerOfTenAtOrBelow(1)).toBe(1);
  expect(powerOfTenAtOrBelow(999.99)).toBe(100);
  expect(powerOfTenAtOrBelow(1000)).toBe(1000);
  expect(powerOfTenAtOrBelow(0.3)).toBe(0.1);
  expect(powerOfTenAtOrBelow(0.001)).toBe(0.001);
  expect(powerOfTenAtOrBelow(Number.MAX_VALUE)).toBe(1e308);
  expect(powerOfTenAtOrBelow(Number.MIN_VALUE)).toBe(1e-323);
});
