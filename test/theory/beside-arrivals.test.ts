/**
 * Theory beside simulation for a client's hyper-exponential gaps and Poisson batches: H2/M/1 and
 * M^X/M/1 where the stream reaches one exponential worker whole, and the reason where it does not.
 */
import { describe, expect, it } from "vitest";
import type { Component, Dist, OpenWorkload, Scenario } from "../../src/scenario/types";
import { batchSizeMoments } from "../../src/theory/batch-size";
import { type TheoryBeside, theoryBeside } from "../../src/theory/beside";
import { balancedH2, h2m1 } from "../../src/theory/gim1";
import { batchMm1 } from "../../src/theory/mmpp";
import { balancer, exp, openClient, scenario, server } from "../sim/scenarios";

function client(target: string, rate: number, extra: Partial<OpenWorkload>) {
  const workload: OpenWorkload = { kind: "open", rate, arrival: "poisson", schedule: [], ...extra };
  return openClient("users", target, rate, { workload });
}

function beside(s: Scenario, id: string): TheoryBeside {
  const found = theoryBeside(s, null).find((b) => b.component === id);
  if (found === undefined) throw new Error(`no theory entry for ${id}`);
  return found;
}

function rowsOf(b: TheoryBeside): Record<string, number> {
  if (!b.applies) throw new Error(`theory does not apply: ${b.reason}`);
  return Object.fromEntries(b.rows.map((r) => [r.figure, r.theory]));
}

const of = (...components: Component[]) => scenario({ components });

describe("hyper-exponential gaps straight into one exponential worker", () => {
  const s = of(client("web", 7, { arrival: "hyperexp", scv: 4 }), server("web", exp(0.1)));

  it("are H2/M/1, the GI/M/1 root of the balanced H2 the engine draws from", () => {
    const b = beside(s, "web");
    expect(b.applies && b.model).toBe("H2/M/1");
    expect(b.applies && b.params).toMatchObject({ arrivalRate: 7, arrivalScv: 4, servers: 1 });
    const f = h2m1(balancedH2(7, 4), 10);
    expect(rowsOf(b)).toEqual({
      utilization: f.utilization,
      meanQueue: f.meanQueue,
      meanWait: f.meanWait,
      meanResponse: f.meanSojourn,
    });
  });

  it("wait longer than Poisson arrivals at the same rate (M/M/1: Wq = 0.233 s)", () => {
    expect(rowsOf(beside(s, "web")).meanWait).toBeGreaterThan(0.5);
  });

  it("give the client's mean response as the station's, with the network both ways", () => {
    const withNetwork = scenario({
      network: { dist: "const", value: 0.001 },
      components: s.components,
    });
    const b = beside(withNetwork, "users");
    expect(rowsOf(b).meanResponse).toBeCloseTo(0.002 + h2m1(balancedH2(7, 4), 10).meanSojourn, 12);
  });
});

