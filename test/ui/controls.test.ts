import { describe, expect, it } from "vitest";
import { formatCount, formatSeconds, randomSeed, runStatus } from "../../src/ui/controls";
import { issuesTitle } from "../../src/ui/messages";
import { initialState } from "../../src/ui/store";

describe("run controls", () => {
  it("writes the clock with one decimal and grouped thousands", () => {
    expect(formatSeconds(0)).toBe("0.0");
    expect(formatSeconds(12345.67)).toBe("12,345.7");
    expect(formatCount(1234567)).toBe("1,234,567");
  });

  it("tells the run's status from the state", () => {
    const base = initialState();
    const scenario = {} as never;
    expect(runStatus(base)).toBe("empty");
    expect(runStatus({ ...base, scenario, running: true })).toBe("running");
    expect(runStatus({ ...base, scenario })).toBe("paused");
    expect(runStatus({ ...base, scenario, finished: true })).toBe("finished");
    expect(
      runStatus({
        ...base,
        scenario,
        running: true,
        error: { worker: "banner.workerFailed", reason: "boom" },
      }),
    ).toBe("stopped");
  });

  it("draws seeds that differ", () => {
    const seeds = new Set(Array.from({ length: 20 }, randomSeed));
    expect(seeds.size).toBeGreaterThan(15);
  });

  it("says how many errors stopped a scenario, and what runs instead", () => {
    expect(issuesTitle(1, "none")).toBe("This scenario was not loaded (1 error).");
    expect(issuesTitle(3, "running")).toBe(
      "This scenario was not loaded (3 errors); the previous scenario runs on.",
    );
  });
});
