import { describe, expect, it } from "vitest";
import type { Scenario } from "../../src/scenario/types";
import { buildModel } from "../../src/sim/build";
import { runScenario } from "../../src/sim/run";
import type { Summary } from "../../src/sim/summary";
import { uniformClient } from "./components/workloads";
import { balancer, closedClient, constant, exp, openClient, scenario, server } from "./scenarios";

/** The summary as JSON without `wallSeconds`, the one figure that depends on the machine. */
function fingerprint(summary: Summary): string {
  const { wallSeconds: _, ...rest } = summary;
  return JSON.stringify(rest);
}

const eventful: Scenario = scenario({
  duration: 60,
  warmup: 5,
  network: { dist: "uniform", min: 0.001, max: 0.003 },
  components: [
    openClient("shoppers", "lb", 40, {
      timeout: 0.5,
      retry: { max: 2, backoff: 0.02, multiplier: 3, jitter: true },
      mix: [
        { class: "read", weight: 4 },
        { class: "write", weight: 1 },
      ],
      keys: { count: 100, zipf: 1.1 },
    }),
    balancer("lb", ["web"], "power-of-two", {
      healthCheck: { interval: 0.5, unhealthyAfter: 2, healthyAfter: 2 },
    }),
    server("web", { dist: "erlang", mean: 0.05, k: 2 }, { replicas: 3, workers: 2 }),
  ],
  faults: [
    { kind: "crash", at: 20, target: "web", duration: 5, instance: 0 },
    { kind: "slow", at: 30, target: "web", duration: 10, factor: 4 },
    { kind: "errors", at: 45, target: "web", duration: 5, rate: 0.2, instance: 2 },
  ],
});

describe("buildModel", () => {
  it("gives identical summaries for two builds of a scenario with faults, retries and a balancer", () => {
    const first = runScenario(eventful);
    const second = runScenario(eventful);
    expect(first.retries).toBeGreaterThan(0);
    expect(first.requests.failed).toBeGreaterThan(0);
    expect(fingerprint(second)).toBe(fingerprint(first));
  });

  it("gives each component its own streams: adding another leaves its numbers unchanged", () => {
    const pair = [openClient("a", "sa", 10), server("sa", exp(0.08))];
    const alone = runScenario(scenario({ duration: 100, components: pair }));
    const crowded = runScenario(
      scenario({
        duration: 100,
        // Listed first, so every component of the pair gets another index.
        components: [closedClient("b", "sb", 3, exp(1)), server("sb", exp(0.5)), ...pair],
      }),
    );
    expect(crowded.components.a).toEqual(alone.components.a);
    expect(crowded.components.sa).toEqual(alone.components.sa);
  });

  it("lists request classes in order of first appearance over the clients", () => {
    const model = buildModel(
      scenario({
        components: [
          uniformClient("c1", "s", 1, {
            mix: [
              { class: "read", weight: 1 },
              { class: "write", weight: 1 },
            ],
          }),
          uniformClient("c2", "s", 1, {
            mix: [
              { class: "write", weight: 1 },
              { class: "admin", weight: 1 },
            ],
          }),
          server("s", constant(0)),
        ],
      }),
      "1",
    );
    expect(model.classes).toEqual(["read", "write", "admin"]);
    expect(model.clients.map((c) => c.id)).toEqual(["c1", "c2"]);
    expect(model.clients[1].classIndexOf(0)).toBe(1);
  });

  it("schedules each fault to begin and to end", () => {
    const model = buildModel(
      scenario({
        components: [
          uniformClient("client", "web", 1),
          server("web", constant(0), { replicas: 2 }),
        ],
        faults: [{ kind: "crash", at: 10, target: "web", duration: 5, instance: 1 }],
      }),
      "1",
    );
    const web = model.sim.components[1];
    const states: boolean[][] = [];
    for (const t of [9.9, 10, 14.9, 15]) {
      model.sim.runUntil(t);
      states.push([web.isUp(0), web.isUp(1)]);
    }
    expect(states).toEqual([
      [true, true],
      [true, false],
      [true, false],
      [true, true],
    ]);
  });

  it("restarts every component's statistics at the end of the warm-up", () => {
    const summary = runScenario(
      scenario({
        duration: 10,
        warmup: 5.5,
        components: [
          uniformClient("client", "lb", 1),
          balancer("lb", ["web"], "round-robin"),
          server("web", constant(0)),
        ],
      }),
    );
    expect(summary.requests.generated).toBe(5);
    expect(summary.components.web.served).toBe(5);
    expect(summary.components.lb.served).toBe(5);
    expect(summary.components.lb.sent).toEqual({ web: 5 });
  });
});
