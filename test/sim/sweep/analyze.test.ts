import { describe, expect, it } from "vitest";
import { runTasks } from "../../../src/sim/batch/task";
import { parseSlos, sloProblemText } from "../../../src/sim/slo/parse";
import { analyzeSweep } from "../../../src/sim/sweep/analyze";
import { planProblemText, planSweep } from "../../../src/sim/sweep/plan";
import { mm1, mm1SojournQuantile } from "../../../src/theory/mm1";

/** One exponential server, μ = 10/s, under Poisson arrivals whose rate the sweep varies. */
const MM1 = {
  version: 1,
  name: "M/M/1",
  duration: 4000,
  warmup: 200,
  components: [
    { id: "users", type: "client", workload: { kind: "open", rate: 1 }, target: "app" },
    { id: "app", type: "server", service: { dist: "exp", mean: 0.1 } },
  ],
};

/** The histogram's percentile error bound, as test/validation/support.ts allows it. */
const HISTOGRAM_SLACK = 0.01;

/**
 * 15 intervals checked at once (3 figures at 5 rates): at 95% each, one in two such tests would
 * see a miss somewhere. Bonferroni's correction gives each a 1 - 0.05/15 level instead: with 5
 * replications t(1 - 0.05/30, 4) = 6.2541 (R's qt, scipy's t.ppf) where t(0.975, 4) = 2.7764.
 */
const BONFERRONI = 6.254070518916885 / 2.7764451051977934;

function sweep() {
  const planned = planSweep(MM1, {
    param: "components.users.workload.rate",
    values: [1, 3, 5, 7, 9],
    replications: 5,
    seed: "sweep",
  });
  if (!planned.ok) throw new Error(planned.problems.map(planProblemText).join("\n"));
  const slos = parseSlos(["p99<1"]);
  if (!slos.ok) throw new Error(slos.problems.map(sloProblemText).join("\n"));
  return analyzeSweep(planned.plan, runTasks(planned.plan.tasks), { slos: slos.slos });
}

describe("a sweep of the arrival rate on M/M/1", () => {
  const result = sweep();

  it("follows theory within the intervals: throughput λ, mean 1/(μ-λ), p99 -ln(0.01)/(μ-λ)", () => {
    for (const p of result.points) {
      const { mean, p99, throughput } = p.figures;
      const lambda = p.value;
      expect(Math.abs(throughput.mean - lambda), `throughput at ${lambda}`).toBeLessThanOrEqual(
        BONFERRONI * throughput.halfWidth,
      );
      const w = mm1(lambda, 10).meanSojourn;
      expect(Math.abs(mean.mean - w), `mean at ${lambda}`).toBeLessThanOrEqual(
        BONFERRONI * mean.halfWidth,
      );
      const q = mm1SojournQuantile(lambda, 10, 0.99);
      expect(Math.abs(p99.mean - q), `p99 at ${lambda}`).toBeLessThanOrEqual(
        BONFERRONI * p99.halfWidth + HISTOGRAM_SLACK * q,
      );
    }
  });

  it("puts the knee where the mean latency has doubled from the first point's: ρ = 0.7", () => {
    // Theory: 1/(μ-λ) is 0.111 s at λ = 1, 0.2 s at λ = 5 and 0.333 s at λ = 7.
    expect(result.knee).toEqual({ value: 7, index: 3, reason: "latency" });
  });

  it("reads the last rate meeting p99 < 1 s off the curve: 5 (theory 0.92 s there, 1.54 s at 7)", () => {
    expect(result.points.map((p) => p.meetsSlo)).toEqual([true, true, true, false, false]);
    expect(result.slo).toEqual({ objectives: ["p99<1"], lastMeeting: 5 });
  });
});

describe("planSweep", () => {
  it("makes value-major tasks with the same replication seeds at every value", () => {
    const planned = planSweep(MM1, {
      param: "components[1].workers",
      values: [1, 2],
      replications: 2,
      seed: "s",
    });
    expect(planned.ok && planned.plan.tasks.map((t) => t.seed)).toEqual(["s", "s#1", "s", "s#1"]);
    expect(planned.ok && planned.plan.at).toBe("components[1].workers");
  });

  it("reports each value the field refuses, with the validator's message", () => {
    const planned = planSweep(MM1, {
      param: "components.app.workers",
      values: [0, 2, 1.5],
      replications: 1,
      seed: "s",
    });
    if (planned.ok) throw new Error("planned");
    expect(planned.problems.map((p) => p.kind === "value" && [p.value, p.issue.path])).toEqual([
      [0, "components[1].workers"],
      [1.5, "components[1].workers"],
    ]);
    expect(planned.problems.map(planProblemText)).toEqual([
      "at components.app.workers = 0: components[1].workers: must be an integer >= 1, got 0",
      "at components.app.workers = 1.5: components[1].workers: must be an integer >= 1, got 1.5",
    ]);
  });

  it("refuses a field the validator does not know, which the sweep would vary to no effect", () => {
    const planned = planSweep(MM1, {
      param: "components.app.wokers",
      values: [1],
      replications: 1,
      seed: "s",
    });
    if (planned.ok) throw new Error("planned");
    expect(planned.problems).toMatchObject([
      { kind: "field", issue: { path: "components[1].wokers" } },
    ]);
    expect(planProblemText(planned.problems[0])).toBe(
      "--param components.app.wokers: refused: components[1].wokers is not a field of the scenario format; did you mean components.app.workers?",
    );
  });
});

describe("a sweep of priced replicas", () => {
  it("carries the cost at each value: price × replicas × window, exactly", () => {
    const priced = {
      ...MM1,
      duration: 400,
      warmup: 40,
      components: [MM1.components[0], { ...MM1.components[1], costPerHour: 2 }],
    };
    const planned = planSweep(priced, {
      param: "components.app.replicas",
      values: [3, 2, 1],
      replications: 2,
      seed: "cost",
    });
    if (!planned.ok) throw new Error(planned.problems.map(planProblemText).join("\n"));
    const result = analyzeSweep(planned.plan, runTasks(planned.plan.tasks));
    // 360 s is a tenth of an hour: 2 × replicas × 0.1.
    expect(result.points.map((p) => p.cost?.total.mean)).toEqual([0.6000000000000001, 0.4, 0.2]);
    expect(result.points.every((p) => p.cost?.perMillionRequests !== undefined)).toBe(true);
  });

  it("has no cost where nothing is priced", () => {
    const planned = planSweep(
      { ...MM1, duration: 50, warmup: 0 },
      { param: "components.users.workload.rate", values: [1], replications: 1, seed: "s" },
    );
    if (!planned.ok) throw new Error(planned.problems.map(planProblemText).join("\n"));
    expect(analyzeSweep(planned.plan, runTasks(planned.plan.tasks)).points[0].cost).toBeUndefined();
  });
});
