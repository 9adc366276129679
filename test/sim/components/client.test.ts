import { describe, expect, it } from "vitest";
import { runScenario } from "../../../src/sim/run";
import { balancer, closedClient, constant, openClient, scenario, server } from "../scenarios";
import { burstClient, component, downForGood, uniformClient } from "./workloads";

const instant = server("server", constant(0), { workers: 1000 });

describe("Client, open workload", () => {
  it("sends exactly r·d evenly spaced requests at rate r over d seconds", () => {
    const summary = runScenario(
      scenario({ duration: 25, components: [uniformClient("client", "server", 8), instant] }),
    );
    expect(summary.requests.generated).toBe(200);
    expect(summary.requests.completed).toBe(200);
    expect(summary.requests.inFlight).toBe(0);
    expect(component(summary, "client").offered).toBe(8);
  });

  it("sends about r·d Poisson requests", () => {
    const summary = runScenario(
      scenario({ duration: 100, components: [openClient("client", "server", 50), instant] }),
    );
    // Poisson(5000): standard deviation 70.7; 5 of them.
    expect(Math.abs(summary.requests.generated - 5000)).toBeLessThan(354);
  });

  it("follows a rate schedule, restarting the spacing at each change", () => {
    // 4/s up to 5.125 s: requests at 0.25 .. 5.0 (20); then 8/s: at 5.25 .. 10 (39).
    const client = uniformClient("client", "server", 4, { schedule: [{ at: 5.125, rate: 8 }] });
    const summary = runScenario(scenario({ duration: 10, components: [client, instant] }));
    expect(summary.requests.generated).toBe(20 + 39);
  });

  it("stops sending at a scheduled rate of zero and starts again at the next change", () => {
    const client = uniformClient("client", "server", 4, {
      schedule: [
        { at: 2.1, rate: 0 },
        { at: 6, rate: 2 },
      ],
    });
    // 0.25 .. 2.0 (8), nothing from 2.1 to 6, then 6.5 .. 10 (8).
    const summary = runScenario(scenario({ duration: 10, components: [client, instant] }));
    expect(summary.requests.generated).toBe(16);
  });

  it("counts only the requests created after the warm-up", () => {
    const summary = runScenario(
      scenario({
        duration: 10,
        warmup: 5.1,
        components: [uniformClient("client", "server", 4), instant],
      }),
    );
    // 5.25 .. 10.
    expect(summary.requests.generated).toBe(20);
    expect(component(summary, "client").offered).toBeCloseTo(20 / 4.9, 12);
  });
});

describe("Client, closed workload", () => {
  it("cycles each user through think and service: exactly d / (Z + S) answers per user", () => {
    // Think 0.5 s, service 0.25 s, a worker per user: each user sends at 0.5 + 0.75k and is
    // answered 0.25 s later. By 15.6 s: 20 answers each, and a 21st request sent at 15.5.
    const summary = runScenario(
      scenario({
        duration: 15.6,
        components: [
          closedClient("users", "server", 3, constant(0.5)),
          server("server", constant(0.25), { workers: 3 }),
        ],
      }),
    );
    expect(summary.requests).toMatchObject({ generated: 63, completed: 60, inFlight: 3 });
    expect(summary.latency.mean).toBe(0.25);
    expect(summary.latency.max).toBe(0.25);
  });

  it("makes users who share one worker wait for each other", () => {
    // Two users, think 1 s, service 1 s, one worker: answers at 2, 3, ..., 10; only the first
    // queued request (sent at 1 s, served from 2 s) waits.
    const summary = runScenario(
      scenario({
        duration: 10,
        components: [
          closedClient("users", "server", 2, constant(1)),
          server("server", constant(1)),
        ],
      }),
    );
    expect(summary.requests).toMatchObject({ generated: 10, completed: 9, inFlight: 1 });
    expect(summary.latency.mean).toBeCloseTo(10 / 9, 12);
    expect(summary.latency.max).toBe(2);
  });
});

