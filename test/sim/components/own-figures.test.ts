import { describe, expect, it } from "vitest";
import { runScenario } from "../../../src/sim/run";
import { constant, exp, openClient, scenario, server } from "../scenarios";
import { component, uniformClient } from "./workloads";

/**
 * A tandem: s1 does 10 ms of work and calls s2, which has one worker and no waiting room, so it
 * turns away what arrives while it is busy. s1's `rejected` is end to end (what its callers
 * saw); its own rejections are none.
 */
const tandem = scenario({
  duration: 200,
  warmup: 10,
  components: [
    openClient("users", "s1", 40),
    server("s1", constant(0.01), { workers: 8, calls: [{ target: "s2", mode: "sync" }] }),
    server("s2", exp(0.02), { queue: 0 }),
  ],
});

describe("a server's own figures", () => {
  const summary = runScenario(tandem);
  const s1 = component(summary, "s1");
  const s2 = component(summary, "s2");

  it("counts as its own rejections none of those its callee made", () => {
    expect(s2.rejected).toBeGreaterThan(1000);
    expect(s1.own?.rejected).toBe(0);
    expect(s1.own?.failed).toBe(0);
  });

  it("keeps its end-to-end rejections: every one its callee made", () => {
    expect(s1.rejected).toBe(s2.rejected);
    expect(s2.own?.rejected).toBe(s2.rejected);
  });

  it("times its own service and sojourn apart from the call's", () => {
    expect(s1.own?.meanService).toBeCloseTo(0.01, 12);
    expect(s1.own?.meanWait).toBe(s1.meanWait);
    expect(s1.own?.meanSojourn).toBeCloseTo((s1.own?.meanWait ?? 0) + 0.01, 12);
    // End to end it also waits for s2's answers.
    expect(s1.latency?.mean).toBeGreaterThan((s1.own?.meanSojourn ?? 0) + 0.01);
  });

  it("counts an injected error as its own failure", () => {
    const errors = runScenario(
      scenario({
        duration: 100,
        components: [uniformClient("users", "web", 10), server("web", constant(0.01))],
        faults: [{ kind: "errors", target: "web", at: 0, duration: 1e9, rate: 1 }],
      }),
    );
    const web = component(errors, "web");
    expect(web.failed).toBeGreaterThan(900);
    expect(web.own?.failed).toBe(web.failed);
    expect(web.own?.rejected).toBe(0);
  });
});
