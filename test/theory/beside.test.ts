/**
 * Theory beside simulation: where a model applies, its figures are the formulas' at the rates
 * the traffic equations give, and a long run's figures sit near them; where none applies, the
 * reason is given instead of a number.
 */
import { describe, expect, it } from "vitest";
import type { Component, Scenario } from "../../src/scenario/types";
import { runScenario } from "../../src/sim/run";
import { type TheoryBeside, theoryBeside } from "../../src/theory/beside";
import { cheLru, zipfGroups, zipfPopularities } from "../../src/theory/che";
import { ekm1 } from "../../src/theory/ekm1";
import { mg1 } from "../../src/theory/mg1";
import { mm1 } from "../../src/theory/mm1";
import { mm1k } from "../../src/theory/mm1k";
import { mmc } from "../../src/theory/mmc";
import { balancer, exp, openClient, scenario, server } from "../sim/scenarios";

function beside(s: Scenario, id: string, withRun = false): TheoryBeside {
  const found = theoryBeside(s, withRun ? runScenario(s) : null).find((b) => b.component === id);
  if (found === undefined) throw new Error(`no theory entry for ${id}`);
  return found;
}

function rowsOf(b: TheoryBeside): Record<string, { theory: number; simulated: number | null }> {
  if (!b.applies) throw new Error(`theory does not apply: ${b.reason}`);
  return Object.fromEntries(b.rows.map((r) => [r.figure, r]));
}

const single = (extra: Partial<Scenario> = {}, ...components: Component[]) =>
  scenario({ components, duration: 20000, warmup: 100, ...extra });

describe("a Poisson stream into one exponential server", () => {
  const s = single({}, openClient("users", "web", 8), server("web", exp(0.1)));

  it("is M/M/1 with the formulas' figures", () => {
    const b = beside(s, "web");
    expect(b.applies && b.model).toBe("M/M/1");
    const rows = rowsOf(b);
    const f = mm1(8, 10);
    expect(rows.utilization.theory).toBe(f.utilization);
    expect(rows.meanQueue.theory).toBe(f.meanQueue);
    expect(rows.meanWait.theory).toBe(f.meanWait);
    expect(rows.meanResponse.theory).toBe(f.meanSojourn);
  });

  it("and a run of 20,000 s sits near it (ρ = 0.8: W = 0.5 s)", () => {
    const rows = rowsOf(beside(s, "web", true));
    expect(rows.utilization.simulated!).toBeCloseTo(0.8, 2);
    expect(Math.abs(rows.meanResponse.simulated! / rows.meanResponse.theory - 1)).toBeLessThan(
      0.05,
    );
    expect(Math.abs(rows.meanQueue.simulated! / rows.meanQueue.theory - 1)).toBeLessThan(0.06);
  });
});

describe("a Poisson stream into four exponential workers", () => {
  const s = single({}, openClient("users", "web", 30), server("web", exp(0.1), { workers: 4 }));

  it("is M/M/c by Erlang C, and a long run sits near it", () => {
    const b = beside(s, "web", true);
    expect(b.applies && b.model).toBe("M/M/c");
    const rows = rowsOf(b);
    const f = mmc(30, 10, 4);
    expect(rows.meanWait.theory).toBe(f.meanWait);
    expect(rows.meanQueue.theory).toBe(f.meanQueue);
    expect(rows.utilization.simulated!).toBeCloseTo(0.75, 2);
    expect(Math.abs(rows.meanWait.simulated! / f.meanWait - 1)).toBeLessThan(0.06);
    expect(Math.abs(rows.meanResponse.simulated! / f.meanSojourn - 1)).toBeLessThan(0.03);
  });

  it("behind a random balancer over two replicas, each replica is M/M/c at half the rate", () => {
    const lb = single(
      {},
      openClient("users", "lb", 60),
      balancer("lb", ["web"], "random"),
      server("web", exp(0.1), { workers: 4, replicas: 2 }),
    );
    const rows = rowsOf(beside(lb, "web"));
    const f = mmc(30, 10, 4);
    expect(rows.meanWait.theory).toBe(f.meanWait);
    expect(rows.meanQueue.theory).toBeCloseTo(2 * f.meanQueue, 12);
  });
});

