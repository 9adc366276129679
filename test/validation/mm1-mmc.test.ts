import { describe, it } from "vitest";
import type { Summary } from "../../src/sim/summary";
import { mm1, mm1SojournQuantile, mmc } from "../../src/theory";
import { exp, openClient, scenario, server } from "../sim/scenarios";
import { component, estimate, expectCovers, HISTOGRAM_SLACK, once, replicate } from "./support";

/**
 * One FCFS station with Poisson arrivals and exponential service: M/M/1 and M/M/c.
 * 20 replications of 100,000 customers each, after a warm-up of more than ten relaxation times
 * (the M/M/1 relaxation time is 1/(μ(1-√ρ)²), Morse 1955: 90 s at ρ = 0.8).
 */
const REPLICATIONS = 20;
const CUSTOMERS = 100_000;

describe("M/M/1 (λ = 0.8, μ = 1, ρ = 0.8)", () => {
  const lambda = 0.8;
  const mu = 1;
  const warmup = 1000;
  const runs = once(() =>
    replicate(
      scenario({
        name: "M/M/1",
        warmup,
        duration: warmup + CUSTOMERS / lambda,
        components: [openClient("client", "server", lambda), server("server", exp(1 / mu))],
      }),
      "validation/mm1",
      REPLICATIONS,
    ),
  );
  const theory = mm1(lambda, mu);

  it("M/M/1 mean sojourn time matches 1/(μ-λ) = 5 s", async ({ annotate }) => {
    const est = estimate(runs(), (r) => r.latency.mean);
    await annotate(expectCovers("W", est, theory.meanSojourn));
  });

  it("M/M/1 sojourn percentiles match -ln(1-q)/(μ-λ), the exponential law", async ({
    annotate,
  }) => {
    // The FCFS sojourn is exponential with rate μ-λ (Kleinrock Vol. 1, ch. 5).
    const percentiles: [number, (run: Summary) => number][] = [
      [0.5, (r) => r.latency.p50],
      [0.9, (r) => r.latency.p90],
      [0.99, (r) => r.latency.p99],
    ];
    for (const [q, read] of percentiles) {
      const want = mm1SojournQuantile(lambda, mu, q);
      const est = estimate(runs(), read);
      await annotate(expectCovers(`p${q * 100}`, est, want, HISTOGRAM_SLACK * want));
    }
  });

  it("M/M/1 utilisation matches ρ = λ/μ = 0.8", async ({ annotate }) => {
    const est = estimate(runs(), (r) => component(r, "server").utilization);
    await annotate(expectCovers("utilization", est, theory.utilization));
  });

  it("M/M/1 mean queue length matches Lq = ρ²/(1-ρ) = 3.2", async ({ annotate }) => {
    const est = estimate(runs(), (r) => component(r, "server").meanQueue);
    await annotate(expectCovers("Lq", est, theory.meanQueue));
  });

  it("M/M/1 mean wait matches Wq = ρ/(μ-λ) = 4 s", async ({ annotate }) => {
    const est = estimate(runs(), (r) => component(r, "server").meanWait);
    await annotate(expectCovers("Wq", est, theory.meanWait));
  });
});

describe("M/M/3 (λ = 2.4, μ = 1, c = 3, ρ = 0.8)", () => {
  const lambda = 2.4;
  const mu = 1;
  const servers = 3;
  const warmup = 500;
  const runs = once(() =>
    replicate(
      scenario({
        name: "M/M/3",
        warmup,
        duration: warmup + CUSTOMERS / lambda,
        components: [
          openClient("client", "server", lambda),
          server("server", exp(1 / mu), { workers: servers }),
        ],
      }),
      "validation/mmc",
      REPLICATIONS,
    ),
  );
  // Erlang C: C(3, 2.4) = 0.6472, Wq = C/(cμ-λ) = 1.0787 s, Lq = λWq = 2.5888, W = Wq + 1/μ.
  const theory = mmc(lambda, mu, servers);

  it("M/M/c mean wait matches Erlang C: Wq = C(c, a)/(cμ-λ)", async ({ annotate }) => {
    const est = estimate(runs(), (r) => component(r, "server").meanWait);
    await annotate(expectCovers("Wq", est, theory.meanWait));
  });

  it("M/M/c mean queue length matches Lq = λ·C(c, a)/(cμ-λ)", async ({ annotate }) => {
    const est = estimate(runs(), (r) => component(r, "server").meanQueue);
    await annotate(expectCovers("Lq", est, theory.meanQueue));
  });

  it("M/M/c mean sojourn time matches Wq + 1/μ", async ({ annotate }) => {
    const est = estimate(runs(), (r) => r.latency.mean);
    await annotate(expectCovers("W", est, theory.meanSojourn));
  });

  it("M/M/c utilisation matches λ/(cμ) = 0.8", async ({ annotate }) => {
    const est = estimate(runs(), (r) => component(r, "server").utilization);
    await annotate(expectCovers("utilization", est, theory.utilization));
  });
});
