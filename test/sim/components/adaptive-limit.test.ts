import { describe, expect, it } from "vitest";
import { runScenario } from "../../../src/sim/run";
import { exp, openClient, scenario, server } from "../scenarios";

/** 150 requests/s for a server of 8 workers at 10 ms a request (800/s) until its backend slows. */
const overloaded = (limited: boolean) =>
  scenario({
    duration: 120,
    warmup: 10,
    faults: [{ kind: "slow", at: 30, target: "api", duration: 200, factor: 8 }],
    components: [
      openClient("users", "api", 150, { timeout: 2 }),
      server("api", exp(0.01), {
        workers: 8,
        adaptiveLimit: limited ? { target: 0.1, initial: 20, min: 1, max: 200 } : undefined,
      }),
    ],
  });

describe("an adaptive concurrency limit", () => {
  it("sheds load at once when latency rises, instead of queueing until clients give up", () => {
    const open = runScenario(overloaded(false));
    const limited = runScenario(overloaded(true));
    // Slowed 8x the server can do 100/s of the 150 offered.
    expect(limited.components.api.limitRejected).toBeGreaterThan(1000);
    expect(limited.latency.p99).toBeLessThan(open.latency.p99 / 3);
    expect(limited.throughput).toBeGreaterThan(open.throughput);
    expect(limited.components.api.concurrencyLimit).toBeLessThan(20);
  });
});
