import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { pacedWorker, type Watched } from "../../src/worker/paced-worker";

interface FakeSnapshot {
  time: number;
  running: boolean;
  finished: boolean;
  withSummary: boolean;
  rows: Float64Array;
}

/** A run that moves to whatever time it is asked for, up to its duration. */
function fakeRun(duration: number): Watched<FakeSnapshot> & { time: number } {
  return {
    time: 0,
    get finished() {
      return this.time >= duration;
    },
    advanceTo(time) {
      this.time = Math.min(time, duration);
    },
    snapshot({ running, withSummary }) {
      return {
        time: this.time,
        running,
        finished: this.finished,
        withSummary,
        rows: new Float64Array(1),
      };
    },
  };
}

/** A paced fake run and the snapshots its subscriber has received. */
function watch(duration: number) {
  const run = fakeRun(duration);
  const paced = pacedWorker(run, (snapshot) => [snapshot.rows.buffer]);
  const received: FakeSnapshot[] = [];
  paced.controls.subscribe((snapshot) => received.push(snapshot));
  return { run, paced, received };
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "performance"] });
});

afterEach(() => {
  vi.useRealTimers();
});

describe("pacedWorker", () => {
  it("sends the subscriber about fifteen snapshots a second while playing", () => {
    const { paced, received } = watch(1000);
    paced.controls.play();
    vi.advanceTimersByTime(1000);
    expect(received.length).toBeGreaterThanOrEqual(14);
    expect(received.every((s) => s.running)).toBe(true);
  });

  it("pauses with one last snapshot, summary included, and the clock still", () => {
    const { run, paced, received } = watch(1000);
    paced.controls.play();
    vi.advanceTimersByTime(500);
    paced.controls.pause();
    const time = run.time;
    const last = received.at(-1);
    expect(last).toMatchObject({ running: false, withSummary: true });
    vi.advanceTimersByTime(2000);
    expect(run.time).toBe(time);
    expect(paced.isRunning).toBe(false);
  });

  it("stops pacing once a snapshot says the run has finished", () => {
    const { paced, received } = watch(5);
    paced.controls.setSpeed("max");
    paced.controls.play();
    vi.advanceTimersByTime(100);
    expect(received.at(-1)?.finished).toBe(true);
    expect(paced.isRunning).toBe(false);
  });

  it("stops for a reload and shows the new run only if it loaded", () => {
    const { paced, received } = watch(1000);
    paced.controls.play();
    vi.advanceTimersByTime(100);
    const before = received.length;

    expect(paced.reload(() => ({ ok: false }))).toEqual({ ok: false });
    expect(paced.isRunning).toBe(false);
    expect(received.length).toBe(before);

    paced.reload(() => ({ ok: true }));
    expect(received.length).toBe(before + 1);
    expect(received.at(-1)).toMatchObject({ running: false, withSummary: false });
  });
});
