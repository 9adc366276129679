import { describe, expect, it } from "vitest";
import { TimeSeries } from "../../../src/sim/metrics/time-series";

function lcg(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 4294967296;
  };
}

function total(xs: Float64Array): number {
  let sum = 0;
  for (const x of xs) sum += x;
  return sum;
}

describe("TimeSeries", () => {
  it("adds each amount to the bucket holding its time", () => {
    const series = new TimeSeries({ bucketWidth: 1, maxBuckets: 10, columns: ["done", "failed"] });
    const done = series.columnIndex("done");
    const failed = series.columnIndex("failed");
    series.add(0.2, done, 1);
    series.add(0.9, done, 1);
    series.add(2.5, failed, 1);
    series.add(2.7, done, 3);
    const data = series.buckets();
    expect(data.width).toBe(1);
    expect([...data.start]).toEqual([0, 1, 2]);
    expect([...data.columns.done]).toEqual([2, 0, 3]);
    expect([...data.columns.failed]).toEqual([0, 0, 1]);
  });

  it("measures buckets from the given start time", () => {
    const series = new TimeSeries({ bucketWidth: 0.5, maxBuckets: 4, columns: ["n"], start: 10 });
    series.add(10.6, 0, 1);
    expect([...series.buckets().start]).toEqual([10, 10.5]);
    expect(() => series.add(9.9, 0, 1)).toThrow(RangeError);
  });

  it("merges adjacent pairs and doubles the width when maxBuckets would be exceeded", () => {
    const series = new TimeSeries({ bucketWidth: 1, maxBuckets: 4, columns: ["n"] });
    for (let i = 0; i < 4; i++) series.add(i + 0.5, 0, i + 1);
    expect(series.length).toBe(4);
    series.add(4.5, 0, 5);
    const data = series.buckets();
    expect(data.width).toBe(2);
    expect(series.length).toBe(3);
    expect([...data.start]).toEqual([0, 2, 4]);
    expect([...data.columns.n]).toEqual([1 + 2, 3 + 4, 5]);
  });

  it("merges as many times as needed to reach a time far ahead", () => {
    const series = new TimeSeries({ bucketWidth: 1, maxBuckets: 4, columns: ["n"] });
    series.add(0.5, 0, 1);
    series.add(1.5, 0, 2);
    series.add(100, 0, 4);
    const data = series.buckets();
    expect(data.width).toBe(32);
    expect([...data.start]).toEqual([0, 32, 64, 96]);
    expect([...data.columns.n]).toEqual([3, 0, 0, 4]);
  });

  it("preserves every column's sum through repeated merging", () => {
    const random = lcg(5);
    const series = new TimeSeries({ bucketWidth: 0.01, maxBuckets: 7, columns: ["a", "b"] });
    let a = 0;
    let b = 0;
    let now = 0;
    for (let i = 0; i < 20_000; i++) {
      now += random() * 0.05;
      const amount = Math.floor(random() * 10);
      if (i % 3 === 0) {
        series.add(now, 1, amount);
        b += amount;
      } else {
        series.add(now, 0, amount);
        a += amount;
      }
    }
    const data = series.buckets();
    expect(total(data.columns.a)).toBe(a);
    expect(total(data.columns.b)).toBe(b);
    expect(series.length).toBeLessThanOrEqual(7);
  });

  it("stays within maxBuckets after a million adds over a long run, counting each in its bucket", () => {
    const maxBuckets = 100;
    const series = new TimeSeries({ bucketWidth: 1, maxBuckets, columns: ["arrivals"] });
    const arrivals = series.columnIndex("arrivals");
    const random = lcg(9);
    const times = new Float64Array(1_000_000);
    let now = 0;
    for (let i = 0; i < times.length; i++) {
      now += -Math.log(1 - random()) * 7;
      times[i] = now;
      series.add(now, arrivals, 1);
    }
    const data = series.buckets();
    expect(data.start.length).toBeLessThanOrEqual(maxBuckets);
    expect(data.start.length).toBeGreaterThan(maxBuckets / 2);
    expect(Math.log2(data.width) % 1).toBe(0);
    expect(data.start[data.start.length - 1] + data.width).toBeGreaterThan(now);
    expect(total(data.columns.arrivals)).toBe(times.length);
    const expected = new Float64Array(data.start.length);
    for (const t of times) expected[Math.floor(t / data.width)]++;
    expect([...data.columns.arrivals]).toEqual([...expected]);
  });

  it("averages a gauge over time within each bucket", () => {
    const series = new TimeSeries({ bucketWidth: 1, maxBuckets: 10, columns: [], gauges: ["q"] });
    const q = series.gaugeIndex("q");
    series.setGauge(0.5, q, 2);
    series.setGauge(1.5, q, 0);
    series.setGauge(2.25, q, 4);
    const data = series.buckets(3);
    // Bucket 0: 2 for half of it; bucket 1: 2 for half; bucket 2: 4 for three quarters.
    expect([...data.columns.q]).toEqual([1, 1, 3]);
  });

  it("splits a gauge step that spans many buckets exactly at their edges", () => {
    const series = new TimeSeries({ bucketWidth: 1, maxBuckets: 10, columns: [], gauges: ["q"] });
    series.setGauge(0.75, 0, 8);
    series.setGauge(4.5, 0, 0);
    expect([...series.buckets(5).columns.q]).toEqual([2, 8, 8, 8, 4]);
  });

  it("averages the last bucket over the part of it that has elapsed", () => {
    const series = new TimeSeries({ bucketWidth: 10, maxBuckets: 4, columns: [], gauges: ["q"] });
    series.setGauge(0, 0, 3);
    series.setGauge(12, 0, 5);
    expect([...series.buckets(14).columns.q]).toEqual([3, (2 * 3 + 2 * 5) / 4]);
    expect([...series.buckets(20).columns.q]).toEqual([3, (2 * 3 + 8 * 5) / 10]);
  });

  it("keeps gauge averages right through merging", () => {
    const series = new TimeSeries({ bucketWidth: 1, maxBuckets: 4, columns: [], gauges: ["q"] });
    series.setGauge(0, 0, 1);
    series.setGauge(1, 0, 3);
    series.setGauge(2, 0, 5);
    series.setGauge(3, 0, 7);
    series.setGauge(4, 0, 9);
    const data = series.buckets(6);
    expect(data.width).toBe(2);
    expect([...data.columns.q]).toEqual([2, 6, 9]);
  });

  it("holds sums and gauges side by side", () => {
    const series = new TimeSeries({
      bucketWidth: 1,
      maxBuckets: 8,
      columns: ["done"],
      gauges: ["busy"],
    });
    series.setGauge(0, series.gaugeIndex("busy"), 1);
    series.add(0.5, series.columnIndex("done"), 1);
    series.setGauge(1.5, series.gaugeIndex("busy"), 0);
    series.add(1.5, series.columnIndex("done"), 1);
    const data = series.buckets(2);
    expect(Object.keys(data.columns)).toEqual(["done", "busy"]);
    expect([...data.columns.done]).toEqual([1, 1]);
    expect([...data.columns.busy]).toEqual([1, 0.5]);
  });

  it("hands out copies that later adds do not change", () => {
    const series = new TimeSeries({ bucketWidth: 1, maxBuckets: 4, columns: ["n"] });
    series.add(0.5, 0, 1);
    const before = series.buckets();
    series.add(0.5, 0, 1);
    expect([...before.columns.n]).toEqual([1]);
    expect([...series.buckets().columns.n]).toEqual([2]);
  });

  it("rejects unknown column names and impossible options as bugs", () => {
    const series = new TimeSeries({ bucketWidth: 1, maxBuckets: 4, columns: ["n"], gauges: ["g"] });
    expect(() => series.columnIndex("g")).toThrow(RangeError);
    expect(() => series.gaugeIndex("n")).toThrow(RangeError);
    expect(() => new TimeSeries({ bucketWidth: 0, maxBuckets: 4, columns: [] })).toThrow();
    expect(() => new TimeSeries({ bucketWidth: 1, maxBuckets: 1, columns: [] })).toThrow();
    expect(() => new TimeSeries({ bucketWidth: 1, maxBuckets: 4, columns: ["a", "a"] })).toThrow();
    expect(() => series.add(Number.NaN, 0, 1)).toThrow(RangeError);
    expect(() => series.add(Number.POSITIVE_INFINITY, 0, 1)).toThrow(RangeError);
  });

  it("rejects a gauge change earlier than the previous one", () => {
    const series = new TimeSeries({ bucketWidth: 1, maxBuckets: 4, columns: [], gauges: ["g"] });
    series.setGauge(2, 0, 1);
    expect(() => series.setGauge(1, 0, 2)).toThrow(RangeError);
  });
});
