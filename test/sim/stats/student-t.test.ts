import { describe, expect, it } from "vitest";
import { tQuantile975 } from "../../../src/sim/stats/student-t";

describe("tQuantile975", () => {
  it("matches the printed table to three decimals", () => {
    const table: [number, number][] = [
      [1, 12.706],
      [2, 4.303],
      [5, 2.571],
      [10, 2.228],
      [30, 2.042],
      [60, 2.0],
      [120, 1.98],
    ];
    for (const [df, t] of table) expect(Math.abs(tQuantile975(df) - t)).toBeLessThan(5e-4);
  });

  it("is within 1e-6 of the exact quantile beyond the table", () => {
    // scipy.stats.t.ppf(0.975, df)
    const exact: [number, number][] = [
      [31, 2.039513446396408],
      [35, 2.030107928250343],
      [40, 2.021075390306273],
      [60, 2.0002978220142604],
      [120, 1.9799304050824402],
      [1000, 1.9623390808264083],
    ];
    for (const [df, t] of exact) expect(Math.abs(tQuantile975(df) - t)).toBeLessThan(1e-6);
  });

  it("falls steadily towards the normal quantile 1.959964 as df grows", () => {
    let previous = Number.POSITIVE_INFINITY;
    for (let df = 1; df <= 10_000; df += df < 100 ? 1 : 97) {
      const t = tQuantile975(df);
      expect(t).toBeLessThan(previous);
      previous = t;
    }
    expect(tQuantile975(1e12)).toBeCloseTo(1.959964, 6);
  });

  it("rounds a fractional df in the table down, widening the interval", () => {
    expect(tQuantile975(4.7)).toBe(tQuantile975(4));
  });

  it("rejects fewer than one degree of freedom as a bug", () => {
    expect(() => tQuantile975(0)).toThrow(RangeError);
    expect(() => tQuantile975(Number.NaN)).toThrow(RangeError);
  });
});
