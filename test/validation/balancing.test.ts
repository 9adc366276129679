import { describe, it } from "vitest";
import type { LoadBalancer } from "../../src/scenario/types";
import { ekm1, mm1, mm1SojournQuantile, mmc } from "../../src/theory";
import { balancer, exp, openClient, scenario, server } from "../sim/scenarios";
import {
  component,
  estimate,
  expectBelow,
  expectCovers,
  HISTOGRAM_SLACK,
  once,
  replicate,
} from "./support";

/**
 * A Poisson stream spread by a balancer over identical exponential servers (one server with
 * `replicas`, each replica a backend). 20 replications; the same seed for every algorithm, so
 * arrivals and service times are common random numbers and only the routing differs.
 */
const REPLICATIONS = 20;

function balancedRuns(
  algorithm: LoadBalancer["algorithm"],
  replicas: number,
  lambda: number,
  customers: number,
  warmup: number,
  seed: string,
) {
  return replicate(
    scenario({
      name: `${algorithm} over ${replicas}`,
      warmup,
      duration: warmup + customers / lambda,
      components: [
        openClient("client", "lb", lambda),
        balancer("lb", ["server"], algorithm),
        server("server", exp(1), { replicas }),
      ],
    }),
    seed,
    REPLICATIONS,
  );
}

describe("splitting λ = 2.4 over 3 identical servers (μ = 1, ρ = 0.8)", () => {
  const lambda = 2.4;
  const k = 3;
  const customers = 150_000;
  const random = once(() => balancedRuns("random", k, lambda, customers, 1000, "validation/split"));
  const roundRobin = once(() =>
    balancedRuns("round-robin", k, lambda, customers, 1000, "validation/split"),
  );
  // Random routing thins a Poisson stream into k independent Poisson streams of rate λ/k:
  // each server is M/M/1 at 0.8, W = 5 s, Wq = 4 s, sojourn ~ Exp(0.2).
  const randomTheory = mm1(lambda / k, 1);
  // Round robin gives each server every k-th arrival: Erlang-3 interarrival times of mean 1.25 s,
  // an E3/M/1 queue: σ = 0.7108, W = 1/(μ(1-σ)) = 3.4594 s, sojourn ~ Exp(μ(1-σ)) (GI/M/1).
  const rrTheory = ekm1(lambda / k, 1, k);

  it("random routing: each server is M/M/1 at λ/k, mean sojourn 1/(μ-λ/k)", async ({
    annotate,
  }) => {
    const est = estimate(random(), (r) => r.latency.mean);
    await annotate(expectCovers("W", est, randomTheory.meanSojourn));
  });

  it("random routing: mean wait at each server matches the M/M/1 Wq at λ/k", async ({
    annotate,
  }) => {
    const est = estimate(random(), (r) => component(r, "server").meanWait);
    await annotate(expectCovers("Wq", est, randomTheory.meanWait));
  });

  it("random routing: p99 matches the M/M/1 sojourn quantile at λ/k", async ({ annotate }) => {
    const want = mm1SojournQuantile(lambda / k, 1, 0.99);
    const est = estimate(random(), (r) => r.latency.p99);
    await annotate(expectCovers("p99", est, want, HISTOGRAM_SLACK * want));
  });

  it("round robin: each server is E_k/M/1, mean sojourn matches ekm1", async ({ annotate }) => {
    const est = estimate(roundRobin(), (r) => r.latency.mean);
    await annotate(expectCovers("W", est, rrTheory.meanSojourn));
  });

  it("round robin: mean wait matches the E_k/M/1 Wq = σ/(μ(1-σ))", async ({ annotate }) => {
    const est = estimate(roundRobin(), (r) => component(r, "server").meanWait);
    await annotate(expectCovers("Wq", est, rrTheory.meanWait));
  });

  it("round robin: p99 matches the exponential GI/M/1 sojourn, ln(100)·W", async ({ annotate }) => {
    const want = Math.log(100) * rrTheory.meanSojourn;
    const est = estimate(roundRobin(), (r) => r.latency.p99);
    await annotate(expectCovers("p99", est, want, HISTOGRAM_SLACK * want));
  });

  it("both routings keep each server busy λ/(kμ) = 0.8 of the time", async ({ annotate }) => {
    for (const [name, runs] of [
      ["random", random],
      ["round robin", roundRobin],
    ] as const) {
      const est = estimate(runs(), (r) => component(r, "server").utilization);
      await annotate(expectCovers(`utilization (${name})`, est, randomTheory.utilization));
    }
  });
});

describe("balancing λ = 3.6 over 4 servers at high load (μ = 1, ρ = 0.9)", () => {
  const lambda = 3.6;
  const k = 4;
  const customers = 100_000;
  const warmup = 2000;
  const seed = "validation/orderings";
  const random = once(() => balancedRuns("random", k, lambda, customers, warmup, seed));
  const leastConnections = once(() =>
    balancedRuns("least-connections", k, lambda, customers, warmup, seed),
  );
  const powerOfTwo = once(() => balancedRuns("power-of-two", k, lambda, customers, warmup, seed));
  const mean = (runs: () => ReturnType<typeof random>) => estimate(runs(), (r) => r.latency.mean);
  const p99 = (runs: () => ReturnType<typeof random>) => estimate(runs(), (r) => r.latency.p99);

  it("random routing at ρ = 0.9 still matches M/M/1 at λ/k: W = 10 s", async ({ annotate }) => {
    await annotate(expectCovers("W (random)", mean(random), mm1(lambda / k, 1).meanSojourn));
  });

  it("least-connections has a lower mean latency and p99 than random", async ({ annotate }) => {
    await annotate(expectBelow("W lc", mean(leastConnections), "W random", mean(random)));
    await annotate(expectBelow("p99 lc", p99(leastConnections), "p99 random", p99(random)));
  });

  it("power-of-two has a lower mean latency and p99 than random", async ({ annotate }) => {
    await annotate(expectBelow("W p2", mean(powerOfTwo), "W random", mean(random)));
    await annotate(expectBelow("p99 p2", p99(powerOfTwo), "p99 random", p99(random)));
  });

  it("least-connections has a lower mean latency than power-of-two", async ({ annotate }) => {
    // Joining the shortest queue is optimal for identical exponential servers (Winston 1977);
    // two random choices come close but not all the way (Mitzenmacher 2001).
    await annotate(expectBelow("W lc", mean(leastConnections), "W p2", mean(powerOfTwo)));
  });

  it("least-connections cannot beat one shared queue: W >= the M/M/4 sojourn", async ({
    annotate,
  }) => {
    // A central FCFS queue feeding 4 servers (M/M/4, W = 2.969 s) is a lower bound for any
    // routing that commits each request to one server on arrival.
    const bound = mmc(lambda, 1, k).meanSojourn;
    await annotate(
      expectBelow("W M/M/4", { mean: bound, halfWidth: 0 }, "W lc", mean(leastConnections)),
    );
  });
});
