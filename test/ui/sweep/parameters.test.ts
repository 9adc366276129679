import { describe, expect, it } from "vitest";
import { parseScenario } from "../../../src/scenario/parse";
import type { Scenario } from "../../../src/scenario/types";
import { defaultValues, pickedParameter, sweepParameters } from "../../../src/ui/sweep/parameters";

function scenario(components: unknown[]): Scenario {
  const parsed = parseScenario({ version: 1, name: "s", duration: 60, components });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return parsed.scenario;
}

describe("sweepParameters", () => {
  it("offers rates, workers, replicas, service times, capacities, connections and consumers", () => {
    const s = scenario([
      { id: "users", type: "client", workload: { kind: "open", rate: 18 }, target: "web" },
      {
        id: "web",
        type: "server",
        workers: 4,
        service: { dist: "exp", mean: 0.05 },
        calls: [{ target: "cache" }],
      },
      {
        id: "cache",
        type: "cache",
        capacity: 1000,
        backend: "db",
        hit: { dist: "const", value: 0.001 },
      },
      {
        id: "db",
        type: "database",
        connections: 10,
        read: { dist: "exp", mean: 0.005 },
        write: { dist: "exp", mean: 0.01 },
      },
      {
        id: "jobs",
        type: "queue",
        consumers: { count: 3, service: { dist: "exp", mean: 0.1 } },
      },
    ]);
    expect(
      sweepParameters(s).map((p) => [p.path, p.field, p.value, p.integer, p.capacity]),
    ).toEqual([
      ["components.users.workload.rate", "sweep.field.rate", 18, false, false],
      ["components.web.workers", "sweep.field.workers", 4, true, true],
      ["components.web.replicas", "sweep.field.replicas", 1, true, true],
      ["components.web.service.mean", "sweep.field.serviceMean", 0.05, false, false],
      ["components.cache.capacity", "sweep.field.capacity", 1000, true, true],
      ["components.db.connections", "sweep.field.connections", 10, true, true],
      ["components.jobs.consumers.count", "sweep.field.consumers", 3, true, true],
    ]);
  });

  it("offers a closed workload's users, and nothing without a scenario", () => {
    const s = scenario([
      {
        id: "users",
        type: "client",
        workload: { kind: "closed", users: 20, think: { dist: "exp", mean: 1 } },
        target: "web",
      },
      { id: "web", type: "server", service: { dist: "const", value: 0.01 } },
    ]);
    expect(sweepParameters(s).map((p) => p.path)).toEqual([
      "components.users.workload.users",
      "components.web.workers",
      "components.web.replicas",
    ]);
    expect(sweepParameters(null)).toEqual([]);
  });
});

describe("sweepParameters of a client with a schedule", () => {
  const client = (schedule: unknown[]) =>
    scenario([
      {
        id: "users",
        type: "client",
        workload: { kind: "open", rate: 150, schedule },
        target: "web",
      },
      { id: "web", type: "server", service: { dist: "const", value: 0.01 } },
    ]);

  it("offers the load multiplier first, the default, then the rate the schedule replaces", () => {
    const [scale, rate] = sweepParameters(client([{ at: 20, rate: 220 }]));
    expect([scale.path, scale.field, scale.value, scale.integer, scale.capacity]).toEqual([
      "components.users.workload.scale",
      "sweep.field.scale",
      1,
      false,
      false,
    ]);
    expect(rate.path).toBe("components.users.workload.rate");
    // From half today's load to four times it, light to heavy.
    expect(defaultValues(scale)).toBe("0.5:4:0.5");
  });

  it("offers the rate alone when the schedule changes nothing within the run (60 s)", () => {
    expect(sweepParameters(client([{ at: 60, rate: 220 }]))[0].path).toBe(
      "components.users.workload.rate",
    );
  });
});

describe("pickedParameter", () => {
  const client = (schedule: unknown[], workers = 1) =>
    sweepParameters(
      scenario([
        {
          id: "users",
          type: "client",
          workload: { kind: "open", rate: 150, schedule },
          target: "web",
        },
        { id: "web", type: "server", workers, service: { dist: "const", value: 0.01 } },
      ]),
    );
  const plain = client([]);
  const scheduled = client([{ at: 20, rate: 220 }]);
  const RATE = "components.users.workload.rate";

  it("keeps the choice while it is offered, and takes the first otherwise", () => {
    expect(pickedParameter("components.web.workers", plain, client([], 4))?.path).toBe(
      "components.web.workers",
    );
    expect(pickedParameter("components.db.connections", plain, plain)?.path).toBe(RATE);
    expect(pickedParameter("", [], scheduled)?.path).toBe("components.users.workload.scale");
    expect(pickedParameter("", [], [])).toBeUndefined();
  });

  it("moves a rate whose client has gained a schedule to its load multiplier, but keeps a scheduled rate chosen on purpose", () => {
    expect(pickedParameter(RATE, plain, scheduled)?.path).toBe("components.users.workload.scale");
    expect(pickedParameter(RATE, scheduled, client([{ at: 20, rate: 220 }], 4))?.path).toBe(RATE);
  });
});

describe("defaultValues", () => {
  const p = { path: "", component: "c", field: "sweep.field.rate" as const, capacity: false };
  it("goes up to about twice a rate in eight round steps", () => {
    expect(defaultValues({ ...p, value: 18, integer: false })).toBe("5:40:5");
    expect(defaultValues({ ...p, value: 0.05, integer: false })).toBe("0.02:0.16:0.02");
  });

  it("counts from 1 for small loads and in round steps for large ones", () => {
    expect(defaultValues({ ...p, value: 1, integer: true })).toBe("1:4:1");
    expect(defaultValues({ ...p, value: 20, integer: true })).toBe("5:40:5");
  });

  it("goes down a capacity, from light to heavy load", () => {
    const c = { ...p, capacity: true, integer: true };
    expect(defaultValues({ ...c, value: 4 })).toBe("8:1:-1");
    expect(defaultValues({ ...c, value: 1000 })).toBe("2000:500:-500");
  });
});
