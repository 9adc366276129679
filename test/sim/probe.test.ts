import { describe, expect, it } from "vitest";
import { buildModel } from "../../src/sim/build";
import { Probe } from "../../src/sim/probe";
import { GLOBAL_FIELDS, PROBE_FIELD_COUNT, PROBE_FIELDS } from "../../src/sim/probe-fields";
import { balancer, constant, openClient, scenario, server } from "./scenarios";

function uniformClient(id: string, target: string, rate: number) {
  return openClient(id, target, rate, {
    workload: { kind: "open", rate, arrival: "uniform", schedule: [] },
  });
}

const topology = scenario({
  duration: 100,
  components: [
    uniformClient("users", "lb", 10),
    balancer("lb", ["web"], "round-robin"),
    server("web", constant(0.05), { replicas: 2, calls: [{ target: "db", mode: "sync" }] }),
    server("db", constant(0.05)),
  ],
});

function reader(model: ReturnType<typeof buildModel>) {
  const probe = new Probe(model);
  const row = new Float64Array(probe.layout.rowLength);
  const global = (name: (typeof GLOBAL_FIELDS)[number]) => row[1 + GLOBAL_FIELDS.indexOf(name)];
  const component = (id: string, name: (typeof PROBE_FIELDS)[number]) =>
    row[
      1 +
        GLOBAL_FIELDS.length +
        probe.layout.components.indexOf(id) * PROBE_FIELD_COUNT +
        PROBE_FIELDS.indexOf(name)
    ];
  const edge = (from: string, to: string) =>
    row[
      1 +
        GLOBAL_FIELDS.length +
        probe.layout.components.length * PROBE_FIELD_COUNT +
        probe.layout.edges.findIndex((e) => e.from === from && e.to === to)
    ];
  return { probe, row, global, component, edge };
}

describe("Probe", () => {
  it("lists every component and every edge of the topology", () => {
    const { probe } = reader(buildModel(topology, "1"));
    expect(probe.layout.components).toEqual(["users", "lb", "web", "db"]);
    expect(probe.layout.edges).toEqual([
      { from: "users", to: "lb" },
      { from: "lb", to: "web" },
      { from: "web", to: "db" },
    ]);
  });

  it("reports rates over the interval since the previous read", () => {
    const model = buildModel(topology, "1");
    const r = reader(model);
    model.sim.runUntil(10);
    r.probe.read(r.row);
    expect(r.row[0]).toBe(10);
    expect(r.global("offered")).toBeCloseTo(10, 10);
    // Arrivals at 0.1, 0.2, ... 10.0 take 0.1 s: the one at 10.0 is still in flight.
    expect(r.global("completed")).toBeCloseTo(9.9, 10);
    expect(r.global("inFlight")).toBe(1);
    expect(r.global("p99")).toBeCloseTo(0.1, 2);
    expect(r.edge("users", "lb")).toBeCloseTo(10, 10);
    expect(r.edge("web", "db")).toBeCloseTo(9.9, 10);
    expect(r.component("web", "instances")).toBe(2);
    expect(r.component("web", "served")).toBeCloseTo(9.9, 10);
    // Each web request holds its blocking worker 0.1 s (its own 0.05 s plus db's): 10/s × 0.1 s over 2 workers.
    expect(r.component("web", "utilization")).toBeCloseTo(0.5, 2);
    expect(r.component("db", "utilization")).toBeCloseTo(0.5, 2);

    model.sim.runUntil(15);
    r.probe.read(r.row);
    expect(r.row[0]).toBe(15);
    expect(r.global("offered")).toBeCloseTo(10, 10);
  });

  it("shows a crashed replica as down and its failures as unavailable", () => {
    const crashed = {
      ...topology,
      faults: [{ kind: "crash" as const, at: 5, target: "web", duration: 100, instance: 1 }],
    };
    const model = buildModel(crashed, "1");
    const r = reader(model);
    model.sim.runUntil(20);
    r.probe.read(r.row);
    expect(r.component("web", "up")).toBe(1);
    expect(r.global("unavailable")).toBeGreaterThan(0);
  });
});

describe("Probe, figures of databases and queues", () => {
  it("reports replication lag, the hottest shard, message age and dead letters interval by interval", () => {
    const s = scenario({
      duration: 60,
      faults: [{ kind: "errors", at: 0, target: "mailer", duration: 100, rate: 1 }],
      components: [
        openClient("users", "db", 100, { keys: { count: 100, zipf: 1.5 } }),
        {
          type: "database",
          id: "db",
          connections: 50,
          queue: Number.POSITIVE_INFINITY,
          read: constant(0.001),
          write: constant(0.001),
          replicas: { count: 1, lag: constant(0.25) },
          shards: 4,
        },
        openClient("shop", "queue", 10),
        {
          type: "queue",
          id: "queue",
          capacity: Number.POSITIVE_INFINITY,
          publish: constant(0),
          consumers: { count: 1, prefetch: 1, service: constant(0.01), target: "mailer" },
          maxRedeliveries: 0,
        },
        server("mailer", constant(0.001)),
      ],
    });
    const model = buildModel(s, "1");
    const probe = new Probe(model);
    const row = new Float64Array(probe.layout.rowLength);
    const field = (id: string, name: (typeof PROBE_FIELDS)[number]) =>
      row[
        1 +
          GLOBAL_FIELDS.length +
          probe.layout.components.indexOf(id) * PROBE_FIELD_COUNT +
          PROBE_FIELDS.indexOf(name)
      ];
    model.sim.runUntil(30);
    probe.read(row);
    expect(field("db", "staleness")).toBeCloseTo(0.25, 9);
    expect(field("db", "hotShard")).toBeGreaterThan(0.3);
    expect(field("queue", "messageAge")).toBeGreaterThanOrEqual(0);
    expect(field("queue", "deadLettered")).toBeGreaterThan(8);
    expect(Number.isNaN(field("mailer", "staleness"))).toBe(true);
  });
});
