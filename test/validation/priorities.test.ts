import { describe, it } from "vitest";
import type { Client, Dist, Scenario } from "../../src/scenario/types";
import type { Summary } from "../../src/sim/summary";
import {
  exponentialClass,
  nonPreemptivePriority,
  type PriorityClass,
  preemptiveResumePriority,
} from "../../src/theory";
import { exp, openClient, scenario, server } from "../sim/scenarios";
import { component, estimate, expectCovers, once, replicate } from "./support";

/**
 * One server, Poisson arrivals of three classes with exponential service of their own means,
 * served by priority: M/M/1 with non-preemptive priorities (Cobham's formula) and with
 * preemptive resume. 20 replications of about 100,000 requests each after a warm-up of 1,000 s
 * (ten times the M/M/1 relaxation time at this load, 1/(μ(1-√ρ)²) ≈ 60 s for the slowest class).
 */
const REPLICATIONS = 20;
const CUSTOMERS = 100_000;
const LAMBDA = 0.8;
const WARMUP = 1000;

/** Most urgent first: gold is short, bronze long; ρ = 0.12 + 0.24 + 0.40 = 0.76. */
const CLASSES = [
  { name: "gold", priority: 2, weight: 0.3, meanService: 0.5 },
  { name: "silver", priority: 1, weight: 0.3, meanService: 1 },
  { name: "bronze", priority: 0, weight: 0.4, meanService: 1.25 },
] as const;

const THEORY_CLASSES: PriorityClass[] = CLASSES.map((c) =>
  exponentialClass(LAMBDA * c.weight, c.meanService),
);

function prioritised(preemptive: boolean): Scenario {
  const client: Client = openClient("users", "app", LAMBDA, {
    mix: CLASSES.map((c) => ({ class: c.name, weight: c.weight, priority: c.priority })),
  });
  const service: Record<string, Dist> = Object.fromEntries(
    CLASSES.map((c) => [c.name, exp(c.meanService)]),
  );
  return scenario({
    name: preemptive ? "M/M/1 preemptive resume" : "M/M/1 non-preemptive priorities",
    warmup: WARMUP,
    duration: WARMUP + CUSTOMERS / LAMBDA,
    // The builder takes one Dist; the per-class map replaces it.
    components: [client, server("app", exp(1), { service, preemptive })],
  });
}

/** A class's mean sojourn in one run: its requests' latency at the client (no network). */
const sojourn = (name: string) => (run: Summary) => run.classes[name].latency.mean;

describe("M/M/1 with non-preemptive priorities (three classes, ρ = 0.76)", () => {
  const runs = once(() => replicate(prioritised(false), "validation/priority-np", REPLICATIONS));
  const theory = nonPreemptivePriority(THEORY_CLASSES);

  it("each class's mean wait matches Cobham's W_k = W0/((1-σ_{k-1})(1-σ_k))", async ({
    annotate,
  }) => {
    for (const [k, c] of CLASSES.entries()) {
      // The wait is the sojourn less the class's mean service: the server computes only.
      const est = estimate(runs(), (r) => sojourn(c.name)(r) - c.meanService);
      await annotate(expectCovers(`W_${c.name}`, est, theory[k].meanWait));
    }
  });

  it("utilisation is still the total load ρ = Σ λ_k·E[S_k] = 0.76", async ({ annotate }) => {
    const est = estimate(runs(), (r) => component(r, "app").utilization);
    await annotate(expectCovers("utilization", est, 0.76));
  });
});

describe("M/M/1 with preemptive-resume priorities (three classes, ρ = 0.76)", () => {
  const runs = once(() => replicate(prioritised(true), "validation/priority-pr", REPLICATIONS));
  const theory = preemptiveResumePriority(THEORY_CLASSES);

  it("each class's mean sojourn matches T_k = E[S_k]/(1-σ_{k-1}) + R_k/((1-σ_{k-1})(1-σ_k))", async ({
    annotate,
  }) => {
    for (const [k, c] of CLASSES.entries()) {
      const est = estimate(runs(), sojourn(c.name));
      await annotate(expectCovers(`T_${c.name}`, est, theory[k].meanSojourn));
    }
  });

  it("the most urgent class sees an M/M/1 of its own: T = E[S]/(1-ρ_gold)", async ({
    annotate,
  }) => {
    const gold = THEORY_CLASSES[0];
    const alone = gold.meanService / (1 - gold.arrivalRate * gold.meanService);
    const est = estimate(runs(), sojourn("gold"));
    await annotate(expectCovers("T_gold alone", est, alone));
  });

  it("preempts requests, which all finish: nothing is lost", () => {
    for (const run of runs()) {
      const app = component(run, "app");
      if (!(app.preempted > 0)) throw new Error(`no preemption: ${app.preempted}`);
      if (run.requests.failed !== 0) throw new Error(`${run.requests.failed} failed`);
    }
  });
});
