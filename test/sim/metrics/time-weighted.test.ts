import { describe, expect, it } from "vitest";
import { TimeWeighted } from "../../../src/sim/metrics/time-weighted";

describe("TimeWeighted", () => {
  it("averages a queue length over time, not over changes", () => {
    // Length 0 for 8 s, then 4 for 2 s: two changes, but the time-average is 0.8.
    const queue = new TimeWeighted();
    queue.set(8, 4);
    queue.set(10, 0);
    expect(queue.area(10)).toBe(8);
    expect(queue.mean(10)).toBeCloseTo(0.8, 15);
  });

  it("counts the current value up to the time asked about", () => {
    const busy = new TimeWeighted(0, 2);
    busy.set(1, 3);
    expect(busy.value).toBe(3);
    expect(busy.area(3)).toBe(2 + 6);
    expect(busy.mean(4)).toBe((2 + 9) / 4);
  });

  it("adds deltas as arrivals and departures change the quantity", () => {
    const queue = new TimeWeighted(5);
    queue.add(6, 1);
    queue.add(7, 1);
    queue.add(9, -1);
    expect(queue.value).toBe(1);
    // 0 on [5,6), 1 on [6,7), 2 on [7,9), 1 on [9,10).
    expect(queue.area(10)).toBe(0 + 1 + 4 + 1);
    expect(queue.mean(10)).toBe(6 / 5);
  });

  it("gives the current value as the mean when no time has passed", () => {
    const gauge = new TimeWeighted(3, 7);
    expect(gauge.mean(3)).toBe(7);
  });

  it("starts a new window on reset but keeps the current value", () => {
    const queue = new TimeWeighted();
    queue.set(0, 10);
    queue.set(50, 2);
    queue.reset(100);
    expect(queue.value).toBe(2);
    expect(queue.area(100)).toBe(0);
    queue.set(110, 4);
    expect(queue.area(120)).toBe(20 + 40);
    expect(queue.mean(120)).toBe(3);
  });

  it("handles several changes at the same instant as one step", () => {
    const queue = new TimeWeighted();
    queue.set(1, 5);
    queue.add(1, -2);
    queue.add(1, 1);
    expect(queue.value).toBe(4);
    expect(queue.area(2)).toBe(4);
  });
});
