import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseScenarioText } from "../../../src/scenario/parse";
import type { Scenario } from "../../../src/scenario/types";
import { OK, REJECTED, TIMEOUT } from "../../../src/sim/outcome";
import { runScenario } from "../../../src/sim/run";
import type { Hop, SampledRequest } from "../../../src/sim/trace/sample";
import { balancer, constant, exp, openClient, scenario, server } from "../scenarios";
import { tracedRun } from "./traced-run";

function preset(name: string): Scenario {
  const parsed = parseScenarioText(readFileSync(`models/${name}.json`, "utf8"));
  if (!parsed.ok) throw new Error(`models/${name}.json does not load`);
  return parsed.scenario;
}

const finished = (r: SampledRequest) => r.hops[0].returned >= 0;
const duration = (h: Hop) => h.returned - h.sent;

/** Three tiers with a network delay on every hop and queues that sometimes fill. */
const threeTiers = scenario({
  duration: 30,
  network: constant(0.001),
  components: [
    openClient("users", "lb", 40),
    balancer("lb", ["app"], "round-robin", { service: constant(0.0005) }),
    server("app", exp(0.02), {
      replicas: 2,
      calls: [{ target: "db", mode: "sync" }],
    }),
    server("db", exp(0.01), { workers: 2 }),
  ],
});

