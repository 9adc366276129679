import { describe, expect, it } from "vitest";
import { formatTick, formatTime, formatValue } from "../../../src/ui/charts/format";

describe("number formats", () => {
  it("write values with three significant digits and their unit", () => {
    expect(formatValue(12.345, "ms")).toBe("12.3 ms");
    expect(formatValue(1234.5, "req/s")).toBe("1,230 req/s");
    expect(formatValue(0.5, "")).toBe("0.5");
  });

  it("write a dash for a missing value", () => {
    expect(formatValue(Number.NaN, "ms")).toBe("–");
  });

  it("shorten large ticks with SI prefixes", () => {
    expect(formatTick(1500)).toBe("1.5k");
    expect(formatTick(250)).toBe("250");
  });

  it("write simulated time in seconds", () => {
    expect(formatTime(120)).toBe("120 s");
  });
});
