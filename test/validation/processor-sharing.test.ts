import { describe, it } from "vitest";
import type { Dist } from "../../src/scenario/types";
import { mg1Ps } from "../../src/theory";
import { exp, openClient, scenario, server } from "../sim/scenarios";
import { component, estimate, expectCovers, once, replicate } from "./support";

/**
 * M/G/1-PS: one core shared by every request present (50 workers on 1 core), λ = 0.7 and
 * E[S] = 1 s, so ρ = 0.7 and W = E[S]/(1-ρ) = 3.333 s, L = ρ/(1-ρ) = 2.333, whatever the service
 * law (Kleinrock Vol. 2, ch. 4; Harchol-Balter ch. 30). The number present under PS is geometric,
 * P(N >= n) = ρ^n, for every service law; a 51st request would queue FCFS, which happens with
 * probability ρ^50 = 1.8e-8: the 50-worker server is PS for all practical purposes.
 *
 * Each worker holds one request, so utilisation (busy workers / 50) times 50 is the mean number
 * present, L. 20 replications of 100,000 customers each.
 */
const LAMBDA = 0.7;
const WORKERS = 50;
const REPLICATIONS = 20;
const CUSTOMERS = 100_000;
const WARMUP = 1000;

function psRuns(service: Dist, seed: string) {
  return replicate(
    scenario({
      name: "M/G/1-PS",
      warmup: WARMUP,
      duration: WARMUP + CUSTOMERS / LAMBDA,
      components: [
        openClient("client", "server", LAMBDA),
        server("server", service, { workers: WORKERS, cores: 1 }),
      ],
    }),
    seed,
    REPLICATIONS,
  );
}

const theory = mg1Ps(LAMBDA, 1);

describe.each([
  { law: "exponential service", service: exp(1), seed: "validation/ps-exp" },
  {
    law: "lognormal service with cv = 3",
    service: { dist: "lognormal", mean: 1, cv: 3 } as Dist,
    seed: "validation/ps-lognormal",
  },
])("processor sharing, ρ = 0.7, $law", ({ law, service, seed }) => {
  const runs = once(() => psRuns(service, seed));

  it(`M/G/1-PS mean sojourn time matches E[S]/(1-ρ) with ${law}`, async ({ annotate }) => {
    const est = estimate(runs(), (r) => r.latency.mean);
    await annotate(expectCovers("W", est, theory.meanSojourn));
  });

  it(`M/G/1-PS mean number present matches ρ/(1-ρ) with ${law}`, async ({ annotate }) => {
    const est = estimate(runs(), (r) => component(r, "server").utilization * WORKERS);
    await annotate(expectCovers("L", est, theory.meanInSystem));
  });

  it(`M/G/1-PS keeps nobody waiting for a worker with ${law}`, async ({ annotate }) => {
    const est = estimate(runs(), (r) => component(r, "server").meanQueue);
    // ρ^50: the expected queue is below 1e-7; the truncation is not measurable.
    await annotate(expectCovers("Lq", est, 0, 1e-6));
  });
});
