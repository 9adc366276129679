import { describe, expect, it } from "vitest";
import { buildModel } from "../../../src/sim/build";
import { LISTED_REPLICAS } from "../../../src/sim/metrics/replica-stats";
import { Probe } from "../../../src/sim/probe";
import { GLOBAL_FIELDS, PROBE_FIELD_COUNT, PROBE_FIELDS } from "../../../src/sim/probe-fields";
import { runScenario } from "../../../src/sim/run";
import { balancer, exp, openClient, scenario, server } from "../scenarios";
import { component } from "./workloads";

/**
 * Four replicas behind round robin, 5 requests/s each; replica 2 is three times slower for the
 * whole run, so it is 75% busy where the others are 25%.
 */
const oneSlow = scenario({
  duration: 300,
  warmup: 20,
  components: [
    openClient("users", "lb", 20),
    balancer("lb", ["web"], "round-robin"),
    server("web", exp(0.05), { replicas: 4 }),
  ],
  faults: [{ kind: "slow", target: "web", instance: 2, at: 0, duration: 1e9, factor: 3 }],
});

describe("a replicated server's figures per replica", () => {
  const web = component(runScenario(oneSlow), "web");

  it("names the slow replica as the hottest", () => {
    expect(web.hottestReplica?.replica).toBe("web#2");
    expect(web.hottestReplica?.utilization).toBeGreaterThan(0.6);
    expect(web.hottestReplica).toEqual({ replica: "web#2", ...web.perReplica?.["web#2"] });
  });

  it("lists every replica, and their counts add up to the server's", () => {
    const replicas = Object.values(web.perReplica ?? {});
    expect(Object.keys(web.perReplica ?? {})).toEqual(["web#0", "web#1", "web#2", "web#3"]);
    const sum = (pick: (r: (typeof replicas)[number]) => number) =>
      replicas.reduce((s, r) => s + pick(r), 0);
    expect(sum((r) => r.served)).toBe(web.served);
    expect(sum((r) => r.rejected)).toBe(web.rejected);
    expect(sum((r) => r.failed)).toBe(web.failed);
    expect(sum((r) => r.meanQueue)).toBeCloseTo(web.meanQueue ?? 0, 9);
    // Every replica was up throughout with as many workers: the mean of theirs is the server's.
    expect(sum((r) => r.utilization) / 4).toBeCloseTo(web.utilization ?? 0, 9);
    for (const fast of ["web#0", "web#1", "web#3"]) {
      expect(web.perReplica?.[fast].utilization).toBeLessThan(0.4);
    }
  });

  it("adds up to the server's under priorities, preemption and a full waiting room", () => {
    const urgent = scenario({
      ...oneSlow,
      components: [
        openClient("users", "lb", 20, {
          mix: [
            { class: "gold", weight: 0.3, priority: 1 },
            { class: "free", weight: 0.7 },
          ],
        }),
        balancer("lb", ["web"], "round-robin"),
        server("web", exp(0.05), { replicas: 4, queue: 2, preemptive: true }),
      ],
    });
    const served = component(runScenario(urgent), "web");
    const replicas = Object.values(served.perReplica ?? {});
    expect(served.preempted).toBeGreaterThan(0);
    expect(served.rejected).toBeGreaterThan(0);
    expect(replicas.reduce((s, r) => s + r.served, 0)).toBe(served.served);
    expect(replicas.reduce((s, r) => s + r.rejected, 0)).toBe(served.rejected);
    expect(replicas.reduce((s, r) => s + r.meanQueue, 0)).toBeCloseTo(served.meanQueue ?? 0, 9);
    expect(replicas.reduce((s, r) => s + r.utilization, 0) / 4).toBeCloseTo(
      served.utilization ?? 0,
      9,
    );
  });

  it("measures a replica that crashed over the time it was up, and counts what it lost", () => {
    const crashed = component(
      runScenario({
        ...oneSlow,
        faults: [{ kind: "crash", target: "web", instance: 1, at: 100, duration: 100 }],
      }),
      "web",
    );
    const r1 = crashed.perReplica?.["web#1"];
    const r0 = crashed.perReplica?.["web#0"];
    // Without a health check the balancer keeps sending to it: those requests fail there.
    expect(r1?.served).toBeLessThan((r0?.served ?? 0) * 0.8);
    expect(r1?.failed).toBeGreaterThan(400);
    expect(r0?.failed).toBe(0);
    expect(r1?.utilization).toBeGreaterThan(0.15);
    expect(r1?.utilization).toBeLessThan(0.35);
    const replicas = Object.values(crashed.perReplica ?? {});
    expect(replicas.reduce((s, r) => s + r.failed, 0)).toBe(crashed.failed);
    expect(replicas.reduce((s, r) => s + r.meanQueue, 0)).toBeCloseTo(crashed.meanQueue ?? 0, 9);
  });

  it("gives no per-replica figures to a server of one replica", () => {
    const single = component(
      runScenario(
        scenario({
          duration: 10,
          components: [openClient("users", "web", 5), server("web", exp(0.05))],
        }),
      ),
      "web",
    );
    expect(single.perReplica).toBeUndefined();
    expect(single.hottestReplica).toBeUndefined();
  });

  it(`lists no replica one by one past ${LISTED_REPLICAS}, but still the hottest`, () => {
    const many = component(
      runScenario(
        scenario({
          duration: 5,
          components: [
            openClient("users", "lb", 100),
            balancer("lb", ["web"], "round-robin"),
            server("web", exp(0.05), { replicas: LISTED_REPLICAS + 1 }),
          ],
        }),
      ),
      "web",
    );
    expect(many.perReplica).toBeUndefined();
    expect(many.hottestReplica?.replica).toMatch(/^web#\d+$/);
  });
});

describe("the live probe of a replicated server", () => {
  const field = (layoutIds: string[], id: string, name: (typeof PROBE_FIELDS)[number]) =>
    1 +
    GLOBAL_FIELDS.length +
    layoutIds.indexOf(id) * PROBE_FIELD_COUNT +
    PROBE_FIELDS.indexOf(name);

  it("shows the slow replica as the hottest, interval by interval", () => {
    const model = buildModel(oneSlow, "1");
    const probe = new Probe(model);
    const row = new Float64Array(probe.layout.rowLength);
    const at = (name: (typeof PROBE_FIELDS)[number]) =>
      row[field(probe.layout.components, "web", name)];
    model.sim.runUntil(50);
    probe.read(row);
    model.sim.runUntil(250);
    probe.read(row);
    expect(at("hotReplica")).toBe(2);
    expect(at("hotUtilization")).toBeGreaterThan(0.6);
    expect(at("coolUtilization")).toBeLessThan(0.4);
    expect(at("hotQueue")).toBeGreaterThanOrEqual(0);
  });

  it("keeps a row's size the same with 2 or 10,000 replicas", () => {
    const rowLength = (replicas: number) =>
      new Probe(
        buildModel(
          scenario({
            duration: 1,
            components: [
              openClient("users", "lb", 100),
              balancer("lb", ["web"], "round-robin"),
              server("web", exp(0.05), { replicas }),
            ],
          }),
          "1",
        ),
      ).layout.rowLength;
    expect(rowLength(10_000)).toBe(rowLength(2));
  });
});
