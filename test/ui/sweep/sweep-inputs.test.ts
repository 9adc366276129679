import { describe, expect, it } from "vitest";
import { sweepRequest } from "../../../src/ui/sweep/sweep-inputs";
import { sweepProblemText } from "../../../src/ui/sweep/sweep-problem";

const text = JSON.stringify({
  version: 1,
  name: "M/M/1",
  seed: "its seed",
  duration: 30,
  components: [
    { id: "users", type: "client", workload: { kind: "open", rate: 10 }, target: "app" },
    { id: "app", type: "server", service: { dist: "exp", mean: 0.05 } },
  ],
});

const inputs = {
  param: "components.users.workload.rate",
  values: " 4:12:4 ",
  replications: 2,
  slo: "",
};

describe("sweepRequest", () => {
  it("plans the sweep on the scenario's own seed, as archsim sweep does", () => {
    const request = sweepRequest(text, inputs);
    if (!request.ok) throw new Error(request.problems.map(sweepProblemText).join("; "));
    expect(request.seed).toBe("its seed");
    expect(request.plan.values).toEqual([4, 8, 12]);
    const pair = ["its seed", "its seed#1"];
    expect(request.plan.tasks.map((task) => task.seed)).toEqual([...pair, ...pair, ...pair]);
  });

  it("carries the sweep core's warnings: none here, one for a rate its schedule replaces", () => {
    const plain = sweepRequest(text, inputs);
    expect(plain.ok && plain.plan.warnings).toEqual([]);
    const document = JSON.parse(text);
    document.components[0].workload.schedule = [{ at: 10, rate: 20 }];
    const scheduled = sweepRequest(JSON.stringify(document), inputs);
    expect(scheduled.ok && scheduled.plan.warnings).toMatchObject([
      { kind: "scheduledRate", client: "users", from: 10 },
    ]);
  });

  it("plans a scenario saved with a byte-order mark, as the validator reads it", () => {
    const request = sweepRequest(`\uFEFF${text}`, inputs);
    expect(request.ok && request.plan.values).toEqual([4, 8, 12]);
  });

  it("asks for no SLO reading when no objective is typed, and for one when one is", () => {
    const none = sweepRequest(text, inputs);
    expect(none.ok && none.analysis).toEqual({});
    const some = sweepRequest(text, { ...inputs, slo: "p99<250ms" });
    if (!some.ok) throw new Error(some.problems.map(sweepProblemText).join("; "));
    expect(some.analysis.slos?.map((s) => [s.metric, s.limit])).toEqual([["p99", 0.25]]);
  });

  it("reports every problem of the fields at once", () => {
    const bad = sweepRequest(text, { ...inputs, values: "4:x", replications: 0, slo: "p42<1" });
    expect(bad.ok).toBe(false);
    if (bad.ok) return;
    expect(bad.problems.map((p) => p.kind)).toEqual(["values", "replications", "slo"]);
    const said = bad.problems.map(sweepProblemText);
    expect(said[0]).toContain("4:x");
    expect(said[1]).toBe("replications must be a whole number from 1 to 50");
    expect(said[2]).toContain("p42");
  });

  it("refuses a scenario that does not load, and a path that does not fit it", () => {
    expect(sweepRequest("{ nope", inputs)).toEqual({ ok: false, problems: [{ kind: "scenario" }] });
    const path = sweepRequest(text, { ...inputs, param: "components.db.connections" });
    expect(path.ok).toBe(false);
    if (!path.ok) expect(sweepProblemText(path.problems[0])).toContain("'db'");
  });
});
