import { describe, expect, it } from "vitest";
import { main } from "../../src/cli/main";
import { runTasks } from "../../src/sim/batch/task";
import { analyzeSweep } from "../../src/sim/sweep/analyze";
import { planSweep } from "../../src/sim/sweep/plan";
import { TINY_SCENARIO } from "./fixtures";

/** The tiny scenario with its client's rate raised from 20 to 30 req/s at 10 s. */
const SCHEDULED = {
  ...TINY_SCENARIO,
  components: [
    {
      ...TINY_SCENARIO.components[0],
      workload: { ...TINY_SCENARIO.components[0].workload, schedule: [{ at: 10, rate: 30 }] },
    },
    TINY_SCENARIO.components[1],
  ],
};

/** Runs main() on one in-memory file, in this thread, collecting what it prints. */
async function archsim(argv: string[], scenario: unknown) {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const code = await main(argv, {
    stdout: (s) => stdout.push(s),
    stderr: (s) => stderr.push(s),
    readFile: () => JSON.stringify(scenario),
  });
  return { code, stdout: stdout.join(""), stderr: stderr.join("") };
}

const RATE = ["sweep", "s.json", "--param", "components.users.workload.rate", "--values", "10,20"];

describe("archsim sweep", () => {
  it("warns on stderr that a scheduled client's rate is not the load, and still runs the sweep", async () => {
    const result = await archsim([...RATE, "--replications", "1"], SCHEDULED);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe(
      "archsim: warning: --param components.users.workload.rate: client 'users' has a schedule that replaces this rate from 10 s on, so the offered load will not follow the values; --param components.users.workload.scale multiplies the rate and every schedule entry together\n",
    );
    expect(result.stdout).toMatch(/^components\.users\.workload\.rate +offered\/s/m);
  });

  it("keeps --json to the result alone, as the sweep core gives it", async () => {
    const warned = await archsim([...RATE, "--replications", "2", "--json"], SCHEDULED);
    expect(warned.stderr).toContain("archsim: warning: --param components.users.workload.rate");
    const planned = planSweep(SCHEDULED, {
      param: "components.users.workload.rate",
      values: [10, 20],
      replications: 2,
      seed: "7",
    });
    if (!planned.ok) throw new Error("not planned");
    const result = analyzeSweep(planned.plan, runTasks(planned.plan.tasks));
    expect(warned.stdout).toBe(`${JSON.stringify(result, null, 2)}\n`);
  });

  it("takes the load multiplier as --param without a warning: twice the scale, twice the load", async () => {
    const scale = ["--param", "components.users.workload.scale", "--values", "1,2", "--json"];
    const result = await archsim(["sweep", "s.json", ...scale, "--replications", "1"], SCHEDULED);
    expect(result).toMatchObject({ code: 0, stderr: "" });
    const [one, two] = JSON.parse(result.stdout).points.map(
      (p: { figures: { offered: { mean: number } } }) => p.figures.offered.mean,
    );
    // Poisson counts of some 460 and 920 arrivals in the 18 s window: about twice (1.90 here).
    expect(two / one).toBeGreaterThan(1.8);
    expect(two / one).toBeLessThan(2.2);
  });

  it("says nothing for a client without a schedule", async () => {
    const result = await archsim([...RATE, "--replications", "1", "--json"], TINY_SCENARIO);
    expect(result).toMatchObject({ code: 0, stderr: "" });
  });
});
