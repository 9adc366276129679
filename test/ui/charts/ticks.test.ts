import { scaleLinear } from "d3";
import { describe, expect, it } from "vitest";
import { fitTicks, labelWidthPx } from "../../../src/ui/charts/ticks";

const seconds = (v: number) => `${v.toLocaleString("en")} s`;
const miao = (v: number) => `${v.toLocaleString("en")} 秒`;

describe("fitTicks", () => {
  it("counts a Chinese character as a full em and a digit as about 0.6 em", () => {
    expect(labelWidthPx("秒", 10)).toBe(10);
    expect(labelWidthPx("100", 10)).toBeCloseTo(18);
  });

  it("keeps the ticks d3 would draw when short labels have room", () => {
    const x = scaleLinear([0, 600], [0, 1200]);
    expect(fitTicks(x, seconds, 1200, 13, 22)).toEqual(x.ticks(10));
  });

  it("leaves labels of large Chinese type an em apart at least", () => {
    const x = scaleLinear([0, 1500], [0, 1120]);
    const ticks = fitTicks(x, miao, 1120, 18, 18);
    const gap = x(ticks[1]) - x(ticks[0]);
    const widest = Math.max(...ticks.map((v) => labelWidthPx(miao(v), 18)));
    expect(gap).toBeGreaterThanOrEqual(widest + 18);
    expect(ticks.length).toBeGreaterThan(2);
  });

  it("drops the last tick when its label would run past the axis's right margin", () => {
    const x = scaleLinear([0, 1500], [0, 1000]);
    const ticks = fitTicks(x, miao, 1000, 18, 10, 200);
    const last = ticks[ticks.length - 1];
    expect(x(last) + labelWidthPx(miao(last), 18) / 2).toBeLessThanOrEqual(1010);
  });
});
