import { describe, expect, it } from "vitest";
import { NEVER_DELAY, retryDelay } from "../../../src/sim/components/retry-delay";
import { runScenario } from "../../../src/sim/run";
import { scenario, server } from "../scenarios";
import { burstClient, downForGood } from "./workloads";

describe("retryDelay", () => {
  it("is 0 without backoff, even once the multiplier's power overflows (0·∞ would be NaN)", () => {
    expect(retryDelay(0 * 1e308 ** 3, 0)).toBe(0);
    expect(retryDelay(Number.NaN, 0)).toBe(0);
  });

  it("keeps a finite backoff as it is and makes an overflowing one NEVER_DELAY", () => {
    expect(retryDelay(0.4, 0.1)).toBe(0.4);
    expect(retryDelay(0.1 * 2 ** 2000, 0.1)).toBe(NEVER_DELAY);
    expect(retryDelay(Number.POSITIVE_INFINITY * 0, 0.1)).toBe(NEVER_DELAY);
  });
});

describe("a client retrying with no backoff and a multiplier whose power overflows", () => {
  const run = (multiplier: number) =>
    runScenario(
      scenario({
        duration: 10,
        components: [
          burstClient("client", "server", 1, 6, {
            retry: { max: 3, backoff: 0, multiplier, jitter: true },
          }),
          server("server", { dist: "const", value: 0.25 }),
        ],
        faults: [downForGood("server")],
      }),
    );

  it("ends every request exactly as with multiplier 2: the backoff is 0 either way", () => {
    const huge = run(1e308);
    expect(huge.requests).toEqual(run(2).requests);
    expect(huge.requests).toMatchObject({ generated: 6, failed: 6, inFlight: 0 });
    expect(huge.retries).toBe(18);
    expect(Number.isFinite(huge.duration)).toBe(true);
  });

  it("with a backoff whose power overflows, leaves the retry beyond the run, in flight", () => {
    const summary = runScenario(
      scenario({
        duration: 10,
        components: [
          burstClient("client", "server", 1, 1, {
            retry: { max: 3, backoff: 0.1, multiplier: 1e308, jitter: false },
          }),
          server("server", { dist: "const", value: 0.25 }),
        ],
        faults: [downForGood("server")],
      }),
    );
    expect(summary.requests).toMatchObject({ generated: 1, failed: 0, inFlight: 1 });
    // Retry 1 waits 0.1 s; retry 2 would wait 0.1·1e308 s, past any run.
    expect(summary.retries).toBe(1);
  });
});
