import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  BALANCING_ALGORITHMS,
  type Call,
  type Client,
  type Fault,
  type Scenario,
} from "../../src/scenario/types";
import { buildModel } from "../../src/sim/build";
import { FLAG_MEASURED } from "../../src/sim/kernel/jobs";
import { checkConservation, runScenario } from "../../src/sim/run";
import { propertyRuns } from "../property-runs";
import { burstClient, downForGood, uniformClient } from "./components/workloads";
import { balancer, closedClient, constant, exp, openClient, scenario, server } from "./scenarios";

/** Small models exercising every way a request can end, or not end, within the run. */
const models: [string, Scenario][] = [
  [
    "retries and timeouts through a crash",
    scenario({
      duration: 60,
      components: [
        openClient("client", "server", 20, {
          timeout: 0.5,
          retry: { max: 3, backoff: 0.05, multiplier: 2, jitter: true },
        }),
        server("server", exp(0.04), { queue: 5 }),
      ],
      faults: [{ kind: "crash", at: 20, target: "server", duration: 5 }],
    }),
  ],
  [
    "a balancer crashing with requests inside",
    scenario({
      duration: 30,
      components: [
        openClient("client", "lb", 10, { timeout: 2 }),
        openClient("impatient", "lb", 10),
        balancer("lb", ["server"], "least-connections", { service: exp(0.2) }),
        server("server", exp(0.05), { replicas: 2 }),
      ],
      faults: [{ kind: "crash", at: 10, target: "lb", duration: 2 }],
    }),
  ],
  [
    "deadlines, lifo and a bounded queue under overload",
    scenario({
      duration: 30,
      warmup: 5,
      components: [
        openClient("client", "server", 30, { timeout: 0.3 }),
        server("server", exp(0.05), { deadlines: true, discipline: "lifo", queue: 20 }),
      ],
    }),
  ],
  [
    "non-blocking workers, async calls, processor sharing and a crashing dependency",
    scenario({
      duration: 30,
      network: constant(0.001),
      components: [
        closedClient("users", "web", 20, exp(0.5)),
        server("web", exp(0.02), {
          workers: 8,
          cores: 2,
          blocking: false,
          calls: [
            { target: "db", mode: "sync", timeout: 0.2 },
            { target: "audit", mode: "async" },
          ],
        }),
        server("db", exp(0.05), { workers: 2 }),
        server("audit", constant(1)),
      ],
      faults: [
        { kind: "crash", at: 10, target: "db", duration: 3 },
        { kind: "errors", at: 15, target: "web", duration: 5, rate: 0.3 },
      ],
    }),
  ],
];