describe("a client's end-to-end mean response (Jackson network)", () => {
  it("through a non-blocking M/M/c server and its M/M/1 database, with the network both ways", () => {
    const s = single(
      { network: { dist: "const", value: 0.001 } },
      openClient("users", "app", 10),
      server("app", exp(0.01), {
        workers: 4,
        blocking: false,
        calls: [{ target: "db", mode: "sync" }],
      }),
      server("db", exp(0.05)),
    );
    const b = beside(s, "users", true);
    expect(b.applies && b.model).toBe("Jackson network");
    const expected = 4 * 0.001 + mmc(10, 100, 4).meanSojourn + mm1(10, 20).meanSojourn;
    const rows = rowsOf(b);
    expect(rows.meanResponse.theory).toBeCloseTo(expected, 12);
    expect(Math.abs(rows.meanResponse.simulated! / expected - 1)).toBeLessThan(0.05);
  });

  it("weights each path by its share: a random balancer and reads that alone call the database", () => {
    const s = single(
      {},
      openClient("users", "lb", 10, {
        mix: [
          { class: "read", weight: 3 },
          { class: "write", weight: 1 },
        ],
      }),
      balancer("lb", ["fast", "slow"], "random"),
      server("fast", exp(0.02), {
        blocking: false,
        calls: [{ target: "db", when: "read", mode: "sync" }],
      }),
      server("slow", exp(0.05), {
        blocking: false,
        calls: [{ target: "db", when: "read", mode: "sync" }],
      }),
      server("db", exp(0.02)),
    );
    const b = beside(s, "users", true);
    const own = 0.5 * mm1(5, 50).meanSojourn + 0.5 * mm1(5, 20).meanSojourn;
    const expected = own + 0.75 * mm1(7.5, 50).meanSojourn;
    const rows = rowsOf(b);
    expect(rows.meanResponse.theory).toBeCloseTo(expected, 12);
    expect(Math.abs(rows.meanResponse.simulated! / expected - 1)).toBeLessThan(0.05);
  });

  it("is not formed behind blocking workers or a queue that rejects", () => {
    const blocking = single(
      {},
      openClient("users", "app", 5),
      server("app", exp(0.01), { calls: [{ target: "db", mode: "sync" }] }),
      server("db", exp(0.05)),
    );
    expect(beside(blocking, "users")).toMatchObject({
      applies: false,
      reason: "blocking-calls",
      at: "app",
    });
    const bounded = single(
      {},
      openClient("users", "web", 9),
      server("web", exp(0.1), { queue: 2 }),
    );
    expect(beside(bounded, "users")).toMatchObject({
      applies: false,
      reason: "rejects",
      at: "web",
    });
  });
});

