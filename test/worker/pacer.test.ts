import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { type Paced, Pacer } from "../../src/worker/pacer";

/** A run that moves to whatever time it is asked for, up to its duration. */
function fakeRun(duration: number) {
  const sent: { time: number; withSummary: boolean }[] = [];
  const run: Paced & { time: number; steps: number; sent: typeof sent } = {
    time: 0,
    steps: 0,
    get finished() {
      return this.time >= duration;
    },
    advanceTo(time) {
      this.steps++;
      this.time = Math.min(time, duration);
    },
    send(withSummary) {
      sent.push({ time: this.time, withSummary });
      return !this.finished;
    },
    sent,
  };
  return run;
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "performance"] });
});

afterEach(() => {
  vi.useRealTimers();
});

describe("Pacer", () => {
  it("advances simulated time at the chosen speed of the wall clock", () => {
    const run = fakeRun(1000);
    const pacer = new Pacer(run);
    pacer.speed = 2;
    pacer.play();
    vi.advanceTimersByTime(1000);
    expect(run.time).toBeGreaterThan(1.9);
    expect(run.time).toBeLessThanOrEqual(2.01);
    expect(pacer.isRunning).toBe(true);
  });

  it("steps the engine 30 times a second and sends the page a snapshot every other step", () => {
    const run = fakeRun(1000);
    new Pacer(run).play();
    vi.advanceTimersByTime(3500);
    const perSecond = (n: number) => n / 3.5;
    expect(perSecond(run.steps)).toBeGreaterThan(29.5);
    expect(perSecond(run.steps)).toBeLessThan(31);
    expect(perSecond(run.sent.length)).toBeGreaterThan(14.5);
    expect(perSecond(run.sent.length)).toBeLessThan(15.5);
  });

  it("sends the summary about once a second, not with every snapshot", () => {
    const run = fakeRun(1000);
    new Pacer(run).play();
    vi.advanceTimersByTime(3500);
    expect(run.sent.filter((s) => s.withSummary).length).toBe(3);
  });

  it("sends the last snapshot as soon as the run ends, between two snapshots or not", () => {
    const run = fakeRun(0.05);
    new Pacer(run).play();
    vi.advanceTimersByTime(1000);
    expect(run.sent.at(-1)?.time).toBe(0.05);
    expect(run.sent.length).toBe(2);
  });

  it("stops by itself when the run has ended, and does not play a finished run", () => {
    const run = fakeRun(5);
    const pacer = new Pacer(run);
    pacer.speed = "max";
    pacer.play();
    vi.advanceTimersByTime(100);
    expect(run.time).toBe(5);
    expect(pacer.isRunning).toBe(false);
    const frames = run.sent.length;
    pacer.play();
    vi.advanceTimersByTime(100);
    expect(run.sent.length).toBe(frames);
  });

  it("does nothing more once stopped", () => {
    const run = fakeRun(1000);
    const pacer = new Pacer(run);
    pacer.play();
    vi.advanceTimersByTime(500);
    pacer.stop();
    const time = run.time;
    vi.advanceTimersByTime(2000);
    expect(run.time).toBe(time);
    expect(pacer.isRunning).toBe(false);
  });
});