describe("runScenario", () => {
  it.each(models)("keeps generated = completed + failed + in flight with %s", (_, s) => {
    const summary = runScenario(s);
    const r = summary.requests;
    expect(r.generated).toBeGreaterThan(0);
    expect(r.generated).toBe(r.completed + r.failed + r.inFlight);
    const f = r.failures;
    expect(r.failed).toBe(f.rejected + f.timeout + f.unavailable + f.error);
  });

  it("takes the seed and the duration from its options over the scenario's", () => {
    const s = scenario({
      duration: 100,
      seed: "a",
      components: [openClient("client", "server", 10), server("server", exp(0.05))],
    });
    const plain = runScenario(s);
    const reseeded = runScenario(s, { seed: "b" });
    const shorter = runScenario(s, { duration: 50 });
    expect(plain.seed).toBe("a");
    expect(reseeded.seed).toBe("b");
    expect(reseeded.requests.generated).not.toBe(plain.requests.generated);
    expect(shorter.duration).toBe(50);
    expect(shorter.requests.generated).toBeLessThan(plain.requests.generated);
  });

  it("reads the wall clock only to report wallSeconds", () => {
    const readings = [1000, 3500];
    const summary = runScenario(
      scenario({
        duration: 5,
        components: [uniformClient("client", "server", 1), server("server", constant(0))],
      }),
      { wallClock: () => readings.shift() ?? Number.NaN },
    );
    expect(summary.wallSeconds).toBe(2.5);
  });

  it("tells onProgress the simulated time now and then, and gives the same summary", () => {
    const model = scenario({
      duration: 100,
      components: [openClient("client", "server", 50), server("server", exp(0.01))],
    });
    const times: number[] = [];
    const watched = runScenario(model, {
      onProgress: (now) => times.push(now),
      progressEvents: 1000,
    });
    // About 10,000 events: a report every thousand, each later than the last, none at the end.
    expect(times.length).toBeGreaterThan(5);
    expect(times.every((t, i) => t > 0 && t < 100 && (i === 0 || t > times[i - 1]))).toBe(true);
    const { wallSeconds: _a, ...plain } = runScenario(model);
    const { wallSeconds: _b, ...same } = watched;
    expect(same).toEqual(plain);
  });

  it("reports throughput as completed requests per second of the measured window", () => {
    const summary = runScenario(
      scenario({
        duration: 20,
        warmup: 10,
        components: [uniformClient("client", "server", 4), server("server", constant(0.125))],
      }),
    );
    // Sent at 10 .. 20 s (41) and answered 0.125 s later, except the one of 20 s.
    expect(summary.requests).toMatchObject({ generated: 41, completed: 40, inFlight: 1 });
    expect(summary.throughput).toBe(40 / 10);
  });
});

/** Small random architectures: a client, a balancer, a web tier calling a db, random faults. */
const architecture = fc
  .record({
    seed: fc.string({ minLength: 1, maxLength: 4 }),
    network: fc.constantFrom(0, 0.001, 0.01),
    timeout: fc.constantFrom(0, 0.05, 0.2, 1),
    retry: fc.option(
      fc.record({
        max: fc.integer({ min: 0, max: 3 }),
        backoff: fc.constantFrom(0.001, 0.01, 0.1),
        multiplier: fc.constantFrom(1, 2),
        jitter: fc.boolean(),
      }),
      { nil: undefined },
    ),
    keys: fc.boolean(),
    algorithm: fc.constantFrom(...BALANCING_ALGORITHMS),
    lbService: fc.constantFrom(0, 0.005),
    healthCheck: fc.boolean(),
    rateLimit: fc.boolean(),
    replicas: fc.integer({ min: 1, max: 3 }),
    workers: fc.integer({ min: 1, max: 4 }),
    cores: fc.integer({ min: 1, max: 4 }),
    queue: fc.constantFrom(0, 2, Number.POSITIVE_INFINITY),
    lifo: fc.boolean(),
    deadlines: fc.boolean(),
    blocking: fc.boolean(),
    sync: fc.boolean(),
    async: fc.boolean(),
    callTimeout: fc.constantFrom(0, 0.02, 0.1),
    faults: fc.array(
      fc.record({
        kind: fc.constantFrom("crash" as const, "slow" as const, "errors" as const),
        at: fc.double({ min: 0, max: 20, noNaN: true }),
        target: fc.constantFrom("lb", "web", "db"),
        duration: fc.double({ min: 0.01, max: 10, noNaN: true }),
        instance: fc.integer({ min: -1, max: 2 }),
      }),
      { maxLength: 4 },
    ),
  })
  .map((p): Scenario => {
    const calls: Call[] = [];
    if (p.sync)
      calls.push({
        target: "db",
        mode: "sync",
        ...(p.callTimeout > 0 ? { timeout: p.callTimeout } : {}),
      });
    if (p.async) calls.push({ target: "db", mode: "async" });
    const client: Client = openClient("client", "lb", 60, {
      ...(p.timeout > 0 ? { timeout: p.timeout } : {}),
      ...(p.retry ? { retry: p.retry } : {}),
      ...(p.keys ? { keys: { count: 20, zipf: 1 } } : {}),
    });
    // Arrivals stop at 20 s, so by the end of the run every request has had its answer.
    client.workload = {
      kind: "open",
      rate: 60,
      arrival: "poisson",
      schedule: [{ at: 20, rate: 0 }],
    };
    const faults = p.faults.map((f): Fault => {
      const at = { at: f.at, target: f.target, duration: f.duration };
      const instance =
        f.target === "web" && f.instance >= 0 && f.instance < p.replicas
          ? { instance: f.instance }
          : {};
      if (f.kind === "slow") return { kind: "slow", ...at, ...instance, factor: 3 };
      if (f.kind === "errors") return { kind: "errors", ...at, ...instance, rate: 0.3 };
      return { kind: "crash", ...at, ...instance };
    });
    return scenario({
      seed: p.seed,
      duration: 100,
      warmup: 2,
      network: constant(p.network),
      components: [
        client,
        balancer("lb", ["web"], p.algorithm, {
          service: constant(p.lbService),
          ...(p.healthCheck
            ? { healthCheck: { interval: 0.5, unhealthyAfter: 2, healthyAfter: 1 } }
            : {}),
          ...(p.rateLimit ? { rateLimit: { rate: 40, burst: 5 } } : {}),
        }),
        server("web", exp(0.03), {
          replicas: p.replicas,
          workers: p.workers,
          cores: p.cores,
          queue: p.queue,
          discipline: p.lifo ? "lifo" : "fifo",
          deadlines: p.deadlines,
          blocking: p.blocking,
          calls,
        }),
        server("db", exp(0.02), { workers: 2, queue: 10 }),
      ],
      faults,
    });
  });

