import { describe, expect, it } from "vitest";
import type { Database, Fault, Scenario } from "../../../src/scenario/types";
import { runScenario } from "../../../src/sim/run";
import type { ComponentSummary } from "../../../src/sim/summary";
import { constant, exp, openClient, scenario } from "../scenarios";

function database(extra: Partial<Database> = {}): Database {
  return {
    type: "database",
    id: "db",
    connections: 4,
    queue: Number.POSITIVE_INFINITY,
    read: constant(0.01),
    write: constant(0.02),
    shards: 1,
    ...extra,
  };
}

const readsAndWrites = [
  { class: "read", weight: 3 },
  { class: "write", weight: 1 },
];

function users(rate: number, extra = {}) {
  return openClient("users", "db", rate, {
    workload: { kind: "open", rate, arrival: "uniform", schedule: [] },
    ...extra,
  });
}

function run(s: Scenario) {
  const summary = runScenario(s);
  return { summary, db: summary.components.db as Required<ComponentSummary> };
}

describe("Database", () => {
  it("answers reads and writes with their own query times", () => {
    const { summary } = run(
      scenario({ duration: 10, components: [users(10, { mix: readsAndWrites }), database()] }),
    );
    expect(summary.classes.read.latency.max).toBeCloseTo(0.01, 9);
    expect(summary.classes.write.latency.max).toBeCloseTo(0.02, 9);
  });

  it("queues queries beyond its connections and rejects beyond its waiting room", () => {
    // 100 queries/s of 0.1 s on 4 connections: 40% of the load fits, the waiting room of 10 fills.
    const { db } = run(
      scenario({
        duration: 10,
        components: [users(100), database({ read: constant(0.1), queue: 10 })],
      }),
    );
    expect(db.utilization).toBeGreaterThan(0.99);
    expect(db.rejected).toBeGreaterThan(500);
    expect(db.meanQueue).toBeGreaterThan(9);
  });

  it("spreads reads over the primary and its replicas, with their replication lag", () => {
    const { db, summary } = run(
      scenario({
        duration: 30,
        components: [users(30), database({ replicas: { count: 2, lag: exp(0.5) } })],
      }),
    );
    expect(summary.requests.completed).toBeGreaterThan(800);
    expect(db.staleness.mean).toBeGreaterThan(0.35);
    expect(db.staleness.mean).toBeLessThan(0.65);
  });

  it("loads the shard holding the hot keys more than the others", () => {
    const sharded = (zipf: number) =>
      run(
        scenario({
          duration: 60,
          components: [
            users(200, { keys: { count: 1000, zipf } }),
            database({ shards: 4, read: constant(0.001) }),
          ],
        }),
      ).db.shardLoad;
    const hot = Object.values(sharded(1.2));
    const even = Object.values(sharded(0));
    expect(Math.max(...hot) / Math.min(...hot)).toBeGreaterThan(2);
    expect(Math.max(...even) / Math.min(...even)).toBeLessThan(1.2);
  });

  describe("when the primary crashes", () => {
    const crash: Fault = { kind: "crash", at: 10, target: "db", duration: 100, instance: 0 };
    const withReplica = (failover?: number) =>
      run(
        scenario({
          duration: 40,
          faults: [crash],
          components: [
            users(10, { mix: readsAndWrites }),
            database({ replicas: { count: 1, lag: constant(0) }, failover }),
          ],
        }),
      );

    it("fails writes and keeps serving reads from the replica without failover", () => {
      const { summary } = withReplica();
      expect(summary.classes.write.failed).toBeGreaterThan(60);
      expect(summary.classes.read.failed).toBeLessThan(summary.classes.read.completed / 10);
    });

    it("promotes the replica after the failover delay, and writes succeed again", () => {
      const { summary, db } = withReplica(5);
      expect(db.failovers).toBe(1);
      // Writes fail only for the 5 s before the promotion: about 2.5 writes a second.
      expect(summary.classes.write.failed).toBeLessThan(20);
      expect(summary.classes.write.failed).toBeGreaterThan(5);
    });
  });
});
