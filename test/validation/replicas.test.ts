import { describe, expect, it } from "vitest";
import { ekm1, mm1 } from "../../src/theory";
import { balancer, exp, openClient, scenario, server } from "../sim/scenarios";
import { component, estimate, expectCovers, once, replicate } from "./support";

/**
 * Each replica's own figures (`perReplica`, `hottestReplica`) against the queue each replica is.
 * A random balancer thins a Poisson stream into independent Poisson streams, so each of three
 * replicas is M/M/1 at λ/3; a server dealing its own requests round robin hands each replica
 * every third one, Erlang-3 gaps: E_3/M/1. 20 replications of 40,000 requests.
 */
const REPLICATIONS = 20;
const REQUESTS = 40_000;
const WARMUP = 200;
const LAMBDA = 1.8;
const REPLICAS = 3;
const SLOTS = ["web#0", "web#1", "web#2"];

function runsOf(name: string, throughBalancer: boolean) {
  return once(() =>
    replicate(
      scenario({
        name,
        warmup: WARMUP,
        duration: WARMUP + REQUESTS / LAMBDA,
        components: throughBalancer
          ? [
              openClient("users", "lb", LAMBDA),
              balancer("lb", ["web"], "random"),
              server("web", exp(1), { replicas: REPLICAS }),
            ]
          : [openClient("users", "web", LAMBDA), server("web", exp(1), { replicas: REPLICAS })],
      }),
      `validation/${name}`,
      REPLICATIONS,
    ),
  );
}

describe("three replicas behind a random balancer (λ 1.8, μ 1): each M/M/1 at 0.6", () => {
  const runs = runsOf("replicas-random", true);
  const theory = mm1(LAMBDA / REPLICAS, 1);

  it.for(SLOTS)("%s is busy ρ = 0.6 of the time", async (slot, { annotate }) => {
    const est = estimate(runs(), (r) => component(r, "web").perReplica[slot].utilization);
    await annotate(expectCovers(`${slot} utilization`, est, theory.utilization));
  });

  it.for(SLOTS)("%s holds Lq = ρ²/(1 − ρ) = 0.9 waiting", async (slot, { annotate }) => {
    const est = estimate(runs(), (r) => component(r, "web").perReplica[slot].meanQueue);
    await annotate(expectCovers(`${slot} meanQueue`, est, theory.meanQueue));
  });

  it("sums the replicas' queues into the server's, 3 × 0.9", async ({ annotate }) => {
    const est = estimate(runs(), (r) => component(r, "web").meanQueue);
    await annotate(expectCovers("meanQueue", est, REPLICAS * theory.meanQueue));
  });

  it("names as hottest the replica of the highest utilisation, with its figures", () => {
    for (const run of runs()) {
      const { perReplica, hottestReplica, served } = component(run, "web");
      const busiest = Object.entries(perReplica).reduce((a, b) =>
        b[1].utilization > a[1].utilization ? b : a,
      );
      expect(hottestReplica).toEqual({ replica: busiest[0], ...busiest[1] });
      const replicasServed = Object.values(perReplica).reduce((sum, p) => sum + p.served, 0);
      expect(replicasServed).toBe(served);
    }
  });
});

describe("three replicas dealt round robin by the server itself: each E_3/M/1 at 0.6", () => {
  const runs = runsOf("replicas-round-robin", false);
  const theory = ekm1(LAMBDA / REPLICAS, 1, REPLICAS);

  it.for(SLOTS)("%s holds the E_3/M/1 queue, shorter than M/M/1's", async (slot, { annotate }) => {
    const est = estimate(runs(), (r) => component(r, "web").perReplica[slot].meanQueue);
    await annotate(expectCovers(`${slot} meanQueue`, est, theory.meanQueue));
  });
});
