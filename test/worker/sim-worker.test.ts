import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { SimulatorApi, Snapshot } from "../../src/worker/protocol";

// The worker hands its api to comlink: kept here instead, to be called as the page would.
const exposed = vi.hoisted(() => ({ api: null as unknown }));
vi.mock("comlink", () => ({
  expose: (api: unknown) => {
    exposed.api = api;
  },
  transfer: <T>(value: T) => value,
}));

const smallWebApp = readFileSync(
  join(import.meta.dirname, "../../models/small-web-app.json"),
  "utf8",
);

/** A fresh worker (its own session), subscribed, and the snapshots it has sent. */
async function startWorker() {
  vi.resetModules();
  await import("../../src/worker/sim.worker");
  const api = exposed.api as SimulatorApi;
  const received: Snapshot[] = [];
  api.subscribe((snapshot) => received.push(snapshot));
  return { api, received };
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "performance"] });
});

afterEach(() => {
  vi.useRealTimers();
});

describe("the simulation worker", () => {
  it("plays on when a scenario does not load, the same run at a clock still moving", async () => {
    const { api, received } = await startWorker();
    expect(api.load(smallWebApp).ok).toBe(true);
    api.play();
    vi.advanceTimersByTime(2000);
    const before = received.at(-1)!;
    expect(before.running).toBe(true);

    const invalid = smallWebApp.replace('"workers": 8', '"workers": 0');
    expect(invalid).not.toBe(smallWebApp);
    for (const text of [invalid, "{ not json"]) {
      expect(api.load(text).ok).toBe(false);
    }
    vi.advanceTimersByTime(2000);
    const after = received.at(-1)!;
    expect(after).toMatchObject({ run: before.run, running: true, finished: false });
    expect(after.time).toBeGreaterThan(before.time + 1);
  });

  it("stays paused when a scenario does not load while paused", async () => {
    const { api, received } = await startWorker();
    api.load(smallWebApp);
    api.play();
    vi.advanceTimersByTime(1000);
    api.pause();
    const paused = received.at(-1)!;
    expect(api.load("{ not json").ok).toBe(false);
    vi.advanceTimersByTime(1000);
    expect(received.at(-1)).toMatchObject({ run: paused.run, time: paused.time, running: false });
  });

  it("starts a scenario that loads paused at t = 0, as a new run", async () => {
    const { api, received } = await startWorker();
    api.load(smallWebApp);
    api.play();
    vi.advanceTimersByTime(1000);
    const first = received.at(-1)!;
    expect(api.load(smallWebApp).ok).toBe(true);
    vi.advanceTimersByTime(1000);
    expect(received.at(-1)).toMatchObject({ run: first.run + 1, time: 0, running: false });
  });
});
