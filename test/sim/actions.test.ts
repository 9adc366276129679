import { describe, expect, it } from "vitest";
import { applyAction } from "../../src/sim/actions";
import { buildModel } from "../../src/sim/build";
import type { Client } from "../../src/sim/components/client";
import type { Server } from "../../src/sim/components/server";
import { UNAVAILABLE } from "../../src/sim/outcome";
import { constant, openClient, scenario, server } from "./scenarios";

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
    });
    expect(applyAction(model, { kind: "crash", target: "nope", duration: 1 }).ok).toBe(false);
    expect(applyAction(model, { kind: "crash", target: "users", duration: 1 }).ok).toBe(false);
    expect(applyAction(model, { kind: "workers", target: "web", workers: 0 }).ok).toBe(false);
    expect(applyAction(model, { kind: "slow", target: "web", duration: 1, factor: -2 }).ok).toBe(
      false,
    );
  });
});
