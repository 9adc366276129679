import { describe, expect, it } from "vitest";
import { planProblemText, planSweep } from "../../../src/sim/sweep/plan";
import { planWarningText } from "../../../src/sim/sweep/warnings";

function scenario(schedule: { at: number; rate: number }[], duration = 600) {
  return {
    version: 1,
    name: "s",
    duration,
    components: [
      {
        id: "users",
        type: "client",
        workload: { kind: "open", rate: 150, schedule },
        target: "app",
      },
      { id: "app", type: "server", service: { dist: "exp", mean: 0.001 } },
    ],
  };
}

const PEAK = [
  { at: 200, rate: 220 },
  { at: 400, rate: 150 },
];

function warningsOf(document: unknown, param: string) {
  const planned = planSweep(document, { param, values: [50, 100], replications: 1, seed: "s" });
  if (!planned.ok) throw new Error(planned.problems.map(planProblemText).join("\n"));
  return planned.plan.warnings;
}

describe("the warnings of a sweep plan", () => {
  it("warns that a scheduled client's rate holds only until the first change, and names the scale", () => {
    const warnings = warningsOf(scenario(PEAK), "components.users.workload.rate");
    expect(warnings).toEqual([
      {
        kind: "scheduledRate",
        param: "components.users.workload.rate",
        client: "users",
        from: 200,
        scale: "components.users.workload.scale",
      },
    ]);
    expect(planWarningText(warnings[0])).toBe(
      "--param components.users.workload.rate: client 'users' has a schedule that replaces this rate from 200 s on, so the offered load will not follow the values; --param components.users.workload.scale multiplies the rate and every schedule entry together",
    );
  });

  it("names the client by index as the path does", () => {
    const [warning] = warningsOf(scenario(PEAK), "components[0].workload.rate");
    expect(warning).toMatchObject({ client: "users", scale: "components[0].workload.scale" });
  });

  it("says nothing of a rate without a schedule, one whose first change falls after the run, or the scale", () => {
    expect(warningsOf(scenario([]), "components.users.workload.rate")).toEqual([]);
    expect(warningsOf(scenario(PEAK, 200), "components.users.workload.rate")).toEqual([]);
    expect(warningsOf(scenario(PEAK), "components.users.workload.scale")).toEqual([]);
    expect(warningsOf(scenario(PEAK), "components.app.service.mean")).toEqual([]);
  });
});
