import { describe, it } from "vitest";
import type { Dist, OpenWorkload } from "../../src/scenario/types";
import { balancedH2, batchMm1, h2m1, kingmanWait } from "../../src/theory";
import { exp, openClient, scenario, server } from "../sim/scenarios";
import { component, estimate, expectCovers, once, replicate } from "./support";

/**
 * Arrival processes other than Poisson, against the queues theory solves for them: H2/M/1
 * (GI/M/1 with hyper-exponential gaps) and M^X/M/1 (Poisson batches). 20 replications of
 * 100,000 requests each, after a warm-up of many relaxation times.
 */
const REPLICATIONS = 20;
const REQUESTS = 100_000;

function open(rate: number, extra: Partial<OpenWorkload>) {
  const workload: OpenWorkload = { kind: "open", rate, arrival: "poisson", schedule: [], ...extra };
  return openClient("client", "server", rate, { workload });
}

describe("H2/M/1 (λ = 0.7, SCV 4, μ = 1)", () => {
  const lambda = 0.7;
  const warmup = 2000;
  const runs = once(() =>
    replicate(
      scenario({
        name: "H2/M/1",
        warmup,
        duration: warmup + REQUESTS / lambda,
        components: [open(lambda, { arrival: "hyperexp", scv: 4 }), server("server", exp(1))],
      }),
      "validation/h2m1",
      REPLICATIONS,
    ),
  );
  const theory = h2m1(balancedH2(lambda, 4), 1);

  it("sends at the asked mean rate", async ({ annotate }) => {
    const est = estimate(runs(), (r) => component(r, "client").offered);
    await annotate(expectCovers("offered", est, lambda));
  });

  it("makes requests wait as GI/M/1 says, sigma solved from the H2's transform", async ({
    annotate,
  }) => {
    const est = estimate(runs(), (r) => component(r, "server").meanWait);
    await annotate(expectCovers("Wq", est, theory.meanWait));
    // Kingman's approximation sits 5% from the exact figure at this load.
    const kingman = kingmanWait(lambda, 4, 1, 1);
    await annotate(`Kingman ${kingman.toPrecision(5)}, GI/M/1 ${theory.meanWait.toPrecision(5)}`);
  });

  it("keeps the server busy λ/μ of the time", async ({ annotate }) => {
    const est = estimate(runs(), (r) => component(r, "server").utilization);
    await annotate(expectCovers("utilization", est, theory.utilization));
  });
});

/** X requests per batch, batches at rate λ: mean sojourn W = L/(λ·E[X]). */
function batchCase(name: string, batch: Dist, meanX: number, secondX: number) {
  describe(`M^X/M/1, ${name} (μ = 1, ρ = 0.8)`, () => {
    const batches = 0.8 / meanX;
    const warmup = 2000;
    const runs = once(() =>
      replicate(
        scenario({
          name: "MX/M/1",
          warmup,
          duration: warmup + REQUESTS / 0.8,
          components: [open(batches, { batch }), server("server", exp(1))],
        }),
        `validation/batch-${name}`,
        REPLICATIONS,
      ),
    );
    const theory = batchMm1(batches, meanX, secondX, 1);

    it("sends rate × E[X] requests a second", async ({ annotate }) => {
      const est = estimate(runs(), (r) => component(r, "client").offered);
      await annotate(expectCovers("offered", est, 0.8));
    });

    it("holds requests as long as the bulk-arrival queue does", async ({ annotate }) => {
      const est = estimate(runs(), (r) => r.latency.mean);
      await annotate(expectCovers("W", est, theory.meanSojourn));
    });
  });
}

batchCase("4 at a time", { dist: "const", value: 4 }, 4, 16);
// Uniform on [0.5, 6.5) rounds to 1…6, each with probability 1/6: E[X] = 3.5, E[X²] = 91/6.
batchCase("1 to 6 at random", { dist: "uniform", min: 0.5, max: 6.5 }, 3.5, 91 / 6);
