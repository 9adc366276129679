import { describe, expect, it } from "vitest";
import type { FigureComparison } from "../../../src/sim/compare/paired";
import { comparisonTasks, runComparison, type Variant } from "../../../src/sim/compare/run";

/** A server at 90% utilisation (λ = 18/s, μ = 20/s): queueing dominates its latency. */
function loaded(replicas: number): unknown {
  return {
    version: 1,
    name: `${replicas} replicas`,
    seed: "its own seed, overridden",
    duration: 60,
    warmup: 5,
    components: [
      { id: "users", type: "client", workload: { kind: "open", rate: 18 }, target: "lb" },
      { id: "lb", type: "loadbalancer", targets: ["web"] },
      {
        id: "web",
        type: "server",
        replicas,
        service: { dist: "exp", mean: 0.05 },
        costPerHour: 1,
      },
    ],
  };
}

const A: Variant = { name: "A", document: loaded(1) };
const B: Variant = { name: "B", document: loaded(2) };

function figure(figures: FigureComparison[], name: string): FigureComparison {
  const found = figures.find((f) => f.figure === name);
  if (found === undefined) throw new Error(`no figure ${name}`);
  return found;
}

describe("comparisonTasks", () => {
  it("gives replication i of every variant the same seed, derived from the common one", () => {
    const tasks = comparisonTasks([A, B], { replications: 3, seed: "7" });
    expect(tasks.map((t) => t.seed)).toEqual(["7", "7#1", "7#2", "7", "7#1", "7#2"]);
    expect(tasks.map((t) => t.document)).toEqual([A, A, A, B, B, B].map((v) => v.document));
  });
});

describe("runComparison", () => {
  it("finds no difference at all between identical variants", () => {
    const c = runComparison([A, { name: "A again", document: loaded(1) }], {
      replications: 3,
      seed: "7",
    });
    expect(c.figures.length).toBeGreaterThan(20);
    for (const f of c.figures) {
      expect(f.means[1]).toBe(f.means[0]);
      expect(f.differences[0]).toEqual({
        mean: 0,
        halfWidth: 0,
        significant: false,
        verdict: "same",
      });
    }
  });

  it("feeds the clients the variants share the same arrivals (common random numbers)", () => {
    const c = runComparison([A, B], { replications: 3, seed: "7" });
    expect(figure(c.figures, "requests.generated").differences[0]).toMatchObject({
      mean: 0,
      halfWidth: 0,
      significant: false,
    });
  });

  it("leaves what the variants share untouched by a component only one of them adds", () => {
    // B has a second, unrelated client and server: their streams are their own, so A's client
    // and server draw exactly the same numbers in B and every figure of theirs is equal.
    const a = loaded(1) as { components: object[] };
    const extra = {
      ...a,
      components: [
        ...a.components,
        { id: "batch", type: "client", workload: { kind: "open", rate: 5 }, target: "worker" },
        { id: "worker", type: "server", service: { dist: "exp", mean: 0.1 } },
      ],
    };
    const c = runComparison([A, { name: "B", document: extra }], { replications: 3, seed: "7" });
    const shared = c.figures.filter((f) => /^components\.(users|web)\./.test(f.figure));
    expect(shared.length).toBeGreaterThan(10);
    for (const f of shared) expect(f.differences[0]?.mean, f.figure).toBe(0);
  });

  it("says a variant with one more server is significantly better under load, and dearer", () => {
    const c = runComparison([A, B], { replications: 5, seed: "7" });
    expect(c).toMatchObject({ variants: ["A", "B"], replications: 5 });
    for (const name of ["latency.mean", "latency.p99", "components.web.meanWait"]) {
      const d = figure(c.figures, name).differences[0];
      expect(d, name).toMatchObject({ significant: true, verdict: "better" });
      expect(d!.mean + d!.halfWidth, name).toBeLessThan(0);
    }
    // Twice the replicas for the same 55 s: cost doubles exactly, with no noise.
    const cost = figure(c.figures, "cost.total");
    expect(cost.differences[0]).toMatchObject({ significant: true, verdict: "worse" });
    expect(cost.differences[0]?.halfWidth).toBeCloseTo(0, 12);
    expect(cost.means[1]).toBeCloseTo(2 * (cost.means[0] as number), 12);
    expect(figure(c.figures, "components.web.utilization").differences[0]?.verdict).toBe(
      "different",
    );
  });
});
