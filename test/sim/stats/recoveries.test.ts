import { describe, expect, it } from "vitest";
import type { Recovery } from "../../../src/sim/recovery";
import { combineRecoveries } from "../../../src/sim/stats/recoveries";

function recovery(fault: string, start: number, seconds: number | null): Recovery {
  const end = start + 30;
  return {
    fault,
    start,
    end,
    baselineGoodput: 100 + start / 10,
    baselineP99: 0.1,
    recoveredAt: seconds === null ? null : end + seconds,
    seconds,
  };
}

describe("combineRecoveries", () => {
  it("counts the runs that recovered and averages the recovery time over those only", () => {
    const [crash] = combineRecoveries([
      [recovery("crash app", 60, 2)],
      [recovery("crash app", 60, null)],
      [recovery("crash app", 60, 4)],
    ])!;
    expect(crash).toMatchObject({ fault: "crash app", start: 60, end: 90, runs: 3, recovered: 2 });
    expect(crash.seconds).toBe(3);
    expect(crash.recoveredAt).toBe(93);
    // Over the two recovered runs: s = √2, so t(0.975, 1)·s/√2 = t(0.975, 1) = 12.70620474.
    expect(crash.ci95.seconds).toBeCloseTo(12.70620474, 6);
    expect(crash.baselineGoodput).toBeCloseTo(106);
    expect(crash.ci95.baselineGoodput).toBe(0);
  });

  it("says null, not a time, when no run recovered, and gives no interval from one value", () => {
    const [never] = combineRecoveries([
      [recovery("crash", 60, null)],
      [recovery("crash", 60, null)],
    ])!;
    expect(never).toMatchObject({ runs: 2, recovered: 0, seconds: null, recoveredAt: null });
    expect(never.ci95.seconds).toBeNull();
    const [once] = combineRecoveries([[recovery("crash", 60, 5)], [recovery("crash", 60, null)]])!;
    expect(once).toMatchObject({ recovered: 1, seconds: 5 });
    expect(once.ci95.seconds).toBeNull();
  });

  it("keeps faults merged in some runs apart from the same faults recovered one by one", () => {
    const combined = combineRecoveries([
      [recovery("crash", 30, 1), recovery("slow", 70, 2)],
      [recovery("crash + slow", 30, 8)],
    ])!;
    expect(combined.map((r) => [r.fault, r.start, r.runs])).toEqual([
      ["crash", 30, 1],
      ["crash + slow", 30, 1],
      ["slow", 70, 1],
    ]);
  });

  it("tells apart the same fault scheduled twice by its start", () => {
    const runs = [[recovery("crash", 30, 1), recovery("crash", 90, 3)]];
    expect(combineRecoveries([...runs, ...runs])!.map((r) => [r.start, r.runs])).toEqual([
      [30, 2],
      [90, 2],
    ]);
  });

  it("gives nothing when no run had a scheduled fault", () => {
    expect(combineRecoveries([undefined, undefined])).toBeUndefined();
  });
});
