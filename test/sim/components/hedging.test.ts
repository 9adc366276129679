import { describe, expect, it } from "vitest";
import type { Client } from "../../../src/scenario/types";
import { runScenario } from "../../../src/sim/run";
import { openClient, scenario, server } from "../scenarios";

/**
 * A service whose latency has a heavy tail: most requests take about 10 ms, one in twenty
 * takes a second (a garbage collection pause, a slow disk). Plenty of workers, so copies are cheap.
 */
function tail(hedge?: Client["hedge"], timeout?: number) {
  return scenario({
    duration: 300,
    warmup: 10,
    components: [
      openClient("users", "api", 50, { hedge, timeout }),
      server("api", { dist: "pareto", min: 0.005, alpha: 1.1 }, { workers: 1000 }),
    ],
  });
}

describe("hedged requests", () => {
  it("cut the tail: a second copy after 50 ms answers most of the slow requests", () => {
    const plain = runScenario(tail());
    const hedged = runScenario(tail({ after: 0.05 }));
    expect(hedged.latency.p99).toBeLessThan(plain.latency.p99 / 2);
    const copies = hedged.components.users.hedged!;
    // Only the slow few are copied, so the extra load is small.
    expect(copies).toBeGreaterThan(0);
    expect(copies).toBeLessThan(0.15 * hedged.requests.generated);
    expect(hedged.components.api.served!).toBeGreaterThan(plain.components.api.served!);
  });

  it("keep every request accounted for, copies and timeouts included", () => {
    const hedged = runScenario(tail({ after: 0.02 }, 0.1));
    const r = hedged.requests;
    expect(r.generated).toBe(r.completed + r.failed + r.inFlight);
    expect(r.failures.timeout).toBeGreaterThan(0);
  });

  it("wait for the other copy when one fails", () => {
    const summary = runScenario(
      scenario({
        duration: 100,
        faults: [{ kind: "errors", at: 0, target: "api", duration: 1000, rate: 0.5 }],
        components: [
          openClient("users", "api", 20, { hedge: { after: 0.001 } }),
          server("api", { dist: "const", value: 0.01 }, { workers: 100 }),
        ],
      }),
    );
    // A request fails only when both copies fail: about a quarter instead of a half.
    const share = summary.requests.failed / summary.requests.generated;
    expect(share).toBeGreaterThan(0.2);
    expect(share).toBeLessThan(0.3);
  });
});
