import { describe, expect, it } from "vitest";
import { runTasks } from "../../../src/sim/batch/task";
import { analyzeSweep } from "../../../src/sim/sweep/analyze";
import { planProblemText, planSweep } from "../../../src/sim/sweep/plan";
import { scaleWorkload } from "../../../src/sim/sweep/scale";

/**
 * 10 req/s for 100 s, then 30 req/s for 100 s, evenly spaced: 4000 requests over 200 s, 20 req/s
 * offered, of which the written `rate` makes only the first 100 s.
 */
const SCHEDULED = {
  version: 1,
  name: "a busy second half",
  duration: 200,
  warmup: 0,
  components: [
    {
      id: "users",
      type: "client",
      workload: { kind: "open", rate: 10, arrival: "uniform", schedule: [{ at: 100, rate: 30 }] },
      target: "app",
    },
    { id: "app", type: "server", workers: 100, service: { dist: "const", value: 0.001 } },
  ],
};

function offeredAt(param: string, values: number[]): number[] {
  const planned = planSweep(SCHEDULED, { param, values, replications: 1, seed: "s" });
  if (!planned.ok) throw new Error(planned.problems.map(planProblemText).join("\n"));
  return analyzeSweep(planned.plan, runTasks(planned.plan.tasks)).points.map(
    (p) => p.figures.offered.mean,
  );
}

describe("a sweep of a workload's scale", () => {
  it("offers the whole load times the value: 10, 20 and 40 req/s at 0.5, 1 and 2", () => {
    const offered = offeredAt("components.users.workload.scale", [0.5, 1, 2]);
    expect(offered.map((x) => Number(x.toFixed(1)))).toEqual([10, 20, 40]);
  });

  it("where the rate alone moves only the first half: 17.5, 20 and 35 req/s at rates 5, 10 and 40", () => {
    const offered = offeredAt("components.users.workload.rate", [5, 10, 40]);
    expect(offered.map((x) => Number(x.toFixed(1)))).toEqual([17.5, 20, 35]);
  });
});

describe("scaleWorkload", () => {
  it("multiplies the rate and every schedule entry's, keeps the times, and rounds to 12 digits", () => {
    const workload = {
      kind: "open",
      rate: 150,
      schedule: [
        { at: 200, rate: 220 },
        { at: 400, rate: 150 },
      ],
    };
    expect(scaleWorkload(workload, 1.1)).toEqual({
      kind: "open",
      rate: 165,
      schedule: [
        { at: 200, rate: 242 },
        { at: 400, rate: 165 },
      ],
    });
    expect(workload.rate).toBe(150); // the original is untouched
  });

  it("scales a workload without a schedule, and leaves a rate that is no number to the validator", () => {
    expect(scaleWorkload({ kind: "open", rate: 4 }, 2)).toEqual({ kind: "open", rate: 8 });
    expect(scaleWorkload({ kind: "open", rate: "x", schedule: [7] }, 2)).toEqual({
      kind: "open",
      rate: "x",
      schedule: [7],
    });
  });

  it("has nothing to scale in a closed workload, a trace or a missing one", () => {
    expect(scaleWorkload({ kind: "closed", users: 3 }, 2)).toBeNull();
    expect(scaleWorkload({ kind: "trace", timestamps: [1] }, 2)).toBeNull();
    expect(scaleWorkload(undefined, 2)).toBeNull();
  });
});
