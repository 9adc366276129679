import { describe, it } from "vitest";
import { exp, openClient, scenario, server } from "../sim/scenarios";
import { component, estimate, expectCovers, once, replicate } from "./support";

/**
 * Four workers on one core, exponential service of mean 1 s, λ = 0.8: up to four requests
 * share the core (processor sharing), more wait for a worker. The core works whenever a
 * request is present, at rate 1 whatever their number, so the number present is that of an
 * M/M/1 queue, geometric with P(N >= n) = ρ^n (ρ = 0.8), and the CPU is busy a share ρ of the
 * time (Harchol-Balter, "Performance Modeling and Design of Computer Systems", ch. 30).
 * The workers are not: busy workers are min(N, 4), so their utilisation is
 * E[min(N, 4)] / 4 = (ρ + ρ² + ρ³ + ρ⁴) / 4 = 0.5904, below the CPU's 0.8 that it used to be
 * the only figure for. 20 replications of 50,000 customers each.
 */
const LAMBDA = 0.8;
const RHO = LAMBDA;
const WARMUP = 1000;
const runs = once(() =>
  replicate(
    scenario({
      name: "four workers on one core",
      warmup: WARMUP,
      duration: WARMUP + 50_000 / LAMBDA,
      components: [
        openClient("client", "server", LAMBDA),
        server("server", exp(1), { workers: 4, cores: 1 }),
      ],
    }),
    "validation/cpu-utilization",
    20,
  ),
);

describe("CPU utilisation with fewer cores than workers", () => {
  it("matches ρ, the share of time the core works", async ({ annotate }) => {
    const est = estimate(runs(), (r) => component(r, "server").cpuUtilization);
    await annotate(expectCovers("CPU utilisation", est, RHO));
  });

  it("leaves the workers' utilisation at E[min(N, 4)] / 4", async ({ annotate }) => {
    const est = estimate(runs(), (r) => component(r, "server").utilization);
    const theory = (RHO + RHO ** 2 + RHO ** 3 + RHO ** 4) / 4;
    await annotate(expectCovers("worker utilisation", est, theory));
  });

  it("stretches the own service time to the sojourn of M/M/1 minus its wait", async ({
    annotate,
  }) => {
    // Own sojourn is the time in the server before any call (it makes none): W = 1/(μ-λ) = 5 s.
    const est = estimate(runs(), (r) => component(r, "server").own.meanSojourn);
    await annotate(expectCovers("own sojourn", est, 1 / (1 - LAMBDA)));
  });
});
