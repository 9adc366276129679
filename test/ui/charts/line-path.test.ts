import { describe, expect, it } from "vitest";
import { decimate, linePath, pointsBuffer } from "../../../src/ui/charts/line-path";

/** x in data units to pixels: `perPixel` data units per pixel. */
const pixels = (perPixel: number) => (x: number) => x / perPixel;

function thin(xs: number[], ys: number[], perPixel = 1) {
  const p = decimate(
    Float64Array.from(xs),
    Float64Array.from(ys),
    pixels(perPixel),
    pointsBuffer(xs.length),
  );
  return { px: [...p.px.subarray(0, p.length)], ys: [...p.ys.subarray(0, p.length)] };
}

describe("decimation", () => {
  it("keeps every point when each has a pixel column of its own", () => {
    expect(thin([0, 1, 2], [5, 7, 6])).toEqual({ px: [0, 1, 2], ys: [5, 7, 6] });
  });

  it("keeps the first, lowest, highest and last of a crowded column, in their order", () => {
    // Ten points in one pixel column: a spike up at 3 and a dip at 7.
    const ys = [4, 5, 4, 90, 5, 4, 5, -8, 4, 6];
    const xs = ys.map((_, i) => i / 100);
    expect(thin(xs, ys).ys).toEqual([4, 90, -8, 6]);
  });

  it("keeps the extremes of a long noisy line while drawing a few points per pixel", () => {
    const n = 100_000;
    const xs = Float64Array.from({ length: n }, (_, i) => i);
    const ys = Float64Array.from({ length: n }, (_, i) => Math.sin(i) * (i === 61_234 ? 50 : 1));
    const p = decimate(xs, ys, pixels(n / 500), pointsBuffer(n));
    const kept = p.ys.subarray(0, p.length);
    expect(p.length).toBeLessThanOrEqual(4 * 501);
    expect(Math.max(...kept)).toBe(Math.max(...ys));
    expect(Math.min(...kept)).toBe(Math.min(...ys));
  });

  it("turns a run of missing values into one gap", () => {
    const { ys } = thin([0, 1, 2, 3, 4], [1, Number.NaN, Number.NaN, 2, 3]);
    expect(ys).toEqual([1, Number.NaN, 2, 3]);
  });

  it("reuses a buffer that is large enough and grows one that is not", () => {
    const small = pointsBuffer(10);
    expect(pointsBuffer(10, small)).toBe(small);
    expect(pointsBuffer(1000, small).px.length).toBeGreaterThanOrEqual(1000);
  });
});

describe("line paths", () => {
  const identity = (v: number) => v;

  function pathOf(ys: number[], toY = identity) {
    return linePath(
      decimate(
        Float64Array.from(ys, (_, i) => i * 10),
        Float64Array.from(ys),
        identity,
        pointsBuffer(ys.length),
      ),
      toY,
    );
  }

  it("moves to the first point and draws lines through the rest", () => {
    expect(pathOf([1, 2, 3])).toBe("M0,1L10,2L20,3");
  });

  it("lifts the pen over a gap", () => {
    expect(pathOf([1, 2, Number.NaN, 4, 5])).toBe("M0,1L10,2M30,4L40,5");
  });

  it("lifts the pen where the scale cannot place a value, such as zero on a log axis", () => {
    expect(pathOf([10, 100, 0, 1000, 10000], Math.log10)).toBe("M0,1L10,2M30,3L40,4");
  });

  it("draws a lone point between gaps as a dot", () => {
    expect(pathOf([Number.NaN, 7, Number.NaN])).toBe("M10,7h0");
  });

  it("is empty without values", () => {
    expect(pathOf([])).toBe("");
  });
});