describe("Poisson batches straight into one exponential worker", () => {
  const uniform: Dist = { dist: "uniform", min: 0.5, max: 6.5 };
  const s = of(client("web", 2, { batch: uniform }), server("web", exp(0.1)));

  it("are M^X/M/1 at rate × E[X] requests a second, E[X] = 3.5 and E[X²] = 91/6", () => {
    const b = beside(s, "web");
    expect(b.applies && b.model).toBe("M^X/M/1");
    expect(b.applies && b.params).toMatchObject({ arrivalRate: 7, servers: 1 });
    const f = batchMm1(2, 3.5, 91 / 6, 10);
    const rows = rowsOf(b);
    expect(rows.utilization).toBeCloseTo(0.7, 12);
    expect(rows.meanResponse).toBeCloseTo(f.meanSojourn, 12);
    expect(rows.meanWait).toBeCloseTo(f.meanSojourn - 0.1, 12);
    expect(rows.meanQueue).toBeCloseTo(f.meanInSystem - 0.7, 12);
  });

  it("take a batch's size as the engine rounds its draw", () => {
    expect(batchSizeMoments({ dist: "const", value: 3.6 })).toEqual({ mean: 4, secondMoment: 16 });
    // [0, 3): below 1.5 rounds to 1 (clamped from 0), then 2 on [1.5, 2.5), 3 on [2.5, 3).
    const small = batchSizeMoments({ dist: "uniform", min: 0, max: 3 })!;
    expect(small.mean).toBeCloseTo(1 / 2 + 2 / 3 + 3 / 6, 12);
    expect(small.secondMoment).toBeCloseTo(1 / 2 + 4 / 3 + 9 / 6, 12);
    // Exponential of mean m: P(X = k) = e^(−(k−½)/m) − e^(−(k+½)/m), and P(X = 1) = 1 − e^(−1.5/m).
    const e = batchSizeMoments({ dist: "exp", mean: 2 })!;
    let mean = 1 - Math.exp(-0.75);
    for (let k = 2; k < 200; k++) mean += k * (Math.exp(-(k - 0.5) / 2) - Math.exp(-(k + 0.5) / 2));
    expect(e.mean).toBeCloseTo(mean, 10);
  });

  it("have no model when their size's law has no rounded moments here", () => {
    const lognormal = of(
      client("web", 2, { batch: { dist: "lognormal", mean: 3, cv: 1 } }),
      server("web", exp(0.1)),
    );
    expect(beside(lognormal, "web")).toMatchObject({ applies: false, reason: "bursty-arrivals" });
  });
});

describe("no model for hyper-exponential gaps or batches", () => {
  const h2 = { arrival: "hyperexp", scv: 4 } as const;

  it("at several workers, a bounded queue or general service", () => {
    for (const extra of [{ workers: 2 }, { queue: 10 }]) {
      const s = of(client("web", 5, h2), server("web", exp(0.1), extra));
      expect(beside(s, "web")).toMatchObject({ applies: false, reason: "bursty-station" });
    }
    const general = of(client("web", 5, h2), server("web", { dist: "const", value: 0.1 }));
    expect(beside(general, "web")).toMatchObject({ applies: false, reason: "bursty-station" });
  });

  it("dealt over replicas or split by a balancer, and at the client's end-to-end figure", () => {
    const replicas = of(client("web", 5, h2), server("web", exp(0.1), { replicas: 2 }));
    expect(beside(replicas, "web")).toMatchObject({ applies: false, reason: "bursty-station" });
    expect(beside(replicas, "users")).toMatchObject({ applies: false, reason: "bursty-station" });
    const split = of(
      client("lb", 5, h2),
      balancer("lb", ["a", "b"], "random"),
      server("a", exp(0.1)),
      server("b", exp(0.1)),
    );
    expect(beside(split, "a")).toMatchObject({ applies: false, reason: "bursty-station" });
  });

  it("behind a random network delay, which spreads the gaps and the batches", () => {
    const s = scenario({
      network: { dist: "exp", mean: 0.001 },
      components: [
        client("web", 5, { batch: { dist: "const", value: 2 } }),
        server("web", exp(0.1)),
      ],
    });
    expect(beside(s, "web")).toMatchObject({ applies: false, reason: "random-delay" });
  });

  it("across zones whose latency is random, and not across a constant one", () => {
    const across = (latency: Dist) =>
      scenario({
        zones: { latency, pairs: [] },
        components: [
          { ...client("web", 5, h2), zone: "a" },
          { ...server("web", exp(0.1)), zone: "b" },
        ],
      });
    expect(beside(across(exp(0.002)), "web")).toMatchObject({ reason: "random-delay" });
    expect(beside(across({ dist: "const", value: 0.002 }), "web")).toMatchObject({
      model: "H2/M/1",
    });
  });

  it("for bursts (MMPP) and for hyper-exponential batches", () => {
    const mmpp = of(
      client("web", 5, { arrival: "mmpp", mmpp: { factor: 3, calm: 10, burst: 2 } }),
      server("web", exp(0.1)),
    );
    expect(beside(mmpp, "web")).toMatchObject({ applies: false, reason: "bursty-arrivals" });
    const both = of(
      client("web", 2, { ...h2, batch: { dist: "const", value: 2 } }),
      server("web", exp(0.1)),
    );
    expect(beside(both, "web")).toMatchObject({ applies: false, reason: "bursty-arrivals" });
  });
});
