import { describe, expect, it } from "vitest";
import { formatterFor } from "../../src/insights/format";

describe("formatterFor", () => {
  const en = formatterFor("en");
  const zh = formatterFor("zh-CN");

  it("writes ordinary figures as before: grouped, one decimal under 100", () => {
    expect(en.count(4518.2)).toBe("4,518");
    expect(en.count(74.94)).toBe("74.9");
    expect(en.percent(0.826)).toBe("82.6%");
    expect(en.time(0.64)).toBe("640 ms");
    expect(en.ratio(3.2006)).toBe("3.2");
  });

  it("writes a multiplier of 1e308 in powers of ten, not in 309 digits", () => {
    expect(en.count(1e308)).toBe("1E308");
    expect(zh.count(1e308)).toBe("1E308");
    expect(en.time(2.5e20)).toBe("2.5E20 s");
    expect(en.count(999_999_999_999)).toBe("999,999,999,999");
  });

  it("never writes NaN, and writes an infinite figure as ∞", () => {
    for (const f of [en, zh]) {
      for (const write of [f.count, f.percent, f.time, f.ratio]) {
        expect(write(Number.NaN)).not.toMatch(/NaN/);
      }
    }
    expect(en.percent(Number.NaN)).toBe("–");
    expect(en.count(Number.POSITIVE_INFINITY)).toBe("∞");
  });
});
