import { describe, expect, it } from "vitest";
import { applyAction } from "../../src/sim/actions";
import { buildModel } from "../../src/sim/build";
import type { Client } from "../../src/sim/components/client";
import type { LoadBalancer } from "../../src/sim/components/load-balancer";
import type { Server } from "../../src/sim/components/server";
import { UNAVAILABLE } from "../../src/sim/outcome";
import { balancer, constant, openClient, scenario, server } from "./scenarios";

const base = scenario({
  duration: 100,
  components: [
    openClient("users", "web", 10, {
      workload: { kind: "open", rate: 10, arrival: "uniform", schedule: [] },
    }),
    server("web", constant(0.02)),
  ],
});

function web(model: ReturnType<typeof buildModel>): Server {
  return model.sim.components[1] as Server;
}

describe("applyAction", () => {
  it("crashes a server from now for the given duration", () => {
    const model = buildModel(base, "1");
    // Times fall between the arrivals (every 0.1 s) so float rounding cannot move one across.
    model.sim.runUntil(10.05);
    expect(applyAction(model, { kind: "crash", target: "web", duration: 5 })).toEqual({ ok: true });
    expect(web(model).isUp(0)).toBe(false);
    model.sim.runUntil(15.07);
    expect(web(model).isUp(0)).toBe(true);
    const users = model.clients[0] as Client;
    // Arrivals at 10.1 ... 15.0 found the server down and were refused at once.
    expect(users.lifetime.outcomes[UNAVAILABLE]).toBe(50);
  });

  it("changes an open client's rate from now on", () => {
    const model = buildModel(base, "1");
    model.sim.runUntil(10.05);
    expect(applyAction(model, { kind: "rate", target: "users", rate: 20 })).toEqual({ ok: true });
    // 100 arrivals by 10.0, then every 0.05 s from 10.1 to 20.05.
    model.sim.runUntil(20.07);
    expect(model.clients[0].lifetime.generated).toBe(100 + 200);
  });

  it("adds workers that take waiting requests at once", () => {
    const slow = scenario({
      duration: 100,
      components: [
        openClient("users", "web", 10, {
          workload: { kind: "open", rate: 10, arrival: "uniform", schedule: [] },
        }),
        server("web", constant(0.5)),
      ],
    });
    const model = buildModel(slow, "1");
    model.sim.runUntil(10);
    const queuedBefore = web(model).stats.queued.value;
    expect(queuedBefore).toBeGreaterThan(10);
    applyAction(model, { kind: "workers", target: "web", workers: 10 });
    expect(web(model).stats.queued.value).toBe(queuedBefore - 9);
    expect(web(model).stats.busy.value).toBe(10);
  });

  it("refuses what a component cannot do, with a reason", () => {
    const model = buildModel(base, "1");
    expect(applyAction(model, { kind: "rate", target: "web", rate: 1 })).toEqual({
      ok: false,
      reason: "web is not a client",
      code: "notClient",
      params: { target: "web" },
    });
    expect(applyAction(model, { kind: "crash", target: "nope", duration: 1 }).ok).toBe(false);
    expect(applyAction(model, { kind: "crash", target: "users", duration: 1 }).ok).toBe(false);
    expect(applyAction(model, { kind: "workers", target: "web", workers: 0 }).ok).toBe(false);
    expect(applyAction(model, { kind: "slow", target: "web", duration: 1, factor: -2 }).ok).toBe(
      false,
    );
  });
});

describe("applyAction, replicas", () => {
  const spread = scenario({
    duration: 100,
    components: [
      openClient("users", "lb", 40, {
        workload: { kind: "open", rate: 40, arrival: "uniform", schedule: [] },
      }),
      balancer("lb", ["web"], "round-robin"),
      server("web", constant(0.01), { replicas: 2 }),
    ],
  });

  it("adds replicas that take traffic at once, up to the slots the model was built with", () => {
    const model = buildModel(spread, "1", { replicaHeadroom: 4 });
    model.sim.runUntil(10.01);
    expect(applyAction(model, { kind: "replicas", target: "web", replicas: 4 })).toEqual({
      ok: true,
    });
    model.sim.runUntil(20.01);
    const lb = model.sim.components[1] as LoadBalancer;
    expect(lb.summarize().sent).toEqual({ "web#0": 300, "web#1": 300, "web#2": 100, "web#3": 100 });
    expect(applyAction(model, { kind: "replicas", target: "web", replicas: 9 })).toEqual({
      ok: false,
      reason: "web can have at most 8 replicas here",
      code: "maxReplicas",
      params: { target: "web", max: "8" },
    });
  });

  it("removes replicas, which stop taking new work", () => {
    const model = buildModel(spread, "1", { replicaHeadroom: 4 });
    model.sim.runUntil(10.01);
    applyAction(model, { kind: "replicas", target: "web", replicas: 1 });
    model.sim.runUntil(20.01);
    const lb = model.sim.components[1] as LoadBalancer;
    expect(lb.summarize().sent).toEqual({ "web#0": 600, "web#1": 200 });
  });

  it("gives the same numbers with empty replica slots as without them", () => {
    const a = buildModel(spread, "1");
    const b = buildModel(spread, "1", { replicaHeadroom: 4 });
    a.sim.runUntil(100);
    b.sim.runUntil(100);
    expect(b.sim.components[1].summarize()).toEqual(a.sim.components[1].summarize());
    expect(b.sim.components[2].summarize()).toEqual(a.sim.components[2].summarize());
  });
});
