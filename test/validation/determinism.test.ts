import { describe, expect, it } from "vitest";
import { runScenario } from "../../src/sim/run";
import type { Summary } from "../../src/sim/summary";
import { balancer, closedClient, exp, openClient, scenario, server } from "../sim/scenarios";

/**
 * A scenario that draws from every kind of stream: Poisson and closed workloads, a random
 * balancer, lognormal service with processor sharing, network latency, timeouts, jittered
 * retries and a crash.
 */
const busy = scenario({
  name: "determinism",
  duration: 300,
  warmup: 20,
  network: { dist: "exp", mean: 0.002 },
  components: [
    openClient("shoppers", "lb", 30, {
      timeout: 1,
      retry: { max: 3, backoff: 0.05, multiplier: 2, jitter: true },
    }),
    closedClient("admins", "api", 5, exp(2)),
    balancer("lb", ["web"], "random"),
    server(
      "web",
      { dist: "lognormal", mean: 0.05, cv: 2 },
      {
        replicas: 3,
        workers: 8,
        cores: 2,
        blocking: false,
        calls: [{ target: "api", mode: "sync" }],
      },
    ),
    server("api", exp(0.01), { workers: 4, queue: 50 }),
  ],
  faults: [{ kind: "crash", at: 100, target: "web", duration: 10, instance: 1 }],
});

/** The summary as JSON without `wallSeconds`, the one figure that depends on the machine. */
function fingerprint(summary: Summary): string {
  const { wallSeconds: _, ...rest } = summary;
  return JSON.stringify(rest);
}

describe("determinism", () => {
  it("gives identical summaries for the same scenario and seed", () => {
    const first = runScenario(busy, { seed: "validation/determinism" });
    const second = runScenario(busy, { seed: "validation/determinism" });
    expect(first.requests.completed).toBeGreaterThan(1000);
    expect(first.retries).toBeGreaterThan(0);
    expect(fingerprint(second)).toBe(fingerprint(first));
  });

  it("gives different numbers for another seed", () => {
    const first = runScenario(busy, { seed: "validation/determinism" });
    const other = runScenario(busy, { seed: "validation/determinism-2" });
    expect(other.latency.mean).not.toBe(first.latency.mean);
    expect(other.events).not.toBe(first.events);
    expect(other.requests.generated).not.toBe(first.requests.generated);
    expect(fingerprint(other)).not.toBe(fingerprint(first));
  });
});
