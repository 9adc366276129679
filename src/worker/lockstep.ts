/**
 * Several variants run live side by side, kept in lock-step in simulated time: the one furthest
 * behind always moves next, by at most one probe interval, so at any moment no variant is more
 * than an interval ahead of another and the overlaid charts compare the same moments. Every
 * variant runs on the same seed (common random numbers). Pure and synchronous like `Session`,
 * which it drives one per variant, so it runs unchanged in Node tests.
 */

import type { LockstepLoad, LockstepSnapshot } from "./lockstep-protocol";
import type { Snapshot, Speed } from "./protocol";
import { Session } from "./session";

/**
 * The index of the variant to move next: the unfinished one furthest behind, if it is behind
 * `target`; -1 when every variant has reached the target or its end. Ties go to the first.
 */
export function laggard(times: readonly number[], ends: readonly number[], target: number): number {
  let best = -1;
  for (let i = 0; i < times.length; i++) {
    if (times[i] >= ends[i] || times[i] >= target) continue;
    if (best < 0 || times[i] < times[best]) best = i;
  }
  return best;
}

/** The simulated time the variants have all reached (the slowest unfinished one's), or the end. */
export function commonTime(times: readonly number[], ends: readonly number[]): number {
  let time = Number.POSITIVE_INFINITY;
  let last = 0;
  for (let i = 0; i < times.length; i++) {
    if (times[i] < ends[i]) time = Math.min(time, times[i]);
    last = Math.max(last, times[i]);
  }
  return Number.isFinite(time) ? time : last;
}

export class Lockstep {
  private sessions: Session[] = [];
  private run = 0;

  constructor(private readonly wallClock: () => number = () => performance.now()) {}

  /** Loads every variant's text on the common `seed`; nothing is loaded if any text fails. */
  load(texts: readonly string[], seed: string): LockstepLoad {
    const sessions = texts.map(() => new Session(this.wallClock));
    const loaded = [];
    for (let i = 0; i < texts.length; i++) {
      const first = sessions[i].load(texts[i]);
      if (!first.ok) return { ok: false, variant: i, errors: first.errors };
      const result = sessions[i].restart(seed);
      if (!result.ok) return { ok: false, variant: i, errors: result.errors };
      loaded.push({
        scenario: result.scenario,
        layout: result.layout,
        probeInterval: result.probeInterval,
      });
    }
    this.sessions = sessions;
    this.run++;
    return { ok: true, run: this.run, seed, variants: loaded };
  }

  get time(): number {
    return commonTime(this.times(), this.ends());
  }

  get finished(): boolean {
    return this.sessions.length > 0 && this.sessions.every((s) => s.finished);
  }

  /**
   * Moves the variants toward simulated time `target` (Infinity: as far as the budget allows),
   * always the one furthest behind, by at most the shortest probe interval at a time, until all
   * are there or `budgetMs` of wall time is spent.
   */
  advanceTo(target: number, budgetMs = Number.POSITIVE_INFINITY): void {
    const ends = this.ends();
    const quantum = Math.min(...this.sessions.map((s) => s.rowInterval));
    const t0 = this.wallClock();
    while (this.wallClock() - t0 < budgetMs) {
      const times = this.times();
      const i = laggard(times, ends, target);
      if (i < 0) break;
      const left = budgetMs - (this.wallClock() - t0);
      this.sessions[i].advanceTo(Math.min(target, times[i] + quantum), left);
    }
  }

  /** Every variant's rows since the last snapshot; their buffers are the caller's now. */
  snapshot(options: { running: boolean; speed: Speed; withSummary: boolean }): LockstepSnapshot {
    const variants: Snapshot[] = this.sessions.map((s) => s.snapshot(options));
    const finished = this.finished;
    return {
      run: this.run,
      time: this.time,
      // A variant whose engine failed has ended (its error in its snapshot); the rest go on.
      running: options.running && !finished,
      finished,
      speed: options.speed,
      variants,
    };
  }

  private times(): number[] {
    return this.sessions.map((s) => s.time);
  }

  /** A variant whose engine failed counts as ended: the others go on without it. */
  private ends(): number[] {
    return this.sessions.map((s) => (s.finished ? s.time : s.duration));
  }
}
