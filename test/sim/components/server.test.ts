import { describe, expect, it } from "vitest";
import type { Scenario, Server as ServerSpec } from "../../../src/scenario/types";
import { runScenario } from "../../../src/sim/run";
import { closedClient, constant, scenario, server } from "../scenarios";
import { burstClient, component, downForGood, uniformClient } from "./workloads";

describe("Server, queue", () => {
  it("rejects the requests beyond its workers plus its queue", () => {
    // 8 requests within 1 s, each taking 10 s, for 2 workers and 3 places in the queue.
    const summary = runScenario(
      scenario({
        duration: 100,
        components: [
          burstClient("client", "server", 8, 8),
          server("server", constant(10), { workers: 2, queue: 3 }),
        ],
      }),
    );
    expect(summary.requests.completed).toBe(5);
    expect(summary.requests.failures.rejected).toBe(3);
    expect(component(summary, "server")).toMatchObject({ served: 5, rejected: 3 });
    // Waits: 0 and 0 for the first two, 9.75 twice for the queued pair, 19.5 for the last.
    expect(component(summary, "server").meanWait).toBeCloseTo((9.75 + 9.75 + 19.5) / 5, 12);
  });

  it("rejects nothing with an unbounded queue", () => {
    const summary = runScenario(
      scenario({
        duration: 200,
        components: [burstClient("client", "server", 8, 8), server("server", constant(10))],
      }),
    );
    expect(summary.requests.completed).toBe(8);
  });

  /**
   * Two requests from "early" at 0.125 and 0.25 s and one from "late" at 0.5 s, on one worker
   * taking 1 s each: the first is served at once; at 1.125 s the other two are waiting.
   */
  function queueOrder(discipline: ServerSpec["discipline"]) {
    return runScenario(
      scenario({
        duration: 10,
        components: [
          burstClient("early", "server", 8, 2),
          burstClient("late", "server", 2, 1),
          server("server", constant(1), { discipline }),
        ],
      }),
    );
  }

  it("serves the oldest waiting request first with fifo", () => {
    const summary = queueOrder("fifo");
    expect(component(summary, "late").latency?.mean).toBe(3.125 - 0.5);
    expect(component(summary, "early").latency?.mean).toBe((1 + (2.125 - 0.25)) / 2);
    expect(summary.latency.max).toBe(2.625);
  });

  it("serves the newest waiting request first with lifo", () => {
    const summary = queueOrder("lifo");
    expect(component(summary, "late").latency?.mean).toBe(2.125 - 0.5);
    expect(component(summary, "early").latency?.mean).toBe((1 + (3.125 - 0.25)) / 2);
    expect(summary.latency.max).toBe(2.875);
  });
});

describe("Server, deadlines", () => {
  /**
   * 10 requests 0.125 s apart, 1 s of service each on one worker, clients giving up after
   * 2.4 s: only the first two can be answered in time.
   */
  function burst(deadlines: boolean) {
    return runScenario(
      scenario({
        duration: 20,
        components: [
          burstClient("client", "server", 8, 10, { timeout: 2.4 }),
          server("server", constant(1), { deadlines }),
        ],
      }),
    );
  }

  it("serves requests whose client gave up, wasting capacity, without deadlines", () => {
    const summary = burst(false);
    expect(summary.requests.completed).toBe(2);
    expect(summary.requests.failures.timeout).toBe(8);
    expect(component(summary, "server")).toMatchObject({ served: 10, dropped: 0 });
  });

  it("drops requests whose client gave up when they reach a worker, with deadlines", () => {
    // Served: the two answered in time, then the 3rd (its client still waiting at 2.125 s) and
    // the 6th (still waiting at 3.125 s); the 4th, 5th and 7th to 10th are dropped unserved.
    const summary = burst(true);
    expect(summary.requests.completed).toBe(2);
    expect(summary.requests.failures.timeout).toBe(8);
    expect(component(summary, "server")).toMatchObject({ served: 4, dropped: 6 });
  });
});

