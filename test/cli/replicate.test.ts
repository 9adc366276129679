import { beforeEach, describe, expect, it, vi } from "vitest";
import { runReplications } from "../../src/cli/replicate";
import type { Scenario } from "../../src/scenario/types";
import { runScenario } from "../../src/sim/run";
import type { Summary } from "../../src/sim/summary";
import { fakeRun } from "./fixtures";

// The engine is replaced by a stand-in: what is tested here is which runs are made and how
// their summaries are combined, not the simulation.
vi.mock("../../src/sim/run");
const engine = vi.mocked(runScenario);

const scenario = { name: "shop", seed: "7", duration: 120, warmup: 10 } as Scenario;

beforeEach(() => {
  engine.mockReset();
  engine.mockImplementation(fakeRun);
});

describe("runReplications", () => {
  it("returns one replication as the plain run, without ci95 or a replication count", () => {
    const summary = runReplications(scenario, { replications: 1 });
    expect(engine).toHaveBeenCalledExactlyOnceWith(scenario, { seed: "7", duration: undefined });
    expect(summary).toEqual(fakeRun(scenario));
  });

  it("runs n replications with derived seeds, in order", () => {
    runReplications(scenario, { replications: 3, seed: "abc", duration: 30 });
    expect(engine.mock.calls).toEqual([
      [scenario, { seed: "abc", duration: 30 }],
      [scenario, { seed: "abc#1", duration: 30 }],
      [scenario, { seed: "abc#2", duration: 30 }],
    ]);
  });

  it("averages the runs, puts a 95% half-width beside each figure and records the count", () => {
    const summary = runReplications(scenario, { replications: 3 }) as Summary & {
      ci95: Record<string, number>;
    };
    const throughputs = ["7", "7#1", "7#2"].map((seed) => fakeRun(scenario, { seed }).throughput);
    expect(summary.throughput).toBeCloseTo((throughputs[0] + throughputs[1] + throughputs[2]) / 3);
    expect(summary.ci95.throughput).toBeGreaterThan(0);
    expect(summary.ci95.duration).toBe(0);
    expect(summary.seed).toBe("7");
    expect(summary.replications).toBe(3);
  });

  it("combines the recoveries of every run, not the first run's alone", () => {
    const seconds: Record<string, number | null> = { "7": null, "7#1": 4, "7#2": 6 };
    engine.mockImplementation((s, options) => ({
      ...fakeRun(s, options),
      recovery: [
        {
          fault: "crash web at 60 s",
          start: 60,
          end: 90,
          baselineGoodput: 10,
          baselineP99: 0.05,
          recoveredAt: seconds[options!.seed!] === null ? null : 90 + seconds[options!.seed!]!,
          seconds: seconds[options!.seed!],
        },
      ],
    }));
    const [crash] = runReplications(scenario, { replications: 3 }).recovery!;
    expect(crash).toMatchObject({ runs: 3, recovered: 2, seconds: 5, recoveredAt: 95 });
  });

  it("treats a replication count below 1 as a bug of its caller", () => {
    expect(() => runReplications(scenario, { replications: 0 })).toThrow(RangeError);
    expect(() => runReplications(scenario, { replications: 1.5 })).toThrow(RangeError);
    expect(engine).not.toHaveBeenCalled();
  });
});
