import { describe, expect, it } from "vitest";
import type { Server } from "../../../src/scenario/types";
import { runScenario } from "../../../src/sim/run";
import { exp, openClient, scenario, server } from "../scenarios";

/** 120 requests/s on a server of 100/s: overloaded for good, with clients that give up at 1 s. */
const overloaded = (discipline: Server["discipline"]) =>
  scenario({
    duration: 120,
    warmup: 20,
    components: [
      openClient("users", "api", 120, { timeout: 1 }),
      server("api", exp(0.01), {
        discipline,
        codel:
          discipline === "codel" || discipline === "adaptive-lifo"
            ? { target: 0.005, interval: 0.1 }
            : undefined,
      }),
    ],
  });

describe("CoDel and adaptive LIFO queues under overload", () => {
  it("keep serving requests fast while a FIFO queue serves only requests nobody waits for", () => {
    const fifo = runScenario(overloaded("fifo"));
    const codel = runScenario(overloaded("codel"));
    const adaptive = runScenario(overloaded("adaptive-lifo"));
    // FIFO: the queue grows until every request waits past the client's timeout.
    expect(fifo.requests.completed).toBeLessThan(fifo.requests.generated / 10);
    // CoDel sheds the excess at the head and completes close to the server's capacity.
    expect(codel.components.api.shed).toBeGreaterThan(1000);
    expect(codel.throughput).toBeGreaterThan(80);
    expect(codel.latency.p99).toBeLessThan(0.5);
    expect(adaptive.throughput).toBeGreaterThan(80);
    expect(adaptive.latency.p50).toBeLessThan(codel.latency.p50 * 1.5);
  });
});
