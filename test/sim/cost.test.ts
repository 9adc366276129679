import { describe, expect, it } from "vitest";
import { parseScenario } from "../../src/scenario/parse";
import type { Scenario } from "../../src/scenario/types";
import { costOf } from "../../src/sim/cost";
import { runScenario } from "../../src/sim/run";
import type { Summary } from "../../src/sim/summary";

function load(document: object): Scenario {
  const result = parseScenario(document);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.scenario;
}

/** A shop priced per instance: 2 web replicas, a database of 2 shards with a replica each. */
const SHOP = {
  version: 1,
  name: "shop",
  duration: 1800,
  warmup: 0,
  components: [
    { id: "users", type: "client", workload: { kind: "open", rate: 5 }, target: "web" },
    {
      id: "web",
      type: "server",
      replicas: 2,
      workers: 4,
      costPerHour: 0.5,
      service: { dist: "exp", mean: 0.01 },
      calls: [{ target: "db" }],
    },
    {
      id: "db",
      type: "database",
      connections: 4,
      shards: 2,
      replicas: { count: 1 },
      read: { dist: "exp", mean: 0.005 },
      costPerHour: 1.25,
    },
  ],
};

function figures(completed: number, components: Summary["components"] = {}) {
  return {
    duration: 1800,
    warmup: 0,
    requests: {
      generated: completed,
      completed,
      failed: 0,
      inFlight: 0,
      failures: { rejected: 0, timeout: 0, unavailable: 0, error: 0 },
    },
    components,
  };
}

describe("costOf", () => {
  it("is price times instance-hours: replicas for a server, every node of every shard for a database", () => {
    // Half an hour: web 0.5 × 2 × 0.5 = 0.5; db 1.25 × (2 shards × 2 nodes) × 0.5 = 2.5.
    expect(costOf(load(SHOP), figures(8000))).toEqual({
      total: 3,
      perMillionRequests: 375,
      components: { web: 0.5, db: 2.5 },
    });
  });

  it("bills only the measured window, the one whose requests it is divided by", () => {
    const cost = costOf(load(SHOP), { ...figures(8000), warmup: 900 });
    expect(cost).toEqual({
      total: 1.5,
      perMillionRequests: 187.5,
      components: { web: 0.25, db: 1.25 },
    });
  });

  it("counts an autoscaled server's replicas while they exist, from the autoscaler's time average", () => {
    const scaled = {
      ...SHOP,
      components: [
        ...SHOP.components,
        { id: "hpa", type: "autoscaler", target: "web", min: 1, max: 6 },
      ],
    };
    const cost = costOf(load(scaled), figures(8000, { hpa: { meanReplicas: 3.5 } }));
    expect(cost?.components.web).toBe(0.875);
  });

  it("leaves out the cost per million requests when none completed, and the group when nothing is priced", () => {
    expect(costOf(load(SHOP), figures(0))).toEqual({ total: 3, components: { web: 0.5, db: 2.5 } });
    const unpriced = {
      ...SHOP,
      components: SHOP.components.map(({ costPerHour: _, ...c }) => c),
    };
    expect(costOf(load(unpriced), figures(8000))).toBeUndefined();
  });
});

describe("the summary of a priced run", () => {
  it("has the cost group, divided by the run's own completed requests", () => {
    const summary = runScenario(load({ ...SHOP, duration: 360, warmup: 0 }));
    // A tenth of an hour: 0.5 × 2 × 0.1 + 1.25 × 4 × 0.1.
    expect(summary.cost?.total).toBeCloseTo(0.6, 12);
    expect(summary.cost?.perMillionRequests).toBeCloseTo(
      (0.6 / summary.requests.completed) * 1e6,
      9,
    );
  });

  it("has no cost group when no component is priced", () => {
    const unpriced = {
      ...SHOP,
      duration: 10,
      components: SHOP.components.map(({ costPerHour: _, ...c }) => c),
    };
    expect(runScenario(load(unpriced))).not.toHaveProperty("cost");
  });
});
