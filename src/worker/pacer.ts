/**
 * Runs a simulation against the real clock, for a worker: about 30 steps a second, each
 * advancing simulated time by speed × the wall time since the last (or as far as a step's
 * budget allows at "max"), and a snapshot every other step, with the summary about once a
 * second. Both workers (one run, and variants in lock-step) pace the same way through this.
 */
import type { Speed } from "./protocol";

/** Engine steps per second: short steps keep pause, speed and the page's input answered at once. */
const STEP_MS = 1000 / 30;
/** Wall time the engine may use per step, leaving the rest for messaging. */
const BUDGET_MS = 25;
/**
 * Snapshots per second, at most. Each one costs the page a frame of style, layout, paint and
 * compositing whatever it changed: a page of the default scenario at x1 took 0.32 of a core at 30
 * snapshots a second and 0.27 at 15 (headless Chromium, 2026-12-07). Fifteen keeps the clock and
 * the flowing dashes smooth; the charts move only as probe rows arrive.
 */
const SNAPSHOT_MS = 1000 / 15;
const SUMMARY_EVERY_MS = 1000;
/** A step that comes late (a busy or hidden tab) advances as if at most this much passed. */
const MAX_ELAPSED_MS = 250;

export interface Paced {
  readonly time: number;
  readonly finished: boolean;
  advanceTo(time: number, budgetMs: number): void;
  /** Sends a snapshot; returns whether the run can go on (false once finished or failed). */
  send(withSummary: boolean): boolean;
}

export class Pacer {
  private running = false;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private lastTick = 0;
  private lastSent = Number.NEGATIVE_INFINITY;
  private lastSummary = 0;
  speed: Speed = 1;

  constructor(private readonly run: Paced) {}

  get isRunning(): boolean {
    return this.running;
  }

  play(): void {
    if (this.running || this.run.finished) return;
    this.running = true;
    this.lastTick = performance.now();
    this.lastSummary = this.lastTick;
    this.tick();
  }

  stop(): void {
    this.running = false;
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }

  private readonly tick = (): void => {
    this.timer = null;
    if (!this.running) return;
    const now = performance.now();
    const elapsed = Math.min(now - this.lastTick, MAX_ELAPSED_MS);
    this.lastTick = now;
    const target =
      this.speed === "max"
        ? Number.POSITIVE_INFINITY
        : this.run.time + (this.speed * elapsed) / 1000;
    this.run.advanceTo(target, BUDGET_MS);
    // Half a step of slack: timers fire late, and every other step should still send.
    if (this.run.finished || now - this.lastSent >= SNAPSHOT_MS - STEP_MS / 2) {
      this.lastSent = now;
      const withSummary = now - this.lastSummary >= SUMMARY_EVERY_MS;
      if (withSummary) this.lastSummary = now;
      if (!this.run.send(withSummary)) this.running = false;
    }
    if (this.running) this.timer = setTimeout(this.tick, STEP_MS);
  };
}
