import { describe, expect, it } from "vitest";
import type { Autoscaler as AutoscalerSpec } from "../../../src/scenario/types";
import { buildModel } from "../../../src/sim/build";
import type { Autoscaler } from "../../../src/sim/components/autoscaler";
import type { Server } from "../../../src/sim/components/server";
import { Probe } from "../../../src/sim/probe";
import { GLOBAL_FIELDS } from "../../../src/sim/probe-fields";
import { runScenario } from "../../../src/sim/run";
import { balancer, exp, openClient, scenario, server } from "../scenarios";

const autoscaler: AutoscalerSpec = {
  type: "autoscaler",
  id: "scaler",
  target: "web",
  metric: "utilization",
  targetValue: 0.7,
  min: 2,
  max: 10,
  interval: 15,
  warmup: 30,
  cooldown: 30,
};

/** 50 requests/s, a step to 150/s at 300 s, back to 50/s at 900 s; each replica serves 40/s. */
const stepped = scenario({
  duration: 1500,
  components: [
    openClient("users", "lb", 50, {
      workload: {
        kind: "open",
        rate: 50,
        arrival: "poisson",
        schedule: [
          { at: 300, rate: 150 },
          { at: 900, rate: 50 },
        ],
      },
    }),
    balancer("lb", ["web"], "least-connections"),
    server("web", exp(0.1), { replicas: 2, workers: 4 }),
    autoscaler,
  ],
});

describe("Autoscaler", () => {
  it("lags a load step: latency rises first, then recovers once new replicas are warm, and it scales in afterwards", () => {
    const model = buildModel(stepped, "1");
    const probe = new Probe(model);
    const row = new Float64Array(probe.layout.rowLength);
    const p99 = 1 + GLOBAL_FIELDS.indexOf("p99");
    const web = model.sim.components[2] as Server;
    const at = (t: number) => {
      model.sim.runUntil(t);
      probe.read(row);
      return { p99: row[p99], replicas: web.replicas };
    };
    const before = at(290);
    expect(before.replicas).toBe(2);
    at(300);
    const rightAfterStep = at(330);
    at(600);
    const settled = at(890);
    expect(rightAfterStep.p99).toBeGreaterThan(5 * before.p99);
    expect(settled.replicas).toBeGreaterThanOrEqual(5);
    expect(settled.p99).toBeLessThan(2 * before.p99);
    at(900);
    const later = at(1500);
    expect(later.replicas).toBeLessThan(settled.replicas);
    const scaler = model.sim.components[3] as Autoscaler;
    expect(scaler.scaleOuts).toBeGreaterThan(0);
    expect(scaler.scaleIns).toBeGreaterThan(0);
  });

  it("reports its replicas in the summary and keeps requests conserved", () => {
    const summary = runScenario(stepped);
    expect(summary.components.scaler.maxReplicas).toBeGreaterThanOrEqual(5);
    expect(summary.components.scaler.meanReplicas).toBeGreaterThan(2);
    expect(summary.requests.failed).toBe(0);
  });
});

describe("a crashed autoscaler", () => {
  it("makes no decisions while it is down, so the step is met by the replicas already there", () => {
    const crashed = {
      ...stepped,
      faults: [{ kind: "crash" as const, at: 100, target: "scaler", duration: 2000 }],
    };
    const summary = runScenario(crashed);
    expect(summary.components.scaler.scaleOuts).toBe(0);
    expect(summary.requests.failed + summary.requests.inFlight).toBeGreaterThan(1000);
  });
});
