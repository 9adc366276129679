import { describe, expect, it } from "vitest";
import { planSweep } from "../../../src/sim/sweep/plan";
import { planProblems } from "../../../src/ui/sweep/plan-problems";
import { sweepProblemText } from "../../../src/ui/sweep/sweep-problem";

const document = {
  version: 1,
  name: "M/M/1",
  duration: 30,
  components: [
    { id: "users", type: "client", workload: { kind: "open", rate: 10 }, target: "app" },
    { id: "app", type: "server", service: { dist: "exp", mean: 0.05 } },
  ],
};

/** planSweep's refusal of `param` at `values`, and the problems found for it, in English. */
function both(param: string, values: number[]) {
  const planned = planSweep(document, { param, values, replications: 1, seed: "s" });
  if (planned.ok) throw new Error(`${param} at ${values} plans`);
  const problems = planProblems(document, param, values);
  return { core: planned.errors, problems, said: problems.map(sweepProblemText) };
}

describe("planProblems", () => {
  it("keeps each issue of a refused value whole, and says in English exactly what planSweep says", () => {
    const { core, problems, said } = both("components.app.workers", [2, 0, 1500.5]);
    expect(problems.map((p) => p.kind === "value" && [p.value, p.issue.path])).toEqual([
      [0, "components[1].workers"],
      [1500.5, "components[1].workers"],
    ]);
    expect(said).toEqual(core);
  });

  it("names a field the validator does not know, as planSweep does", () => {
    const { core, problems, said } = both("components.app.wokers", [1, 2]);
    expect(problems).toMatchObject([{ kind: "field", issue: { path: "components[1].wokers" } }]);
    expect(said).toEqual(core);
  });

  it("keeps the core's own words for a path it cannot read or that does not fit", () => {
    for (const param of ["components..app", "components.db.connections"]) {
      const { core, problems, said } = both(param, [1]);
      expect(problems.map((p) => p.kind)).toEqual(["core"]);
      expect(said).toEqual(core);
    }
  });
});
