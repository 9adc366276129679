import { describe, expect, it } from "vitest";
import type { Cdn } from "../../../src/scenario/types";
import { runScenario } from "../../../src/sim/run";
import { constant, openClient, scenario, server } from "../scenarios";

describe("a CDN in front of an origin", () => {
  it("answers its hit ratio at the edge and sends only the misses to the origin", () => {
    const cdn: Cdn = {
      type: "cdn",
      id: "cdn",
      hitRatio: 0.9,
      hit: constant(0.005),
      origin: "origin",
    };
    const summary = runScenario(
      scenario({
        duration: 100,
        components: [
          openClient("browsers", "cdn", 200),
          cdn,
          server("origin", constant(0.1), { workers: 100 }),
        ],
      }),
    );
    const edge = summary.components.cdn;
    expect(edge.hitRatio).toBeGreaterThan(0.88);
    expect(edge.hitRatio).toBeLessThan(0.92);
    expect(summary.components.origin.served! / summary.requests.completed).toBeCloseTo(0.1, 1);
    expect(summary.latency.p50).toBeCloseTo(0.005, 3);
    expect(summary.latency.p99).toBeCloseTo(0.1, 2);
  });
});
