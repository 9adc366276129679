/**
 * Each preset whose lesson is about a problem produces the finding that names it, at the
 * component the lesson is about; healthy scenarios produce nothing alarming; every finding reads
 * in English and in Simplified Chinese with its figures.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runReplications } from "../../src/cli/replicate";
import {
  describe as describeFinding,
  type Finding,
  insightsOf,
  isAlarming,
} from "../../src/insights/index";
import { parseScenarioText } from "../../src/scenario/parse";
import type { Scenario } from "../../src/scenario/types";
import { runScenario } from "../../src/sim/run";
import { balancer, exp, openClient, scenario, server } from "../sim/scenarios";

function preset(name: string, change: (doc: Record<string, unknown>) => void = () => {}): Scenario {
  const doc = JSON.parse(
    readFileSync(join(import.meta.dirname, "../../models", `${name}.json`), "utf8"),
  );
  change(doc);
  const parsed = parseScenarioText(JSON.stringify(doc));
  if (!parsed.ok) throw new Error(parsed.errors.map((e) => e.message).join("\n"));
  return parsed.scenario;
}

function findings(s: Scenario): Finding[] {
  return insightsOf(s, runScenario(s));
}

function find(all: Finding[], kind: Finding["kind"], component: string): Finding {
  const found = all.find((f) => f.kind === kind && f.component === component);
  if (found === undefined) {
    throw new Error(
      `no ${kind} at ${component} among ${all.map((f) => `${f.kind}@${f.component}`)}`,
    );
  }
  return found;
}

describe("insights of the presets", () => {
  it("retry-storm: retries without backoff more than triple the load users offer", () => {
    const f = find(findings(preset("retry-storm")), "retries", "users");
    if (f.kind !== "retries") throw new Error();
    expect(f.severity).toBe("critical");
    expect(f.figures.noBackoff).toBe(true);
    expect(f.figures.attemptsPerRequest).toBeGreaterThan(3);
    expect(f.figures.attempted).toBeCloseTo(f.figures.offered * f.figures.attemptsPerRequest, 9);
  });

  it("thread-pool-exhaustion: app's blocking workers spend most of their time waiting on db", () => {
    const f = find(findings(preset("thread-pool-exhaustion")), "blocked-workers", "app");
    if (f.kind !== "blocked-workers") throw new Error();
    expect(f.figures.dependency).toBe("db");
    expect(f.figures.inCalls).toBeGreaterThan(0.9);
    expect(f.figures.rejected).toBeGreaterThan(0);
  });

  it("circuit-breaker without its breaker: recommendations exhaust the API's blocking workers", () => {
    const unprotected = preset("circuit-breaker", (doc) => {
      const api = (doc.components as { calls?: { breaker?: unknown }[] }[])[1];
      delete api.calls![0].breaker;
      delete doc.lesson;
    });
    const f = find(findings(unprotected), "blocked-workers", "api");
    if (f.kind !== "blocked-workers") throw new Error();
    expect(f.figures.dependency).toBe("recs");
    expect(f.figures.inCalls).toBeGreaterThan(0.8);
  });

  it("event-loop-behind-slow-database: the same slowdown blocks no workers", () => {
    const all = findings(preset("event-loop-behind-slow-database"));
    expect(all.filter((f) => f.kind === "blocked-workers")).toEqual([]);
  });

  it("one-server-saturating: app is the bottleneck, over 80% busy, and rejects at its queue", () => {
    const all = findings(preset("one-server-saturating"));
    const f = find(all, "bottleneck", "app");
    if (f.kind !== "bottleneck") throw new Error();
    expect(f.severity).toBe("warning");
    expect(f.figures.utilization).toBeGreaterThan(0.8);
    expect(f.figures.meanWait).toBeGreaterThan(10 * f.figures.meanService);
    find(all, "rejections", "app");
  });

  it("three-servers-balanced: round-robin saturates the old machine, whose queue grows without bound", () => {
    const all = findings(preset("three-servers-balanced"));
    const overload = find(all, "overload", "app-c");
    if (overload.kind !== "overload") throw new Error();
    // Round robin deals a third of 240 requests/s to 4 workers of 80 ms: 80 offered, 50 served.
    expect(overload.figures.offered).toBeCloseTo(80, 9);
    expect(overload.figures.capacity).toBeCloseTo(50, 9);
    expect(find(all, "bottleneck", "app-c").severity).toBe("critical");
    find(all, "unbounded-queue", "app-c");
    expect(all.some((f) => f.component === "app-a" && isAlarming(f))).toBe(false);
  });

  it("hot-shard: one shard takes a third of the queries where an even share is a quarter", () => {
    const f = find(findings(preset("hot-shard")), "hot-shard", "db");
    if (f.kind !== "hot-shard") throw new Error();
    expect(f.figures.fairShare).toBe(0.25);
    expect(f.figures.share).toBeGreaterThan(0.3);
  });

  it("hot-shard averaged over 2 replications: the shards' ci95 group is not a shard", () => {
    const s = preset("hot-shard");
    const f = find(insightsOf(s, runReplications(s, { replications: 2 })), "hot-shard", "db");
    if (f.kind !== "hot-shard") throw new Error();
    expect(f.figures.fairShare).toBe(0.25);
    expect(f.figures.share).toBeGreaterThan(0.3);
  });

  it("circuit-breaker: the breaker on api's calls opened", () => {
    const f = find(findings(preset("circuit-breaker")), "breaker-open", "api");
    if (f.kind !== "breaker-open") throw new Error();
    expect(f.figures.opened).toBeGreaterThan(0);
    expect(f.figures.shortCircuited).toBeGreaterThan(0);
  });

  it("queue-absorbs-burst: the queue's backlog is reported, as information only", () => {
    const f = find(findings(preset("queue-absorbs-burst")), "queue-backlog", "orders");
    expect(f.severity).toBe("info");
  });

  it("cache-stampede with a cache of 5 keys: a poor hit ratio", () => {
    const small = preset("cache-stampede", (doc) => {
      const cache = (doc.components as { id: string; capacity?: number }[])[1];
      cache.capacity = 5;
    });
    const f = find(findings(small), "poor-hit-ratio", "cache");
    if (f.kind !== "poor-hit-ratio") throw new Error();
    expect(f.figures.hitRatio).toBeLessThan(0.5);
    expect(f.figures.keys).toBe(100);
  });

  it.each(["small-web-app", "cdn-static", "read-replicas"])(
    "%s, a healthy scenario, produces no alarming finding",
    (name) => {
      expect(findings(preset(name)).filter(isAlarming)).toEqual([]);
    },
  );
});

describe("a balancer without health checks", () => {
  const twoBackends = (healthCheck: boolean) =>
    scenario({
      duration: 100,
      components: [
        openClient("users", "lb", 40),
        balancer(
          "lb",
          ["app-1", "app-2"],
          "round-robin",
          healthCheck ? { healthCheck: { interval: 1, unhealthyAfter: 2, healthyAfter: 2 } } : {},
        ),
        server("app-1", exp(0.05), { workers: 4 }),
        server("app-2", exp(0.05), { workers: 4 }),
      ],
      faults: [{ kind: "crash", at: 30, target: "app-1", duration: 20 }],
    });

  it("keeps sending to the crashed backend: about half the requests of the outage fail", () => {
    const s = twoBackends(false);
    const summary = runScenario(s);
    const f = find(insightsOf(s, summary), "dead-backend", "lb");
    if (f.kind !== "dead-backend") throw new Error();
    expect(f.figures.backend).toBe("app-1");
    expect(f.figures.down).toBe(20);
    // 40 requests/s for 20 s, every other one to the dead backend.
    expect(f.figures.failed).toBeGreaterThan(300);
    expect(f.figures.unavailable).toBe(summary.requests.failures.unavailable);
  });

  it("with a health check, is not reported", () => {
    const all = findings(twoBackends(true));
    expect(all.filter((f) => f.kind === "dead-backend")).toEqual([]);
  });
});

describe("timeouts without a client timeout", () => {
  it("point at the server whose call timed out", () => {
    const s = scenario({
      duration: 60,
      components: [
        openClient("users", "app", 10),
        server("app", exp(0.001), {
          workers: 50,
          calls: [{ target: "slow", mode: "sync", timeout: 0.1 }],
        }),
        server("slow", exp(0.2), { workers: 10 }),
      ],
    });
    const f = find(findings(s), "timeouts", "app");
    if (f.kind !== "timeouts") throw new Error();
    expect(f.figures.timeout).toBe(0.1);
    expect(f.figures.share).toBeGreaterThan(0.3);
  });
});

describe("rejections in a tandem", () => {
  it("are found where they happen, not at the server whose call was rejected", () => {
    const s = scenario({
      duration: 100,
      components: [
        openClient("users", "front", 40),
        server("front", exp(0.01), {
          workers: 8,
          queue: 10,
          calls: [{ target: "back", mode: "sync" }],
        }),
        server("back", exp(0.02), { queue: 0 }),
      ],
    });
    const all = findings(s);
    find(all, "rejections", "back");
    expect(all.filter((f) => f.kind === "rejections" && f.component === "front")).toEqual([]);
  });
});

describe("the text of a finding", () => {
  const s = preset("retry-storm");
  const all = insightsOf(s, runScenario(s));

  it("names the component by its label and cites its figures, in English", () => {
    const f = find(all, "retries", "users");
    expect(describeFinding(f, s, "en")).toBe(
      "Users retries without backoff (10 ms, ×1, no jitter): each request cost 3.2 attempts, 237 attempts/s sent for 74.1 requests/s offered.",
    );
  });

  it("reads in Simplified Chinese for every finding, with the same figures", () => {
    for (const f of all) {
      const zh = describeFinding(f, s, "zh-CN");
      expect(zh).toMatch(/[\u4e00-\u9fff]/);
      expect(zh).not.toMatch(/undefined|NaN/);
    }
    expect(describeFinding(find(all, "retries", "users"), s, "zh-CN")).toContain("3.2");
  });
});