describe("the trace recorder", () => {
  it("adds up each request's network, queue wait and service to exactly its latency", () => {
    const { sample } = tracedRun(threeTiers);
    const done = sample.requests.filter(finished);
    expect(done.length).toBeGreaterThan(1000);
    let queued = 0;
    for (const r of done) {
      // One path: users → lb → app → db, each hop the only call of the one before.
      expect(r.hops.map((h) => sample.components[h.component])).toEqual([
        "users",
        "lb",
        "app",
        "db",
      ]);
      let parts = 0;
      for (const h of r.hops.slice(1)) {
        parts += h.arrived - h.sent + (h.returned - h.replied);
        if (h.started >= 0) parts += h.started - h.arrived + (h.processed - h.started);
        if (h.started > h.arrived) queued++;
      }
      // The balancer's own time: from arrival to its forward.
      parts += r.hops[2].sent - r.hops[1].arrived;
      expect(parts).toBeCloseTo(duration(r.hops[0]), 12);
    }
    expect(queued).toBeGreaterThan(0);
  });

  it("gives the latency the client measured: the same mean over every request", () => {
    const { summary, sample } = tracedRun(threeTiers);
    const roots = sample.requests.filter(finished).map((r) => r.hops[0]);
    expect(roots.length).toBe(summary.requests.completed);
    const mean = roots.reduce((s, h) => s + duration(h), 0) / roots.length;
    expect(mean).toBeCloseTo(summary.latency.mean, 12);
  });

  it("names the replica that served each hop", () => {
    const { sample } = tracedRun(threeTiers);
    const replicas = new Set(sample.requests.map((r) => r.hops[2].instance));
    expect([...replicas].sort()).toEqual([0, 1]);
    expect(sample.requests.every((r) => r.hops[1].instance === -1)).toBe(true);
  });

  it("changes no number of the run: a preset's summary is the same with a recorder", () => {
    for (const name of ["small-web-app", "retry-storm", "queue-absorbs-burst"]) {
      const s = { ...preset(name), duration: 20 };
      const plain = runScenario(s, { wallClock: () => 0 });
      const { summary } = tracedRun(s, { rate: 0.5, max: 50 });
      expect(summary).toEqual(plain);
    }
  });

  it("keeps a rejection's cause where it happened and passes it on as downstream", () => {
    const s = scenario({
      duration: 5,
      components: [
        openClient("users", "app", 200),
        server("app", constant(0.02), { queue: 0, calls: [] }),
      ],
    });
    const { sample } = tracedRun(s);
    const rejected = sample.requests.filter((r) => r.hops[0].outcome === REJECTED);
    expect(rejected.length).toBeGreaterThan(100);
    for (const r of rejected) {
      const [root, at] = r.hops;
      expect(root.cause).toBe("downstream");
      expect(root.failedCall).toBe(1);
      expect(at.cause).toBe("rejected");
      expect(at.started).toBe(-1);
      expect(at.instance).toBe(0);
    }
  });

  it("records each timed-out attempt and the retries after it", () => {
    const s = scenario({
      duration: 5,
      components: [
        openClient("users", "app", 2, {
          timeout: 0.05,
          retry: { max: 2, backoff: 0.01, multiplier: 2, jitter: false },
        }),
        server("app", constant(0.1), { workers: 10 }),
      ],
    });
    const { sample } = tracedRun(s);
    const done = sample.requests.filter(finished);
    expect(done.length).toBeGreaterThan(3);
    for (const r of done) {
      const attempts = r.hops.filter((h) => h.parent === 0);
      expect(attempts.map((h) => h.attempt)).toEqual([1, 2, 3]);
      for (const a of attempts) {
        // The caller gave up after its timeout; the server still finished the work.
        expect(a.abandoned - a.sent).toBeCloseTo(0.05, 12);
        expect(a.outcome).toBe(OK);
      }
      expect(r.hops[0].outcome).toBe(TIMEOUT);
      expect(r.hops[0].cause).toBe("timeout");
      // Backoff 0.01 then 0.02 between the timeouts and the next sends.
      expect(attempts[1].sent - attempts[0].abandoned).toBeCloseTo(0.01, 12);
      expect(attempts[2].sent - attempts[1].abandoned).toBeCloseTo(0.02, 12);
    }
  });

  it("records a hedged copy beside the attempt it doubles", () => {
    const s = scenario({
      duration: 20,
      components: [
        openClient("users", "app", 10, { hedge: { after: 0.05 }, timeout: 2 }),
        server("app", exp(0.05), { workers: 4 }),
      ],
    });
    const { sample } = tracedRun(s);
    const hedged = sample.requests.filter((r) => r.hops.some((h) => h.kind === "hedge"));
    expect(hedged.length).toBeGreaterThan(10);
    for (const r of hedged) {
      const [first, copy] = r.hops.slice(1);
      expect(copy.kind).toBe("hedge");
      expect(copy.sent - first.sent).toBeCloseTo(0.05, 12);
      // Whichever answered second was abandoned, unless both answered at once.
      const loser = first.returned <= copy.returned ? copy : first;
      expect(loser.abandoned).toBeGreaterThanOrEqual(0);
    }
  });

  it("follows a published message to the consumer that processes it", () => {
    const s = scenario({
      duration: 10,
      components: [
        openClient("users", "orders", 20),
        {
          type: "queue",
          id: "orders",
          capacity: Number.POSITIVE_INFINITY,
          publish: constant(0.002),
          consumers: { count: 1, prefetch: 1, service: exp(0.04), target: "mail" },
          maxRedeliveries: 0,
        },
        server("mail", constant(0.01)),
      ],
    });
    const { sample } = tracedRun(s);
    const r = sample.requests.find((q) => q.hops.length === 4 && q.hops[3].replied >= 0)!;
    const [root, publish, message, call] = r.hops;
    expect(publish.kind).toBe("call");
    expect(message.kind).toBe("message");
    expect(message.parent).toBe(1);
    expect(call.parent).toBe(2);
    // The producer is answered after the publish latency, long before the message is done.
    expect(root.returned - root.sent).toBeCloseTo(0.002, 12);
    expect(message.replied).toBeGreaterThan(root.returned);
  });

  it("keeps at most `max` requests, a uniform sample repeated exactly by the same seed", () => {
    const a = tracedRun(threeTiers, { rate: 0.25, max: 40 }).sample;
    const b = tracedRun(threeTiers, { rate: 0.25, max: 40 }).sample;
    expect(a.requests).toHaveLength(40);
    expect(b).toEqual(a);
    const generated = tracedRun(threeTiers).sample.offered;
    expect(a.offered / generated).toBeGreaterThan(0.2);
    expect(a.offered / generated).toBeLessThan(0.3);
    // Spread over the run, not its first 40 requests.
    const starts = a.requests.map((r) => r.hops[0].sent);
    expect(Math.min(...starts)).toBeLessThan(10);
    expect(Math.max(...starts)).toBeGreaterThan(20);
  });
});
