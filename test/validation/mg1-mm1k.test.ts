import { describe, it } from "vitest";
import { md1, mg1WithScv, mm1k } from "../../src/theory";
import { constant, exp, openClient, scenario, server } from "../sim/scenarios";
import { component, estimate, expectCovers, once, replicate } from "./support";

/**
 * M/G/1 by Pollaczek–Khinchine, with constant and with high-variance service, and the finite
 * M/M/1/K queue. 20 replications of 100,000 customers each after a warm-up.
 */
const REPLICATIONS = 20;
const CUSTOMERS = 100_000;

describe("M/D/1 (λ = 0.8, constant service 1 s, ρ = 0.8)", () => {
  const lambda = 0.8;
  const warmup = 500;
  const runs = once(() =>
    replicate(
      scenario({
        name: "M/D/1",
        warmup,
        duration: warmup + CUSTOMERS / lambda,
        components: [openClient("client", "server", lambda), server("server", constant(1))],
      }),
      "validation/md1",
      REPLICATIONS,
    ),
  );
  // P-K with SCV 0: Wq = ρE[S]/(2(1-ρ)) = 2 s, half the M/M/1 wait; Lq = λWq = 1.6; W = 3 s.
  const theory = md1(lambda, 1);

  it("M/D/1 mean wait matches Pollaczek–Khinchine: Wq = ρE[S]/(2(1-ρ))", async ({ annotate }) => {
    const est = estimate(runs(), (r) => component(r, "server").meanWait);
    await annotate(expectCovers("Wq", est, theory.meanWait));
  });

  it("M/D/1 mean queue length matches Lq = λWq", async ({ annotate }) => {
    const est = estimate(runs(), (r) => component(r, "server").meanQueue);
    await annotate(expectCovers("Lq", est, theory.meanQueue));
  });

  it("M/D/1 mean sojourn time matches Wq + E[S]", async ({ annotate }) => {
    const est = estimate(runs(), (r) => r.latency.mean);
    await annotate(expectCovers("W", est, theory.meanSojourn));
  });
});

describe("M/G/1 with lognormal service (λ = 0.5, E[S] = 1 s, cv = 2, ρ = 0.5)", () => {
  const lambda = 0.5;
  const cv = 2;
  const warmup = 1000;
  const runs = once(() =>
    replicate(
      scenario({
        name: "M/G/1 lognormal",
        warmup,
        duration: warmup + CUSTOMERS / lambda,
        components: [
          openClient("client", "server", lambda),
          server("server", { dist: "lognormal", mean: 1, cv }),
        ],
      }),
      "validation/mg1",
      REPLICATIONS,
    ),
  );
  // P-K: E[S²] = (1 + cv²)E[S]² = 5, Wq = λE[S²]/(2(1-ρ)) = 2.5 s (M/M/1 would give 1 s);
  // Lq = λWq = 1.25; W = 3.5 s.
  const theory = mg1WithScv(lambda, 1, cv * cv);

  it("M/G/1 mean wait matches Pollaczek–Khinchine: Wq = λE[S²]/(2(1-ρ))", async ({ annotate }) => {
    const est = estimate(runs(), (r) => component(r, "server").meanWait);
    await annotate(expectCovers("Wq", est, theory.meanWait));
  });

  it("M/G/1 mean queue length matches Lq = λWq", async ({ annotate }) => {
    const est = estimate(runs(), (r) => component(r, "server").meanQueue);
    await annotate(expectCovers("Lq", est, theory.meanQueue));
  });

  it("M/G/1 mean sojourn time matches Wq + E[S]", async ({ annotate }) => {
    const est = estimate(runs(), (r) => r.latency.mean);
    await annotate(expectCovers("W", est, theory.meanSojourn));
  });

  it("M/G/1 utilisation matches ρ = λE[S] = 0.5", async ({ annotate }) => {
    const est = estimate(runs(), (r) => component(r, "server").utilization);
    await annotate(expectCovers("utilization", est, theory.utilization));
  });
});

describe("M/M/1/K", () => {
  /** One server with room for K requests in all: queue = K - 1 waiting places. */
  function mm1kRuns(lambda: number, capacity: number, seed: string) {
    const warmup = 100;
    return replicate(
      scenario({
        name: `M/M/1/${capacity}`,
        warmup,
        duration: warmup + CUSTOMERS / lambda,
        components: [
          openClient("client", "server", lambda),
          server("server", exp(1), { queue: capacity - 1 }),
        ],
      }),
      seed,
      REPLICATIONS,
    );
  }

  // λ = 0.9, μ = 1, K = 5: P_K = ρ^K(1-ρ)/(1-ρ^(K+1)) = 0.12602.
  const moderate = once(() => mm1kRuns(0.9, 5, "validation/mm1k"));
  const moderateTheory = mm1k(0.9, 1, 5);
  // λ = 1.5, μ = 1, K = 3: above saturation the finite queue still has a steady state;
  // P_K = 0.41538.
  const overloaded = once(() => mm1kRuns(1.5, 3, "validation/mm1k-overloaded"));
  const overloadedTheory = mm1k(1.5, 1, 3);

  it("M/M/1/K blocking probability (rejected/generated) matches ρ^K(1-ρ)/(1-ρ^(K+1))", async ({
    annotate,
  }) => {
    const blocking = (r: { requests: { generated: number; failures: { rejected: number } } }) =>
      r.requests.failures.rejected / r.requests.generated;
    await annotate(
      expectCovers("P_K (ρ = 0.9, K = 5)", estimate(moderate(), blocking), moderateTheory.blocking),
    );
    await annotate(
      expectCovers(
        "P_K (ρ = 1.5, K = 3)",
        estimate(overloaded(), blocking),
        overloadedTheory.blocking,
      ),
    );
  });

  it("M/M/1/K utilisation matches 1 - P_0", async ({ annotate }) => {
    const est = estimate(moderate(), (r) => component(r, "server").utilization);
    await annotate(expectCovers("utilization", est, moderateTheory.utilization));
  });

  it("M/M/1/K mean queue length matches Σ (n-1)·P_n", async ({ annotate }) => {
    const est = estimate(moderate(), (r) => component(r, "server").meanQueue);
    await annotate(expectCovers("Lq", est, moderateTheory.meanQueue));
  });

  it("M/M/1/K mean wait and sojourn of accepted requests match Little's law on λ(1-P_K)", async ({
    annotate,
  }) => {
    const wait = estimate(moderate(), (r) => component(r, "server").meanWait);
    await annotate(expectCovers("Wq", wait, moderateTheory.meanWait));
    const sojourn = estimate(moderate(), (r) => r.latency.mean);
    await annotate(expectCovers("W", sojourn, moderateTheory.meanSojourn));
  });
});