describe("the other models", () => {
  it("a bounded queue is M/M/1/K, its rejections the blocking probability", () => {
    const s = single({}, openClient("users", "web", 12), server("web", exp(0.1), { queue: 4 }));
    const b = beside(s, "web", true);
    expect(b.applies && b.model).toBe("M/M/1/K");
    const rows = rowsOf(b);
    const f = mm1k(12, 10, 5);
    expect(rows.rejected.theory).toBeCloseTo(f.blocking, 12);
    expect(Math.abs(rows.rejected.simulated! / f.blocking - 1)).toBeLessThan(0.05);
  });

  it("lognormal service on one worker is M/G/1 (Pollaczek–Khinchine)", () => {
    const s = single(
      {},
      openClient("users", "web", 5),
      server("web", { dist: "lognormal", mean: 0.1, cv: 2 }),
    );
    const b = beside(s, "web");
    expect(b.applies && b.model).toBe("M/G/1");
    expect(rowsOf(b).meanWait.theory).toBeCloseTo(mg1(5, 0.1, 5 * 0.01).meanWait, 12);
  });

  it("round robin over two single-worker servers deals each every other request: E_2/M/1", () => {
    const s = single(
      {},
      openClient("users", "lb", 16),
      balancer("lb", ["a", "b"], "round-robin"),
      server("a", exp(0.1)),
      server("b", exp(0.1)),
    );
    const b = beside(s, "a", true);
    expect(b.applies && b.model).toBe("E_k/M/1");
    const rows = rowsOf(b);
    expect(rows.meanWait.theory).toBe(ekm1(8, 10, 2).meanWait);
    expect(Math.abs(rows.meanWait.simulated! / rows.meanWait.theory - 1)).toBeLessThan(0.06);
  });

  it("evenly spaced arrivals into one exponential server are D/M/1", () => {
    const s = single(
      {},
      openClient("users", "web", 8, {
        workload: { kind: "open", rate: 8, arrival: "uniform", schedule: [] },
      }),
      server("web", exp(0.1)),
    );
    const b = beside(s, "web");
    expect(b.applies && b.model).toBe("D/M/1");
    expect(rowsOf(b).meanWait.theory).toBe(ekm1(8, 10, Infinity).meanWait);
  });

  it("an LRU cache under Zipf keys gets Che's hit ratio, and a run comes close to it", () => {
    const s = scenario({
      duration: 200,
      warmup: 20,
      components: [
        openClient("users", "cache", 500, { keys: { count: 1000, zipf: 0.8 } }),
        {
          type: "cache",
          id: "cache",
          capacity: 100,
          ttl: Infinity,
          hit: { dist: "const", value: 0.001 },
          backend: "db",
          coalesce: false,
        },
        server("db", exp(0.01), { workers: 20 }),
      ],
    });
    const rows = rowsOf(beside(s, "cache", true));
    const che = cheLru(zipfPopularities(1000, 0.8), 100).hitRatio;
    expect(rows.hitRatio.theory).toBe(che);
    expect(Math.abs(rows.hitRatio.simulated! - che)).toBeLessThan(0.01);
  });
});

describe("counts the user typed, however large", () => {
  // A loop over the workers would outlast the test's timeout by years: no clock is needed.
  it("a quadrillion workers are M/M/c, computed at once", () => {
    const s = single(
      {},
      openClient("users", "web", 10),
      server("web", exp(0.01), { workers: 1e15 }),
    );
    const b = beside(s, "web");
    expect(b.applies && b.model).toBe("M/M/c");
    expect(rowsOf(b).meanWait.theory).toBe(0);
  });

  it("a queue of four billion places is M/M/c/K, without an array of that size", () => {
    const s = single(
      {},
      openClient("users", "web", 10),
      server("web", exp(0.01), { workers: 2, queue: 4e9 }),
    );
    const b = beside(s, "web");
    expect(b.applies && b.model).toBe("M/M/c/K");
    expect(rowsOf(b).rejected.theory).toBe(0);
  });

  it("a billion erlangs offered to a billion workers is too large for the closed form", () => {
    const s = single({}, openClient("users", "web", 1e9), server("web", exp(1), { workers: 1e9 }));
    const b = beside(s, "web");
    expect(b.applies ? b.model : b.reason).toBe("too-large");
  });

  it("ten million Zipf keys give Che's hit ratio over 11,025 groups of ranks, not key by key", () => {
    const s = scenario({
      components: [
        openClient("users", "cache", 500, { keys: { count: 1e7, zipf: 0.8 } }),
        {
          type: "cache",
          id: "cache",
          capacity: 1e6,
          ttl: Infinity,
          hit: { dist: "const", value: 0.001 },
          backend: "db",
          coalesce: false,
        },
        server("db", exp(0.01), { workers: 20 }),
      ],
    });
    const hit = rowsOf(beside(s, "cache")).hitRatio.theory;
    const groups = zipfGroups(1e7, 0.8);
    expect(groups.counts.length).toBe(11_025);
    expect(hit).toBe(cheLru(groups.popularities, 1e6, groups.counts).hitRatio);
    expect(hit).toBeGreaterThan(0.4);
    expect(hit).toBeLessThan(1);
  });
});