describe("Client, failures and retries", () => {
  it("fails a request to a server that is down as unavailable after max + 1 attempts", () => {
    const summary = runScenario(
      scenario({
        duration: 20,
        components: [
          burstClient("client", "server", 1, 5, {
            timeout: 1,
            retry: { max: 2, backoff: 0.5, multiplier: 1, jitter: false },
          }),
          server("server", constant(0.1)),
        ],
        faults: [downForGood("server")],
      }),
    );
    expect(summary.requests.generated).toBe(5);
    expect(summary.requests.failed).toBe(5);
    expect(summary.requests.failures).toEqual({
      rejected: 0,
      timeout: 0,
      unavailable: 5,
      error: 0,
    });
    expect(summary.retries).toBe(10);
    expect(component(summary, "client").retries).toBe(10);
    // The server refused every one of the 5 · 3 attempts.
    expect(component(summary, "server").failed).toBe(15);
  });

  it("fails a request that a slower server does not answer in time as a timeout", () => {
    const summary = runScenario(
      scenario({
        duration: 20,
        components: [
          burstClient("client", "server", 1, 5, { timeout: 1 }),
          server("server", constant(2), { workers: 10 }),
        ],
      }),
    );
    expect(summary.requests.failures).toEqual({
      rejected: 0,
      timeout: 5,
      unavailable: 0,
      error: 0,
    });
    expect(summary.requests.completed).toBe(0);
    // Nobody told the server: it finished all five anyway.
    expect(component(summary, "server").served).toBe(5);
  });

  it("sends every retry of a timed-out request to the server as new load", () => {
    const summary = runScenario(
      scenario({
        duration: 20,
        components: [
          burstClient("client", "server", 1, 5, {
            timeout: 1,
            retry: { max: 1, backoff: 0.5, multiplier: 1, jitter: false },
          }),
          server("server", constant(2), { workers: 10 }),
        ],
      }),
    );
    expect(summary.requests.failures.timeout).toBe(5);
    expect(summary.retries).toBe(5);
    expect(component(summary, "server").served).toBe(10);
  });

  it("waits b·m^k before retry k without jitter: the final failure comes b(1 + m + m²) after the send", () => {
    // One request at 1 s to a server that refuses at once; retries at 1.25, 1.75 and 2.75 s.
    const s = scenario({
      duration: 10,
      components: [
        burstClient("client", "server", 1, 1, {
          retry: { max: 3, backoff: 0.25, multiplier: 2, jitter: false },
        }),
        server("server", constant(0.25)),
      ],
      faults: [downForGood("server")],
    });
    const before = runScenario(s, { duration: 2.7 });
    expect(before.requests).toMatchObject({ failed: 0, inFlight: 1 });
    expect(before.retries).toBe(2);
    const after = runScenario(s, { duration: 2.75 });
    expect(after.requests).toMatchObject({ failed: 1, inFlight: 0 });
    expect(after.requests.failures.unavailable).toBe(1);
    expect(after.retries).toBe(3);
  });

  it("measures a request that succeeds on a retry from its first send: backoffs plus service", () => {
    // Down until 2.5 s: attempts at 1, 1.25 and 1.75 s are refused, the one at 2.75 s is
    // served in 0.25 s.
    const summary = runScenario(
      scenario({
        duration: 10,
        components: [
          burstClient("client", "server", 1, 1, {
            retry: { max: 3, backoff: 0.25, multiplier: 2, jitter: false },
          }),
          server("server", constant(0.25)),
        ],
        faults: [{ kind: "crash", at: 0, target: "server", duration: 2.5 }],
      }),
    );
    expect(summary.requests.completed).toBe(1);
    expect(summary.retries).toBe(3);
    expect(summary.latency.mean).toBe(0.25 + 0.5 + 1 + 0.25);
  });

  it("draws a jittered backoff uniformly below its ceiling b·m^k", () => {
    // Half the attempts fail with an error; one retry after a backoff of 1 s. Service takes no
    // time, so a request answered at once has latency 0 and one answered on its retry has the
    // backoff as latency: exactly 1 s without jitter, uniform on [0, 1) with full jitter, which
    // makes the mean latency of the answered (1/4 · 1/2) / (3/4) = 1/6 s.
    const run = (jitter: boolean) =>
      runScenario(
        scenario({
          duration: 125,
          components: [
            uniformClient("client", "server", 32, {
              retry: { max: 1, backoff: 1, multiplier: 2, jitter },
            }),
            server("server", constant(0), { workers: 100 }),
          ],
          faults: [{ kind: "errors", at: 0, target: "server", duration: 1e9, rate: 0.5 }],
        }),
      );
    const fixed = run(false);
    expect(fixed.latency.max).toBe(1);
    const jittered = run(true);
    expect(jittered.latency.max).toBeLessThan(1);
    // Standard error about 0.0053; 5 of them.
    expect(Math.abs(jittered.latency.mean - 1 / 6)).toBeLessThan(0.027);
  });
});

describe("Client, classes and keys", () => {
  it("splits requests between classes by weight", () => {
    const summary = runScenario(
      scenario({
        duration: 100,
        components: [
          uniformClient("client", "server", 8, {
            mix: [
              { class: "read", weight: 3 },
              { class: "write", weight: 1 },
            ],
          }),
          instant,
        ],
      }),
    );
    const { read, write } = summary.classes;
    expect(read.completed + write.completed).toBe(800);
    // Binomial(800, 3/4): standard deviation 12.2; 4 of them.
    expect(Math.abs(read.completed - 600)).toBeLessThan(49);
    expect(component(summary, "client").classes?.read.completed).toBe(read.completed);
  });

  it("gives every request a key when keys are set, which a hash balancer follows", () => {
    const run = (keys: { count: number; zipf: number } | undefined) =>
      runScenario(
        scenario({
          duration: 50,
          components: [
            uniformClient("client", "lb", 4, keys ? { keys } : {}),
            balancer("lb", ["web"], "hash"),
            server("web", constant(0), { replicas: 3 }),
          ],
        }),
      );
    const sent = (keys?: { count: number; zipf: number }) =>
      Object.values(component(run(keys), "lb").sent ?? {});
    // A single key: every request goes to the same replica.
    expect(sent({ count: 1, zipf: 1 }).sort()).toEqual([0, 0, 200]);
    // Many keys, or none (spread at random): every replica gets some.
    expect(sent({ count: 1000, zipf: 0 }).every((n) => n > 30)).toBe(true);
    expect(sent().every((n) => n > 30)).toBe(true);
  });
});

describe("Client, recorded traces", () => {
  it("replays arrivals exactly at the recorded times", () => {
    const summary = runScenario(
      scenario({
        duration: 10,
        components: [
          {
            type: "client",
            id: "client",
            target: "server",
            workload: { kind: "trace", timestamps: [0.5, 1, 1, 7.25, 12] },
            mix: [{ class: "default", weight: 1 }],
          },
          server("server", constant(0.1)),
        ],
      }),
    );
    // Four arrivals fall inside the 10 s; the two at t=1 share one worker, so one waits 0.1 s.
    expect(summary.requests.generated).toBe(4);
    expect(summary.latency.max).toBeCloseTo(0.2, 9);
  });
});
