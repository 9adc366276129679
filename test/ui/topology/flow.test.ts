import { describe, expect, it } from "vitest";
import { flowDuration } from "../../../src/ui/topology/flow";

describe("flowDuration", () => {
  it("is null when nothing flows, so the dashes are hidden", () => {
    expect(flowDuration(0)).toBeNull();
    expect(flowDuration(Number.NaN)).toBeNull();
    expect(flowDuration(-1)).toBeNull();
  });

  it("gets shorter (the dashes faster) as the rate rises", () => {
    const durations = [0.5, 5, 50, 500, 5000, 50000].map((r) => flowDuration(r)!);
    for (let i = 1; i < durations.length; i++) expect(durations[i]).toBeLessThan(durations[i - 1]);
  });

  it("keeps slow and very fast edges within a watchable range", () => {
    expect(flowDuration(0.01)!).toBeLessThanOrEqual(1.5);
    expect(flowDuration(1e6)!).toBeGreaterThanOrEqual(0.08);
  });

  it("is quantised, so a rate that wobbles a little does not restart the animation", () => {
    expect(flowDuration(148)).toBe(flowDuration(152));
  });
});