describe("where no model applies, the reason", () => {
  const reason = (s: Scenario, id: string) => {
    const b = beside(s, id);
    return b.applies ? b.model : b.reason;
  };
  const web = server("web", exp(0.1));

  it.each([
    [
      "a rate schedule",
      openClient("users", "web", 5, {
        workload: { kind: "open", rate: 5, arrival: "poisson", schedule: [{ at: 10, rate: 8 }] },
      }),
      "schedule",
    ],
    [
      "retries",
      openClient("users", "web", 5, {
        retry: { max: 2, backoff: 0.1, multiplier: 2, jitter: true },
      }),
      "retries",
    ],
    [
      "a closed workload",
      openClient("users", "web", 5, { workload: { kind: "closed", users: 5, think: exp(1) } }),
      "closed-workload",
    ],
  ])("%s", (_, client, expected) => {
    expect(reason(single({}, client, web), "web")).toBe(expected);
  });

  it("live what-ifs applied to the run (the page's markers)", () => {
    const s = single({}, openClient("users", "web", 5), web);
    const [entry] = theoryBeside(s, null, true);
    expect(entry.applies ? entry.model : entry.reason).toBe("what-ifs");
  });

  it("a recorded trace", () => {
    const traced = openClient("users", "web", 5, {
      workload: { kind: "trace", timestamps: [0.1, 0.5, 0.7] },
    });
    expect(reason(single({}, traced, web), "web")).toBe("trace");
  });

  it("faults", () => {
    const s = single(
      { faults: [{ kind: "crash", at: 10, target: "web", duration: 5 }] },
      openClient("users", "web", 5),
      web,
    );
    expect(reason(s, "web")).toBe("faults");
  });

  it("blocking workers held by calls, and the calls' target behind them", () => {
    const s = single(
      {},
      openClient("users", "app", 5),
      server("app", exp(0.01), { workers: 4, calls: [{ target: "web", mode: "sync" }] }),
      web,
    );
    expect(reason(s, "app")).toBe("blocking-calls");
    expect(reason(s, "web")).toBe("behind-station");
  });

  it("but behind a non-blocking M/M/c server the calls are Poisson (Burke): M/M/1 downstream", () => {
    const s = single(
      {},
      openClient("users", "app", 5),
      server("app", exp(0.01), {
        workers: 4,
        blocking: false,
        calls: [{ target: "web", mode: "sync" }],
      }),
      web,
    );
    expect(reason(s, "app")).toBe("M/M/c");
    expect(reason(s, "web")).toBe("M/M/1");
  });

  it("least-connections balancing", () => {
    const s = single(
      {},
      openClient("users", "lb", 5),
      balancer("lb", ["web"], "least-connections"),
      server("web", exp(0.1), { replicas: 2 }),
    );
    expect(reason(s, "web")).toBe("state-dependent-balancing");
  });

  it("a service time of zero, or a Pareto tail with no finite mean", () => {
    for (const service of [
      { dist: "const" as const, value: 0 },
      { dist: "pareto" as const, min: 0.01, alpha: 0.9 },
    ]) {
      const s = single({}, openClient("users", "web", 5), server("web", service));
      expect(reason(s, "web")).toBe("degenerate-service");
    }
  });

  it("general service on several workers (no closed form for M/G/c)", () => {
    const s = single(
      {},
      openClient("users", "web", 5),
      server("web", { dist: "const", value: 0.1 }, { workers: 2 }),
    );
    expect(reason(s, "web")).toBe("general-service");
  });
});
