import { describe, expect, it } from "vitest";
import { runScenario } from "../../src/sim/run";
import { constant, exp, openClient, scenario, server } from "./scenarios";

/** client → app (zone a) → db (zone `dbZone`), every time constant, nobody waiting. */
function twoTier(dbZone: string, extra: Partial<Parameters<typeof scenario>[0]> = {}) {
  return scenario({
    duration: 100,
    zones: { latency: constant(0.005), pairs: [] },
    components: [
      openClient("client", "app", 10),
      server("app", constant(0.01), {
        zone: "a",
        workers: 50,
        calls: [{ target: "db", mode: "sync" }],
      }),
      server("db", constant(0.002), { zone: dbZone, workers: 50 }),
    ],
    ...extra,
  });
}

describe("zones", () => {
  it("adds the latency between zones to a call across them and to its answer", () => {
    expect(runScenario(twoTier("b")).latency.max).toBeCloseTo(0.01 + 0.002 + 2 * 0.005, 12);
  });

  it("adds nothing within a zone, nor from a component without one", () => {
    expect(runScenario(twoTier("a")).latency.max).toBeCloseTo(0.012, 12);
  });

  it("takes a pair's own latency over the latency between any two", () => {
    const run = runScenario(
      twoTier("b", {
        zones: {
          latency: constant(0.005),
          pairs: [{ between: ["b", "a"], latency: constant(0.05) }],
        },
      }),
    );
    expect(run.latency.max).toBeCloseTo(0.012 + 2 * 0.05, 12);
  });

  it("leaves a run without zone latency exactly as it was", () => {
    const base = scenario({
      duration: 50,
      components: [
        openClient("client", "app", 20),
        server("app", exp(0.02), { calls: [{ target: "db", mode: "sync" }] }),
        server("db", exp(0.01)),
      ],
    });
    const zoned = {
      ...base,
      zones: { latency: constant(0), pairs: [] },
      components: base.components.map((c) => ({ ...c, zone: c.id === "db" ? "b" : "a" })),
    };
    expect({ ...runScenario(zoned), wallSeconds: 0 }).toEqual({
      ...runScenario(base),
      wallSeconds: 0,
    });
  });

  it("takes every instance in a zone down for a zone fault's window, and only those", () => {
    const run = runScenario(
      scenario({
        duration: 100,
        components: [
          openClient("client", "app", 10),
          server("app", constant(0.01), {
            zone: "a",
            replicas: 2,
            calls: [{ target: "db", mode: "sync" }],
          }),
          server("db", constant(0.002), { zone: "b" }),
        ],
        faults: [{ kind: "zone", target: "b", at: 40, duration: 20 }],
      }),
    );
    // 20 s of a 100 s run at 10 requests/s: about 200 requests find the database down.
    expect(run.requests.failed).toBeGreaterThan(150);
    expect(run.requests.failed).toBeLessThan(250);
    expect(run.requests.failures.unavailable).toBe(run.requests.failed);
  });
});
