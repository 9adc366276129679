import { describe, expect, it } from "vitest";
import { runScenario } from "../../../src/sim/run";
import { balancer, exp, openClient, scenario, server } from "../scenarios";

const backends = ["a", "b", "c"].map((id) => server(id, exp(0.01), { workers: 50 }));

describe("DNS round robin in a run", () => {
  it("sends all of one client's requests to the backend it resolved while the TTL lasts", () => {
    const s = runScenario(
      scenario({
        duration: 50,
        components: [
          openClient("big", "dns", 100),
          openClient("small", "dns", 10),
          balancer("dns", ["a", "b", "c"], "dns", { ttl: 100 }),
          ...backends,
        ],
      }),
    );
    const sent = s.components.dns.sent ?? {};
    // Two askers, three backends, answers that outlive the run: one backend never gets any.
    expect(Object.values(sent).filter((n) => n > 0)).toHaveLength(2);
    const served = ["a", "b", "c"].map((id) => s.components[id].served ?? 0);
    expect(served[0] + served[1] + served[2]).toBe(s.requests.completed);
    // What it sent was served, but for the requests still under way when the run ended.
    const unserved = Math.max(...Object.values(sent)) - (s.components.big.served ?? 0);
    expect(unserved).toBeGreaterThanOrEqual(0);
    expect(unserved).toBeLessThanOrEqual(s.requests.inFlight);
  });

  it("keeps failing a dead backend's askers until their answer expires", () => {
    const run = (ttl: number) =>
      runScenario(
        scenario({
          duration: 100,
          components: [
            openClient("users", "dns", 20, { keys: { count: 30, zipf: 0 }, timeout: 1 }),
            balancer("dns", ["a", "b", "c"], "dns", {
              ttl,
              healthCheck: { interval: 1, unhealthyAfter: 1, healthyAfter: 1 },
            }),
            ...backends,
          ],
          faults: [{ at: 20, target: "a", kind: "crash", duration: 80 }],
        }),
      );
    const short = run(5).requests.failed;
    const long = run(60).requests.failed;
    // A third of the 30 askers hold "a" when it dies: about 20/3 requests a second fail until
    // their answers run out (at most 5 s, or at most 60 s).
    expect(short).toBeGreaterThan(0);
    expect(short).toBeLessThan(100);
    expect(long).toBeGreaterThan(4 * short);
  });
});
