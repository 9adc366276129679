import { describe, expect, it } from "vitest";
import type { LoadBalancer as BalancerSpec, Client, Scenario } from "../../../src/scenario/types";
import { runScenario } from "../../../src/sim/run";
import { balancer, constant, scenario, server } from "../scenarios";
import { burstClient, component, downForGood, uniformClient } from "./workloads";

/**
 * Requests every 0.25 s for 40 s, round robin over two replicas, and replica 1 crashed from
 * 10 s to 30 s.
 */
function crashOfOneReplica(lb: Partial<BalancerSpec>) {
  return runScenario(
    scenario({
      duration: 40,
      components: [
        uniformClient("client", "lb", 4),
        balancer("lb", ["server"], "round-robin", lb),
        server("server", constant(0.1), { replicas: 2 }),
      ],
      faults: [{ kind: "crash", at: 10, target: "server", duration: 20, instance: 1 }],
    }),
  );
}

describe("LoadBalancer, least-response-time and failures", () => {
  it("counts a failed answer as slow, so a dead backend that refuses at once is not preferred", () => {
    const summary = crashOfOneReplica({ algorithm: "least-response-time" });
    const roundRobin = crashOfOneReplica({});
    // Instant refusals would make the dead replica look fastest and win nearly every pick.
    expect(summary.requests.failures.unavailable).toBeLessThan(
      roundRobin.requests.failures.unavailable,
    );
  });
});

describe("LoadBalancer, health checks", () => {
  it("keeps sending to a dead backend without a health check", () => {
    const summary = crashOfOneReplica({});
    // Every other request of the 80 sent from 10 to 29.75 s.
    expect(summary.requests.failures.unavailable).toBe(40);
    expect(component(summary, "lb").sent).toEqual({ "server#0": 80, "server#1": 80 });
  });

  it("takes a backend out after unhealthyAfter failed checks and back after healthyAfter passes", () => {
    const summary = crashOfOneReplica({
      healthCheck: { interval: 1, unhealthyAfter: 3, healthyAfter: 2 },
    });
    // Checks fail at 10, 11 and 12 s: the 4 requests sent to replica 1 from 10 to 11.75 s fail.
    // Checks pass at 30 and 31 s: replica 1 is back in rotation from 31 s.
    expect(summary.requests.failures.unavailable).toBe(4);
    expect(component(summary, "lb").sent).toEqual({
      "server#0": 20 + 4 + 76 + 18,
      "server#1": 19 + 4 + 19,
    });
  });

  it("fails requests as unavailable itself when no backend is left in rotation", () => {
    const summary = runScenario(
      scenario({
        duration: 10,
        components: [
          uniformClient("client", "lb", 4),
          balancer("lb", ["server"], "round-robin", {
            healthCheck: { interval: 1, unhealthyAfter: 1, healthyAfter: 1 },
          }),
          server("server", constant(0.1), { replicas: 2 }),
        ],
        faults: [downForGood("server")],
      }),
    );
    expect(summary.requests.failures.unavailable).toBe(40);
    // Only the three requests before the first check at 1 s reached a (dead) replica.
    const sent = component(summary, "lb").sent ?? {};
    expect(sent["server#0"] + sent["server#1"]).toBe(3);
  });
});

describe("LoadBalancer, rate limit", () => {
  it("rejects what exceeds the token bucket's rate plus burst", () => {
    // 8 requests a second for 10 s into a bucket of 5 refilled at 2 a second: the first 6 pass,
    // then every 4th: 6 + 18 = 24 (the 0.25 token of the first 1/8 s is lost to the full bucket).
    const summary = runScenario(
      scenario({
        duration: 10,
        components: [
          uniformClient("client", "lb", 8),
          balancer("lb", ["server"], "round-robin", { rateLimit: { rate: 2, burst: 5 } }),
          server("server", constant(0)),
        ],
      }),
    );
    expect(summary.requests.completed).toBe(24);
    expect(summary.requests.failures.rejected).toBe(56);
    expect(component(summary, "lb").rejected).toBe(56);
  });
});

