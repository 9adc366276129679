import { expect, it } from "vitest";
import { highWord, powerOfTwo, scaleByPowerOfTwo, withHighWord } from "../../src/math/bits";

it("reads the sign and exponent in the high word", () => {
  expect(highWord(1)).toBe(0x3ff00000);
  expect(highWord(-2)).toBe(0xc0000000 | 0);
  expect(withHighWord(1, 0x40000000)).toBe(2);
});

it("builds every normal power of two exactly", () => {
  for (let k = -1022; k <= 1023; k += 7)
    expect(powerOfTwo(k)).toBe(Number(`${2n ** BigInt(Math.abs(k))}`) ** Math.sign(k));
  expect(powerOfTwo(-1022)).toBe(2.2250738585072014e-308);
  expect(powerOfTwo(1023)).toBe(8.98846567431158e307);
});

it("scales into the subnormals and past the largest double", () => {
  expect(scaleByPowerOfTwo(1, -1074)).toBe(Number.MIN_VALUE);
  expect(scaleByPowerOfTwo(1.5, 1023)).toBe(1.5 * 2 ** 1023);
  expect(scaleByPowerOfTwo(1, 1024)).toBe(Number.POSITIVE_INFINITY);
  expect(scaleByPowerOfTwo(1, -1080)).toBe(0);
  expect(scaleByPowerOfTwo(3, 5)).toBe(96);
});
