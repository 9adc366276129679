import { afterEach, describe, expect, it } from "vitest";
import { setLocale } from "../../src/ui/i18n/index";
import {
  formatCount,
  formatDuration,
  formatMs,
  formatPercent,
  sig3,
  upTo3,
} from "../../src/ui/number-format";

afterEach(() => setLocale("en"));

describe("three significant digits", () => {
  it("keep trailing zeros, and are whole from a thousand on", () => {
    expect(sig3(0)).toBe("0");
    expect(sig3(0.04913)).toBe("0.0491");
    expect(sig3(0.00179)).toBe("0.00179");
    expect(sig3(10)).toBe("10.0");
    expect(sig3(174.419)).toBe("174");
    expect(sig3(99425)).toBe("99,425");
    expect(sig3(Number.NaN)).toBe("–");
  });

  it("read '< 0.001' for a value too small for three decimals, never 7.8e-5", () => {
    expect(sig3(7.8e-5)).toBe("< 0.001");
    expect(sig3(2.2e-4)).toBe("< 0.001");
    expect(sig3(-3e-9)).toBe("> -0.001");
    expect(sig3(0.001)).toBe("0.00100");
    expect(formatPercent(7.8e-7)).toBe("< 0.001");
  });

  it("drop trailing zeros and group thousands as the theory tables write them", () => {
    expect(upTo3(20)).toBe("20");
    expect(upTo3(0.5)).toBe("0.5");
    expect(upTo3(1234.5)).toBe("1,230");
    expect(upTo3(0)).toBe("0");
    expect(upTo3(9.9e-8)).toBe("< 0.001");
  });
});

describe("times", () => {
  it("in a milliseconds column are the figure alone, down to a thousandth of a millisecond", () => {
    expect(formatMs(0.0397)).toBe("39.7");
    expect(formatMs(3.21e-5)).toBe("0.0321");
    expect(formatMs(0)).toBe("0");
  });

  it("in a milliseconds column below that are in microseconds, with the unit said", () => {
    expect(formatMs(4.5e-7)).toBe("0.450 µs");
    expect(formatMs(7.8e-12)).toBe("< 0.001 µs");
  });

  it("with their unit are in seconds from 1 s, then milliseconds, then microseconds", () => {
    expect(formatDuration(2.5)).toBe("2.5 s");
    expect(formatDuration(0.02)).toBe("20 ms");
    expect(formatDuration(0)).toBe("0 ms");
    expect(formatDuration(4.5e-7)).toBe("0.45 µs");
    expect(formatDuration(1e-12)).toBe("< 0.001 µs");
  });
});

describe("counts", () => {
  it("are whole and grouped, in the page's language", () => {
    expect(formatCount(99425.4)).toBe("99,425");
    expect(formatCount(Number.POSITIVE_INFINITY)).toBe("–");
    setLocale("zh-CN");
    expect(formatCount(99425)).toBe("99,425");
    expect(sig3(2.2e-4)).toBe("< 0.001");
  });
});

describe("huge figures", () => {
  it("are written in powers of ten, never in 309 digits, in either language", () => {
    expect(sig3(1e308)).toBe("1E308");
    expect(upTo3(1e308)).toBe("1E308");
    expect(formatCount(1e308)).toBe("1E308");
    expect(formatPercent(1e20)).toBe("1E22");
    expect(sig3(123_456_789_012)).toBe("123,456,789,012");
    setLocale("zh-CN");
    expect(sig3(-2.5e40)).toBe("-2.5E40");
  });

  it("and a figure that is not a number reads as a dash", () => {
    expect(upTo3(Number.NaN)).toBe("–");
    expect(formatPercent(Number.NaN)).toBe("–");
  });
});
