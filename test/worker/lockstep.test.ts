import { describe, expect, it } from "vitest";
import { parseScenarioText } from "../../src/scenario/parse";
import { runScenario } from "../../src/sim/run";
import type { Summary } from "../../src/sim/summary";
import { commonTime, Lockstep, laggard } from "../../src/worker/lockstep";

function scenario(replicas: number, duration = 60): string {
  return JSON.stringify({
    version: 1,
    name: `${replicas} replicas`,
    seed: `own seed ${replicas}`,
    duration,
    warmup: 5,
    components: [
      { id: "users", type: "client", workload: { kind: "open", rate: 18 }, target: "web" },
      { id: "web", type: "server", replicas, service: { dist: "exp", mean: 0.05 } },
    ],
  });
}

function withoutWall(s: Summary | undefined): Omit<Summary, "wallSeconds"> | undefined {
  if (s === undefined) return undefined;
  const { wallSeconds: _, ...rest } = s;
  return rest;
}

/** A fake wall clock that moves 1 ms per reading, so budgets end deterministically. */
function ticking(): () => number {
  let now = 0;
  return () => now++;
}

describe("laggard", () => {
  it("picks the unfinished variant furthest behind the target, the first on ties", () => {
    expect(laggard([3, 1, 2], [10, 10, 10], 5)).toBe(1);
    expect(laggard([3, 1, 1], [10, 10, 10], 5)).toBe(1);
    expect(laggard([3, 1, 2], [10, 1, 10], 5)).toBe(2);
    expect(laggard([5, 6], [10, 10], 5)).toBe(-1);
  });
});

describe("commonTime", () => {
  it("is the slowest unfinished variant's time, or the last end when all are done", () => {
    expect(commonTime([3, 1, 2], [10, 10, 10])).toBe(1);
    expect(commonTime([3, 1, 2], [10, 1, 10])).toBe(2);
    expect(commonTime([10, 20], [10, 20])).toBe(20);
  });
});

describe("Lockstep", () => {
  it("keeps the variants within one probe interval of each other whatever the budget", () => {
    const lockstep = new Lockstep(ticking());
    const loaded = lockstep.load([scenario(1), scenario(2)], "7");
    if (!loaded.ok) throw new Error("did not load");
    const interval = loaded.variants[0].probeInterval;
    while (!lockstep.finished) {
      lockstep.advanceTo(Number.POSITIVE_INFINITY, 40);
      const { variants } = lockstep.snapshot({ running: true, speed: "max", withSummary: false });
      const times = variants.map((v) => v.time);
      expect(Math.max(...times) - Math.min(...times)).toBeLessThanOrEqual(interval + 1e-9);
    }
  });

  it("runs every variant on the common seed, each ending with the command line's summary", () => {
    const texts = [scenario(1), scenario(2)];
    const lockstep = new Lockstep();
    const loaded = lockstep.load(texts, "7");
    expect(loaded).toMatchObject({ ok: true, seed: "7" });
    for (let t = 1.3; !lockstep.finished; t += 7.1) lockstep.advanceTo(t);
    const last = lockstep.snapshot({ running: false, speed: 1, withSummary: true });
    expect(last.finished).toBe(true);
    expect(last.time).toBe(60);
    texts.forEach((text, i) => {
      const parsed = parseScenarioText(text);
      if (!parsed.ok) throw new Error("invalid");
      const expected = runScenario(parsed.scenario, { seed: "7" });
      expect(withoutWall(last.variants[i].summary)).toEqual(withoutWall(expected));
    });
  });

  it("lets a shorter variant end while the others run on to theirs", () => {
    const lockstep = new Lockstep();
    lockstep.load([scenario(1, 20), scenario(2, 60)], "7");
    lockstep.advanceTo(30);
    const mid = lockstep.snapshot({ running: true, speed: 1, withSummary: false });
    expect(mid.variants.map((v) => [v.time, v.finished])).toEqual([
      [20, true],
      [30, false],
    ]);
    expect(mid.time).toBe(30);
    expect(mid.running).toBe(true);
  });

  it("reports the first variant that does not load, and keeps the previous run", () => {
    const lockstep = new Lockstep();
    lockstep.load([scenario(1)], "7");
    const failed = lockstep.load([scenario(1), "{ not json"], "7");
    expect(failed).toMatchObject({ ok: false, variant: 1 });
    lockstep.advanceTo(10);
    expect(lockstep.time).toBe(10);
  });
});