describe("Server, calls", () => {
  /** web (0.25 s) calls db (1 s); one request every 2 s, so nothing ever queues. */
  function chain(
    web: Partial<ServerSpec>,
    db: Partial<ServerSpec> = {},
    extra: Partial<Scenario> = {},
  ) {
    return runScenario(
      scenario({
        duration: 100,
        components: [
          uniformClient("client", "web", 0.5),
          server("web", constant(0.25), { calls: [{ target: "db", mode: "sync" }], ...web }),
          server("db", constant(1), { workers: 100, ...db }),
        ],
        ...extra,
      }),
    );
  }

  it("holds a blocking worker while it waits on a sync call", () => {
    const summary = chain({ blocking: true });
    expect(summary.latency.mean).toBe(1.25);
    // 49 requests finished, each holding the worker 1.25 s; the one sent at 100 s none yet.
    expect(component(summary, "web").utilization).toBeCloseTo((49 * 1.25) / 100, 12);
  });

  it("frees a non-blocking worker while it waits on a sync call", () => {
    const summary = chain({ blocking: false });
    expect(summary.latency.mean).toBe(1.25);
    expect(component(summary, "web").utilization).toBeCloseTo((49 * 0.25) / 100, 12);
  });

  it("does not wait for an async call", () => {
    const summary = chain({ calls: [{ target: "db", mode: "async" }] }, { service: constant(10) });
    expect(summary.latency.mean).toBe(0.25);
    expect(summary.latency.max).toBe(0.25);
    // The db still does the work: those sent by 89.75 s are finished by 100 s.
    expect(component(summary, "db").served).toBe(44);
  });

  it("fails the request with timeout when a call's own timeout expires", () => {
    const summary = chain({ calls: [{ target: "db", mode: "sync", timeout: 0.5 }] });
    expect(summary.requests.completed).toBe(0);
    // The request sent at 100 s is still being processed at the end.
    expect(summary.requests.failures.timeout).toBe(49);
    expect(component(summary, "web").failed).toBe(49);
    expect(component(summary, "db").served).toBe(49);
  });

  it("fails the request with the kind of the failure of its sync call", () => {
    const summary = chain({}, {}, { faults: [downForGood("db")] });
    expect(summary.requests.failures).toEqual({
      rejected: 0,
      timeout: 0,
      unavailable: 49,
      error: 0,
    });
    expect(summary.requests.inFlight).toBe(1);
  });

  it("makes its calls in order, each after the previous one answered", () => {
    const summary = runScenario(
      scenario({
        duration: 100,
        components: [
          uniformClient("client", "web", 0.25),
          server("web", constant(0.25), {
            calls: [
              { target: "auth", mode: "sync" },
              { target: "db", mode: "sync" },
            ],
          }),
          server("auth", constant(0.5)),
          server("db", constant(1)),
        ],
      }),
    );
    // Requests every 4 s; the one sent at 100 s is still in web at the end.
    expect(summary.latency.mean).toBe(1.75);
    expect(component(summary, "auth").served).toBe(24);
    expect(component(summary, "db").served).toBe(24);
  });

  it("makes a call limited to a class only for requests of that class", () => {
    const summary = runScenario(
      scenario({
        duration: 100,
        components: [
          uniformClient("client", "web", 4, {
            mix: [
              { class: "read", weight: 1 },
              { class: "write", weight: 1 },
            ],
          }),
          server("web", constant(0), {
            workers: 100,
            calls: [{ target: "db", mode: "sync", when: "write" }],
          }),
          server("db", constant(0.125), { workers: 100 }),
        ],
      }),
    );
    const { read, write } = summary.classes;
    expect(read.completed + write.completed).toBe(400);
    expect(component(summary, "db").served).toBe(write.completed);
    expect(read.latency.max).toBe(0);
    expect(write.latency.mean).toBe(0.125);
  });
});

