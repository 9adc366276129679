import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseScenarioText } from "../../src/scenario/parse";
import { runScenario } from "../../src/sim/run";
import type { Summary } from "../../src/sim/summary";
import { probeInterval, Session } from "../../src/worker/session";

const retryStorm = readFileSync(join(import.meta.dirname, "../../models/retry-storm.json"), "utf8");

function withoutWall(s: Summary | undefined): Omit<Summary, "wallSeconds"> | undefined {
  if (s === undefined) return undefined;
  const { wallSeconds: _, ...rest } = s;
  return rest;
}

describe("Session", () => {
  it("ends a run with the same summary as the command line, however it was sliced", () => {
    const parsed = parseScenarioText(retryStorm);
    if (!parsed.ok) throw new Error("preset invalid");
    const expected = runScenario(parsed.scenario);

    const session = new Session();
    expect(session.load(retryStorm).ok).toBe(true);
    for (let t = 0.7; !session.finished; t += 13.3) session.advanceTo(t);
    const last = session.snapshot({ running: false, speed: 1, withSummary: true });
    expect(last.finished).toBe(true);
    expect(withoutWall(last.summary)).toEqual(withoutWall(expected));
  });

  it("hands over each probe row once, a row per interval", () => {
    const session = new Session();
    const loaded = session.load(retryStorm);
    if (!loaded.ok) throw new Error("preset invalid");
    session.advanceTo(10);
    const first = session.snapshot({ running: true, speed: 1, withSummary: false });
    const rowLength = loaded.layout.rowLength;
    expect(first.rows.length / rowLength).toBe(Math.round(10 / loaded.probeInterval));
    expect(first.rows[0]).toBeCloseTo(loaded.probeInterval, 12);
    const again = session.snapshot({ running: true, speed: 1, withSummary: false });
    expect(again.rows.length).toBe(0);
  });

  it("reports an invalid scenario as errors and keeps nothing of it", () => {
    const session = new Session();
    const result = session.load('{"version":1,"name":"x","duration":-1,"components":[]}');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.map((e) => e.path)).toContain("duration");
    expect(session.finished).toBe(false);
  });

  it("applies a what-if at the current time and marks it", () => {
    const session = new Session();
    session.load(retryStorm);
    session.advanceTo(5);
    expect(session.act({ kind: "crash", target: "app-2", duration: 10 })).toEqual({ ok: true });
    const snap = session.snapshot({ running: false, speed: 1, withSummary: false });
    expect(snap.markers).toEqual([
      {
        time: 5,
        label: "app-2 down 10 s",
        action: { kind: "crash", target: "app-2", duration: 10 },
      },
    ]);
  });

  it("restarts with a new seed and other numbers", () => {
    const session = new Session();
    session.load(retryStorm);
    session.advanceTo(1000);
    const a = session.snapshot({ running: false, speed: 1, withSummary: true }).summary!;
    session.restart("2");
    session.advanceTo(1000);
    const b = session.snapshot({ running: false, speed: 1, withSummary: true }).summary!;
    expect(b.seed).toBe("2");
    expect(b.latency.mean).not.toBe(a.latency.mean);
  });

  it("gives control back within its wall-clock budget even inside one long probe interval", () => {
    // A million requests a second: about 200,000 events in each 0.1 s probe interval. The clock
    // reads 1 ms later at every look, so a budget of 2 ms allows a single slice of events.
    let ms = 0;
    const session = new Session(() => ms++);
    const busy = JSON.stringify({
      version: 1,
      name: "busy",
      duration: 60,
      components: [
        { type: "client", id: "users", target: "web", workload: { kind: "open", rate: 1e6 } },
        { type: "server", id: "web", workers: 8, service: { dist: "exp", mean: 4e-6 } },
      ],
    });
    const loaded = session.load(busy);
    if (!loaded.ok) throw new Error("scenario invalid");
    session.advanceTo(60, 2);
    const paused = session.snapshot({ running: false, speed: 1, withSummary: false });
    expect(paused.events).toBe(100_000);
    expect(paused.time).toBeLessThan(loaded.probeInterval);
    expect(paused.rows.length).toBe(0);
  });

  it("chooses round probe intervals of about 600 rows a run", () => {
    expect(probeInterval(300)).toBe(0.5);
    expect(probeInterval(60)).toBe(0.1);
    expect(probeInterval(3600)).toBe(10);
  });
});

describe("Session.step", () => {
  it("moves the clock by about one probe interval, even just before a boundary", () => {
    const session = new Session();
    const loaded = session.load(retryStorm);
    if (!loaded.ok) throw new Error("preset invalid");
    const interval = loaded.probeInterval;
    session.advanceTo(interval * 3 - interval / 100);
    const before = session.time;
    session.step();
    expect(session.time).toBeCloseTo(interval * 4, 9);
    expect(session.time - before).toBeGreaterThan(interval / 2);
    session.step();
    expect(session.time).toBeCloseTo(interval * 5, 9);
  });
});
