/**
 * Runs a simulation against the real clock, for a worker: about 30 frames a second, each
 * advancing simulated time by speed × the wall time since the last (or as far as a frame's
 * budget allows at "max"), then sending a snapshot, with the summary about once a second.
 * Both workers (one run, and variants in lock-step) pace the same way through this.
 */
import type { Speed } from "./protocol";

/** Snapshots per second, at most. */
const FRAME_MS = 1000 / 30;
/** Wall time the engine may use per frame, leaving the rest for messaging. */
const BUDGET_MS = 25;
const SUMMARY_EVERY_MS = 1000;
/** A frame that comes late (a busy or hidden tab) advances as if at most this much passed. */
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
    const withSummary = now - this.lastSummary >= SUMMARY_EVERY_MS;
    if (withSummary) this.lastSummary = now;
    if (!this.run.send(withSummary)) this.running = false;
    if (this.running) this.timer = setTimeout(this.tick, FRAME_MS);
  };
}
