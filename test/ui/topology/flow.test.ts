import { describe, expect, it } from "vitest";
import { DASH_PERIOD, Flow, flowSpeed, MAX_STEP, nextOffset } from "../../../src/ui/topology/flow";

describe("flowSpeed", () => {
  it("is 0 when nothing flows, so the dashes stand (and are hidden)", () => {
    expect(flowSpeed(0)).toBe(0);
    expect(flowSpeed(Number.NaN)).toBe(0);
    expect(flowSpeed(-1)).toBe(0);
    expect(flowSpeed(Number.POSITIVE_INFINITY)).toBe(0);
  });

  it("rises with the rate", () => {
    const speeds = [0.5, 5, 50, 500, 5000, 50000].map(flowSpeed);
    for (let i = 1; i < speeds.length; i++) expect(speeds[i]).toBeGreaterThan(speeds[i - 1]);
  });

  it("keeps slow and very fast edges within a watchable range", () => {
    expect(flowSpeed(0.01)).toBeGreaterThanOrEqual(DASH_PERIOD / 1.5);
    expect(flowSpeed(1e6)).toBeLessThanOrEqual(DASH_PERIOD / 0.08);
  });

  it("is quantised, so a rate that wobbles a little keeps a steady pace", () => {
    expect(flowSpeed(148)).toBe(flowSpeed(152));
  });
});

describe("nextOffset", () => {
  it("moves the dashes forward (a smaller offset) by speed × time, within one period", () => {
    expect(nextOffset(10, 20, 0.1)).toBeCloseTo(8);
    expect(nextOffset(1, 20, 0.1)).toBeCloseTo(DASH_PERIOD - 1);
    for (let i = 0; i < 100; i++) {
      const o = nextOffset(i % DASH_PERIOD, 17 * i, 0.07);
      expect(o).toBeGreaterThanOrEqual(0);
      expect(o).toBeLessThan(DASH_PERIOD);
    }
  });

  it("moves at most MAX_STEP in a frame, so slow frames never show the dashes running backwards", () => {
    expect(MAX_STEP).toBeLessThan(DASH_PERIOD / 2);
    expect(nextOffset(10, 100, 1)).toBeCloseTo(10 - MAX_STEP);
  });

  it("stands still for no time or a clock that went back", () => {
    expect(nextOffset(5, 100, 0)).toBe(5);
    expect(nextOffset(5, 100, -1)).toBe(5);
  });
});

describe("Flow", () => {
  it("moves every edge by its own speed from the same clock, from the second frame on", () => {
    const flow = new Flow();
    flow.setRate("a→b", 1);
    flow.setRate("b→c", 0);
    flow.advance(1000);
    expect(flow.offset("a→b")).toBe(0);
    flow.advance(1100);
    expect(flow.offset("a→b")).toBeCloseTo(DASH_PERIOD - flowSpeed(1) * 0.1);
    expect(flow.offset("b→c")).toBe(0);
  });

  it("forgets the edges no longer drawn", () => {
    const flow = new Flow();
    flow.setRate("a→b", 100);
    flow.advance(0);
    flow.advance(50);
    flow.keep(new Set());
    expect(flow.offset("a→b")).toBe(0);
    flow.setRate("a→b", 100);
    flow.advance(100);
    expect(flow.offset("a→b")).toBeCloseTo(DASH_PERIOD - flowSpeed(100) * 0.05);
  });
});