describe("LoadBalancer, forwarding", () => {
  it("reports the requests sent to each backend, a target of weight w counting w times", () => {
    const summary = runScenario(
      scenario({
        duration: 10,
        components: [
          uniformClient("client", "lb", 4),
          balancer("lb", [], "weighted-round-robin", {
            targets: [
              { id: "big", weight: 3 },
              { id: "small", weight: 1 },
            ],
          }),
          server("big", constant(0)),
          server("small", constant(0)),
        ],
      }),
    );
    expect(component(summary, "lb").sent).toEqual({ big: 30, small: 10 });
  });

  it("lets DNS tell apart clients that keep no row per request: each sticks to the backend it resolved", () => {
    const summary = runScenario(
      scenario({
        duration: 10,
        components: [
          uniformClient("a", "lb", 4),
          uniformClient("b", "lb", 4),
          balancer("lb", ["server"], "dns", { ttl: 100 }),
          server("server", constant(0.01), { replicas: 2 }),
        ],
      }),
    );
    expect(component(summary, "lb").sent).toEqual({ "server#0": 40, "server#1": 40 });
  });

  it("adds its own service time to every request", () => {
    const summary = runScenario(
      scenario({
        duration: 10,
        components: [
          uniformClient("client", "lb", 1),
          balancer("lb", ["server"], "round-robin", { service: constant(0.5) }),
          server("server", constant(0.25)),
        ],
      }),
    );
    expect(summary.latency.mean).toBe(0.75);
    expect(component(summary, "lb").latency?.mean).toBe(0.75);
  });

  it("learns response times from answers: least-response-time tries the slow backend until it has answered once", () => {
    // Requests every 0.5 s. 1st: both unmeasured, fast. 2nd and 3rd: slow is still unmeasured
    // (score 0). From 2 s, slow has answered in 1 s and is never chosen again.
    const summary = runScenario(
      scenario({
        duration: 100,
        components: [
          uniformClient("client", "lb", 2),
          balancer("lb", ["fast", "slow"], "least-response-time"),
          server("fast", constant(0.1)),
          server("slow", constant(1), { workers: 10 }),
        ],
      }),
    );
    expect(component(summary, "lb").sent).toEqual({ fast: 198, slow: 2 });
  });

  it("loses what it holds when it crashes and refuses requests while down", () => {
    // Requests at 1 .. 8 s spending 1 s in the balancer; it is down from 5.5 to 6.5 s: the
    // request of 5 s is lost and the one of 6 s refused.
    const summary = runScenario(
      scenario({
        duration: 20,
        components: [
          burstClient("client", "lb", 1, 8),
          balancer("lb", ["server"], "round-robin", { service: constant(1) }),
          server("server", constant(0)),
        ],
        faults: [{ kind: "crash", at: 5.5, target: "lb", duration: 1 }],
      }),
    );
    expect(summary.requests.completed).toBe(6);
    expect(summary.requests.failures).toEqual({
      rejected: 0,
      timeout: 0,
      unavailable: 2,
      error: 0,
    });
  });
});

describe("LoadBalancer, crashing while its requests are at the backend", () => {
  // Requests at 1 .. 8 s through a balancer that takes no time to a server taking 2.2 s; the
  // balancer is down from 5.5 to 6.5 s, while the requests of 4 and 5 s are at the server, and
  // refuses the one of 6 s.
  const crash = (client: Partial<Client>) =>
    runScenario(
      scenario({
        duration: 20,
        components: [
          burstClient("client", "lb", 1, 8, client),
          balancer("lb", ["server"], "round-robin"),
          server("server", constant(2.2), { workers: 10 }),
        ],
        faults: [{ kind: "crash", at: 5.5, target: "lb", duration: 1 }],
      }),
    );

  it("answers their callers unavailable at once, while the server still serves them for nobody", () => {
    const summary = crash({});
    expect(summary.requests.completed).toBe(5);
    expect(summary.requests.failures).toEqual({
      rejected: 0,
      timeout: 0,
      unavailable: 3,
      error: 0,
    });
    expect(component(summary, "server").served).toBe(7);
    expect(summary.latency.max).toBeCloseTo(2.2, 12);
  });

  it("leaves callers with a timeout waiting for it, as for any lost request", () => {
    const summary = crash({ timeout: 10 });
    expect(summary.requests.completed).toBe(5);
    expect(summary.requests.failures).toEqual({
      rejected: 0,
      timeout: 2,
      unavailable: 1,
      error: 0,
    });
    expect(component(summary, "server").served).toBe(7);
  });
});

describe("LoadBalancer, errors", () => {
  it("fails the given share of requests with error before forwarding them", () => {
    const s: Scenario = scenario({
      duration: 10,
      components: [
        uniformClient("client", "lb", 4),
        balancer("lb", ["server"], "round-robin"),
        server("server", constant(0)),
      ],
      faults: [{ kind: "errors", at: 0, target: "lb", duration: 1e9, rate: 1 }],
    });
    const summary = runScenario(s);
    expect(summary.requests.failures.error).toBe(40);
    expect(component(summary, "server").served).toBe(0);
  });
});
