import { describe, expect, it } from "vitest";
import { buildModel } from "../../src/sim/build";
import { runScenario } from "../../src/sim/run";
import { constant, openClient, scenario, server } from "./scenarios";

/** One server failing at random: up for 90 s on average, down for 10 s. */
const flaky = scenario({
  duration: 20000,
  components: [
    openClient("users", "web", 10, {
      workload: { kind: "open", rate: 10, arrival: "uniform", schedule: [] },
    }),
    server("web", constant(0.001), { failures: { mtbf: 90, mttr: 10 } }),
  ],
});

describe("random failures by MTBF and MTTR", () => {
  it("keep an instance down for mttr / (mtbf + mttr) of the time", () => {
    const summary = runScenario(flaky);
    // Arrivals while down are refused: their share estimates the unavailability, 10%.
    const share = summary.requests.failures.unavailable / summary.requests.generated;
    expect(share).toBeGreaterThan(0.08);
    expect(share).toBeLessThan(0.12);
  });

  it("draw each instance's failures from its own stream, so room for more replicas changes nothing", () => {
    const a = buildModel(flaky, "1");
    const b = buildModel(flaky, "1", { replicaHeadroom: 4 });
    a.sim.runUntil(2000);
    b.sim.runUntil(2000);
    expect(b.clients[0].stats.outcomes).toEqual(a.clients[0].stats.outcomes);
  });
});
