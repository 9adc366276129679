import { describe, it } from "vitest";
import { jacksonNetwork, mva } from "../../src/theory";
import { closedClient, exp, openClient, scenario, server } from "../sim/scenarios";
import { component, estimate, expectCovers, HISTOGRAM_SLACK, once, replicate } from "./support";

/**
 * Networks of queues: an open tandem line (Jackson) and closed networks of users who think and
 * resubmit (exact MVA). A non-blocking server frees its worker while its sync call is out, so
 * client → A → B is two FCFS stations in series. 20 replications of 100,000 requests each.
 */
const REPLICATIONS = 20;
const REQUESTS = 100_000;

/**
 * The q-quantile of X1 + X2 with Xi ~ Exp(ai), a1 != a2 (hypoexponential):
 * P(X1 + X2 > t) = (a2·e^(-a1·t) - a1·e^(-a2·t)) / (a2 - a1), inverted by bisection.
 */
function hypoexponentialQuantile(a1: number, a2: number, q: number): number {
  const tail = (t: number) => (a2 * Math.exp(-a1 * t) - a1 * Math.exp(-a2 * t)) / (a2 - a1);
  let lo = 0;
  let hi = 1;
  while (tail(hi) > 1 - q) hi *= 2;
  for (let i = 0; i < 100; i++) {
    const mid = (lo + hi) / 2;
    if (tail(mid) > 1 - q) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

describe("tandem line client → A → B (λ = 0.5, μA = 1, μB = 1.25)", () => {
  const lambda = 0.5;
  const muA = 1;
  const muB = 1.25;
  const warmup = 500;
  const runs = once(() =>
    replicate(
      scenario({
        name: "tandem",
        warmup,
        duration: warmup + REQUESTS / lambda,
        components: [
          openClient("client", "a", lambda),
          server("a", exp(1 / muA), { blocking: false, calls: [{ target: "b", mode: "sync" }] }),
          server("b", exp(1 / muB)),
        ],
      }),
      "validation/tandem-2",
      REPLICATIONS,
    ),
  );
  // Jackson: each station is M/M/1 at λ: W = 1/(μA-λ) + 1/(μB-λ) = 2 + 1.333 = 3.333 s;
  // WqA = ρA/(μA-λ) = 1 s, WqB = ρB/(μB-λ) = 0.533 s.
  const theory = jacksonNetwork(lambda, [
    { servers: 1, serviceRate: muA, visits: 1 },
    { servers: 1, serviceRate: muB, visits: 1 },
  ]);

  it("tandem end-to-end mean sojourn equals the sum of two M/M/1 sojourns", async ({
    annotate,
  }) => {
    const est = estimate(runs(), (r) => r.latency.mean);
    await annotate(expectCovers("W", est, theory.meanSojourn));
  });

  it("tandem p99 matches the sum of two independent exponential sojourns (Reich)", async ({
    annotate,
  }) => {
    // Reich (1957): a customer's sojourns at successive M/M/1 FCFS stations are independent,
    // each Exp(μ-λ), so the end-to-end sojourn is hypoexponential with rates 0.5 and 0.75.
    const want = hypoexponentialQuantile(muA - lambda, muB - lambda, 0.99);
    const est = estimate(runs(), (r) => r.latency.p99);
    await annotate(expectCovers("p99", est, want, HISTOGRAM_SLACK * want));
  });

  it("tandem stations each wait as an M/M/1 at λ: Wq = ρ/(μ-λ)", async ({ annotate }) => {
    const a = estimate(runs(), (r) => component(r, "a").meanWait);
    await annotate(expectCovers("WqA", a, theory.stations[0].meanWait));
    const b = estimate(runs(), (r) => component(r, "b").meanWait);
    await annotate(expectCovers("WqB", b, theory.stations[1].meanWait));
  });

  it("tandem stations are each busy a fraction λ/μ of the time", async ({ annotate }) => {
    const a = estimate(runs(), (r) => component(r, "a").utilization);
    await annotate(expectCovers("utilization A", a, theory.stations[0].utilization));
    const b = estimate(runs(), (r) => component(r, "b").utilization);
    await annotate(expectCovers("utilization B", b, theory.stations[1].utilization));
  });
});

describe("closed network, N = 10 users, exponential think time Z = 5 s", () => {
  const users = 10;
  const think = 5;
  const warmup = 200;

  // One server, D = 0.5 s: MVA gives X = 1.5708/s, R = 1.3660 s.
  const single = once(() =>
    replicate(
      scenario({
        name: "closed, one server",
        warmup,
        duration: warmup + REQUESTS / 1.5,
        components: [closedClient("client", "a", users, exp(think)), server("a", exp(0.5))],
      }),
      "validation/mva-one",
      REPLICATIONS,
    ),
  );
  const singleTheory = mva(users, think, [{ kind: "queue", demand: 0.5 }]);

  // A (D = 0.4 s, non-blocking) calls B (D = 0.3 s): MVA gives X = 1.5761/s, R = 1.3448 s.
  const double = once(() =>
    replicate(
      scenario({
        name: "closed, two servers",
        warmup,
        duration: warmup + REQUESTS / 1.5,
        components: [
          closedClient("client", "a", users, exp(think)),
          server("a", exp(0.4), { blocking: false, calls: [{ target: "b", mode: "sync" }] }),
          server("b", exp(0.3)),
        ],
      }),
      "validation/mva-two",
      REPLICATIONS,
    ),
  );
  const doubleTheory = mva(users, think, [
    { kind: "queue", demand: 0.4 },
    { kind: "queue", demand: 0.3 },
  ]);

  it("closed network throughput matches exact MVA, one server", async ({ annotate }) => {
    const est = estimate(single(), (r) => r.throughput);
    await annotate(expectCovers("X", est, singleTheory.throughput));
  });

  it("closed network mean response time matches exact MVA, one server", async ({ annotate }) => {
    const est = estimate(single(), (r) => r.latency.mean);
    await annotate(expectCovers("R", est, singleTheory.responseTime));
  });

  it("closed network utilisation matches U = X·D, one server", async ({ annotate }) => {
    const est = estimate(single(), (r) => component(r, "a").utilization);
    await annotate(expectCovers("utilization", est, singleTheory.utilizations[0]));
  });

  it("closed network throughput matches exact MVA, two servers in series", async ({ annotate }) => {
    const est = estimate(double(), (r) => r.throughput);
    await annotate(expectCovers("X", est, doubleTheory.throughput));
  });

  it("closed network mean response time matches exact MVA, two servers in series", async ({
    annotate,
  }) => {
    const est = estimate(double(), (r) => r.latency.mean);
    await annotate(expectCovers("R", est, doubleTheory.responseTime));
  });

  it("closed network residence time at the second server matches MVA's R_B", async ({
    annotate,
  }) => {
    const est = estimate(double(), (r) => component(r, "b").latency.mean);
    await annotate(expectCovers("R_B", est, doubleTheory.residenceTimes[1]));
    const busy = estimate(double(), (r) => component(r, "b").utilization);
    await annotate(expectCovers("utilization B", busy, doubleTheory.utilizations[1]));
  });
});