describe("Server, service", () => {
  it("takes each class's own service time, and the default for the others", () => {
    const summary = runScenario(
      scenario({
        duration: 100,
        components: [
          uniformClient("client", "server", 4, {
            mix: [
              { class: "read", weight: 1 },
              { class: "write", weight: 1 },
              { class: "admin", weight: 1 },
            ],
          }),
          server("server", constant(0), {
            workers: 100,
            service: { read: constant(0.25), write: constant(1), default: constant(2) },
          }),
        ],
      }),
    );
    const { read, write, admin } = summary.classes;
    expect(read.completed).toBeGreaterThan(0);
    expect([read.latency.mean, read.latency.max]).toEqual([0.25, 0.25]);
    expect([write.latency.mean, write.latency.max]).toEqual([1, 1]);
    expect([admin.latency.mean, admin.latency.max]).toEqual([2, 2]);
  });

  it("spreads requests sent to it directly over its replicas round robin", () => {
    // Replica 1 of 3 fails every request it gets: exactly every third request fails.
    const summary = runScenario(
      scenario({
        duration: 40,
        components: [
          burstClient("client", "server", 1, 30),
          server("server", constant(0.5), { replicas: 3 }),
        ],
        faults: [{ kind: "errors", at: 0, target: "server", duration: 1e9, rate: 1, instance: 1 }],
      }),
    );
    expect(summary.requests.completed).toBe(20);
    expect(summary.requests.failures.error).toBe(10);
  });

  it("skips a crashed replica when choosing one itself", () => {
    const summary = runScenario(
      scenario({
        duration: 40,
        components: [
          burstClient("client", "server", 1, 30),
          server("server", constant(0.5), { replicas: 3 }),
        ],
        faults: [downForGood("server", 1)],
      }),
    );
    expect(summary.requests.completed).toBe(30);
  });

  it("keeps its workers busy for the service time of each request", () => {
    const summary = runScenario(
      scenario({
        duration: 100,
        components: [
          closedClient("users", "server", 1, constant(1)),
          server("server", constant(1), { workers: 2 }),
        ],
      }),
    );
    // One user alternating 1 s of think and 1 s of service: one of two workers busy half the time.
    expect(component(summary, "server").utilization).toBeCloseTo(0.25, 12);
    expect(component(summary, "server").served).toBe(50);
  });
});

describe("Server, faults", () => {
  /**
   * Requests at 1 .. 7 s taking 3 s each on one worker, and a crash from 5.5 to 6.5 s: at the
   * crash the request of 2 s is in service and those of 3, 4 and 5 s are waiting.
   */
  function crashed(timeout?: number) {
    return runScenario(
      scenario({
        duration: 120,
        components: [
          burstClient("client", "server", 1, 7, timeout === undefined ? {} : { timeout }),
          server("server", constant(3)),
        ],
        faults: [{ kind: "crash", at: 5.5, target: "server", duration: 1 }],
      }),
    );
  }

  it("loses the work in flight at a crash and refuses arrivals while down, as unavailable", () => {
    const summary = crashed();
    // Answered: the requests of 1 s and 7 s. Unavailable: the four lost, and the one of 6 s.
    expect(summary.requests.completed).toBe(2);
    expect(summary.requests.failures).toEqual({
      rejected: 0,
      timeout: 0,
      unavailable: 5,
      error: 0,
    });
    expect(component(summary, "server")).toMatchObject({ served: 2, failed: 5 });
  });

  it("loses the work in flight silently when its callers have a timeout, which then expires", () => {
    const summary = crashed(100);
    expect(summary.requests.completed).toBe(2);
    expect(summary.requests.failures).toEqual({
      rejected: 0,
      timeout: 4,
      unavailable: 1,
      error: 0,
    });
  });

  it("multiplies service times by the factor of a slow fault while it lasts", () => {
    // Requests every 5 s taking 1 s, three times slower until 12 s: 3, 3, then 1, 1, 1.
    const summary = runScenario(
      scenario({
        duration: 40,
        components: [burstClient("client", "server", 0.2, 5), server("server", constant(1))],
        faults: [{ kind: "slow", at: 0, target: "server", duration: 12, factor: 3 }],
      }),
    );
    expect(summary.latency.mean).toBe((3 + 3 + 1 + 1 + 1) / 5);
    expect(summary.latency.max).toBe(3);
  });

  it("fails the given share of requests with error", () => {
    const summary = runScenario(
      scenario({
        duration: 125,
        components: [uniformClient("client", "server", 32), server("server", constant(0))],
        faults: [{ kind: "errors", at: 0, target: "server", duration: 1e9, rate: 0.25 }],
      }),
    );
    expect(summary.requests.generated).toBe(4000);
    // Binomial(4000, 1/4): standard deviation 27.4; 5 of them.
    expect(Math.abs(summary.requests.failures.error - 1000)).toBeLessThan(137);
    expect(summary.requests.completed + summary.requests.failures.error).toBe(4000);
  });
});