describe("runScenario on random architectures (property)", () => {
  it("conserves requests mid-run, and leaves no request or job behind once arrivals stop", () => {
    fc.assert(
      fc.property(architecture, (s) => {
        // Mid-run: requests in flight everywhere; runScenario checks conservation itself.
        const mid = runScenario(s, { duration: 15 });
        for (const c of Object.values(mid.components)) {
          if (c.utilization !== undefined) {
            expect(c.utilization).toBeGreaterThanOrEqual(0);
            expect(c.utilization).toBeLessThanOrEqual(1 + 1e-9);
          }
        }
        // Long enough for the worst backlog to drain: about 1200 requests of up to 4 attempts,
        // each some 0.05 s of work on average at a single worker, is a few hundred seconds.
        const model = buildModel(s, s.seed);
        model.sim.runUntil(3000);
        checkConservation(model);
        expect(model.clients[0].inFlight).toBe(0);
        expect(model.sim.jobs.live).toBe(0);
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? propertyRuns(60)) },
    );
  });
});

describe("checkConservation", () => {
  function ranModel() {
    const model = buildModel(
      scenario({
        duration: 20,
        components: [
          burstClient("client", "server", 1, 10, {
            timeout: 3,
            retry: { max: 1, backoff: 1, multiplier: 1, jitter: false },
          }),
          server("server", constant(2.5)),
        ],
        faults: [downForGood("server", 0)],
      }),
      "1",
    );
    model.sim.runUntil(8);
    return model;
  }

  it("passes on a model run by the engine, requests still in flight", () => {
    const model = ranModel();
    expect(model.clients[0].inFlight).toBeGreaterThan(0);
    expect(() => checkConservation(model)).not.toThrow();
  });

  it("throws when a client counted a request it never resolved", () => {
    const model = ranModel();
    model.clients[0].stats.generated++;
    expect(() => checkConservation(model)).toThrow(/conservation violated at client client/);
  });

  it("throws when a client's own in-flight count disagrees with the job table", () => {
    const model = ranModel();
    model.clients[0].inFlight--;
    expect(() => checkConservation(model)).toThrow(/conservation violated/);
  });

  it("throws when the job table holds a measured request the client knows nothing of", () => {
    const model = ranModel();
    const { sim } = model;
    const leaked = sim.start(model.clients[0].index, 0, -1);
    sim.jobs.flags[leaked] |= FLAG_MEASURED;
    expect(() => checkConservation(model)).toThrow(/conservation violated/);
  });
});
