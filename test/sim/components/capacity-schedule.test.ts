import { describe, expect, it } from "vitest";
import type { CapacityChange, RateChange } from "../../../src/scenario/types";
import { runScenario } from "../../../src/sim/run";
import { balancer, constant, exp, openClient, scenario, server } from "../scenarios";

/** Evenly spaced arrivals at 1/s, switched on and off by `schedule`. */
function arrivals(schedule: RateChange[], target = "web") {
  return openClient("users", target, 1, {
    workload: { kind: "open", rate: 1, arrival: "uniform", schedule },
  });
}

function run(components: Parameters<typeof scenario>[0]["components"], duration = 40) {
  return runScenario(scenario({ name: "capacity", duration, components }), { seed: "1" });
}

describe("a server's capacity schedule", () => {
  it("lets requests in service finish when workers are cut, and serves the queue with fewer", () => {
    // Arrivals at 1, 2, 3, 4 find four workers; at 5 the workers become 1. Those at 6.5 and
    // 7.5 wait until all four have finished (14), then go one at a time: done at 24 and 34.
    const summary = run([
      arrivals([
        { at: 4.5, rate: 0 },
        { at: 5.5, rate: 1 },
        { at: 7.9, rate: 0 },
      ]),
      server("web", constant(10), { workers: 4, cores: 4, schedule: [{ at: 5, workers: 1 }] }),
    ]);
    expect(summary.requests).toMatchObject({ generated: 6, completed: 6, failed: 0, inFlight: 0 });
    expect(summary.latency.max).toBeCloseTo(26.5, 9);
    expect(summary.components.web.meanWait).toBeCloseTo((7.5 + 16.5) / 6, 9);
  });

  it("drains a removed replica: what it holds, queue included, is served, none refused", () => {
    // Round robin: replica 0 gets the arrivals at 1 and 3, replica 1 those at 2 and 4. At 5
    // replica 1 goes away holding one request in service and one queued; both finish there.
    const summary = run([
      arrivals([{ at: 4.5, rate: 0 }], "lb"),
      balancer("lb", ["web"], "round-robin"),
      server("web", constant(10), { replicas: 2, schedule: [{ at: 5, replicas: 1 }] }),
    ]);
    expect(summary.requests).toMatchObject({ generated: 4, completed: 4, failed: 0, inFlight: 0 });
    expect(summary.latency.max).toBeCloseTo(18, 9);
  });

  it("sends to a replica again once the schedule brings it back", () => {
    const summary = run(
      [
        arrivals([], "lb"),
        balancer("lb", ["web"], "round-robin"),
        server("web", constant(0.5), {
          replicas: 2,
          schedule: [
            { at: 10.5, replicas: 1 },
            { at: 20.5, replicas: 2 },
          ],
        }),
      ],
      30.5,
    );
    // 30 arrivals; the 10 of 11..20 all go to replica 0, the rest alternate.
    expect(summary.components.lb.sent?.["web#1"]).toBe(10);
    expect(summary.components.lb.sent?.["web#0"]).toBe(20);
  });

  it("loses no request through scale-downs and scale-ups under random load", () => {
    const schedule: CapacityChange[] = [
      { at: 100, replicas: 1 },
      { at: 150, workers: 1 },
      { at: 200, replicas: 5, workers: 3 },
      { at: 250, replicas: 2 },
    ];
    const summary = runScenario(
      scenario({
        name: "capacity",
        duration: 300,
        components: [
          openClient("users", "lb", 30),
          balancer("lb", ["web"], "least-connections"),
          server("web", exp(0.1), { replicas: 4, workers: 2, cores: 2, queue: 50, schedule }),
        ],
      }),
      { seed: "7" },
    );
    const r = summary.requests;
    expect(r.generated).toBeGreaterThan(8000);
    expect(r.completed + r.failed + r.inFlight).toBe(r.generated);
    expect(r.failures.unavailable).toBe(0);
  });
});
