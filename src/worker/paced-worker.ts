/**
 * What both workers (one run, and variants in lock-step) do alike around the engine: pace the
 * run against the real clock (see pacer.ts), hand each snapshot to the page with its row buffers
 * transferred rather than copied, and answer subscribe, play, pause and speed. Each worker file
 * keeps only what differs: what it loads, which buffers a snapshot carries, and what else the
 * page may ask of it.
 */
import * as Comlink from "comlink";
import { type Paced, Pacer } from "./pacer";
import type { Speed } from "./protocol";

/** A run the page watches (a Session, or a Lockstep of them): paced, and able to report. */
export interface Watched<S> extends Omit<Paced, "send"> {
  /** Hands over what is new since the last snapshot. */
  snapshot(options: { running: boolean; speed: Speed; withSummary: boolean }): S;
}

/** The part of both workers' api that is the same: the page watches, plays, pauses, sets speed. */
export interface PacedControls<S> {
  subscribe(listener: (snapshot: S) => void): void;
  play(): void;
  pause(): void;
  setSpeed(speed: Speed): void;
}

export interface PacedWorker<S> {
  readonly controls: PacedControls<S>;
  readonly isRunning: boolean;
  /** Sends a snapshot now, for a change made while paused. */
  send(withSummary: boolean): void;
  /** Stops, runs `load` (a load or restart), and shows the fresh run at t = 0 if it loaded. */
  reload<R extends { ok: boolean }>(load: () => R): R;
}

/** Paces `run` for the page; `buffers` lists a snapshot's row buffers, to be transferred. */
export function pacedWorker<S extends { finished: boolean }>(
  run: Watched<S>,
  buffers: (snapshot: S) => Transferable[],
): PacedWorker<S> {
  let listener: ((snapshot: S) => void) | null = null;

  const pacer: Pacer = new Pacer({
    get time() {
      return run.time;
    },
    get finished() {
      return run.finished;
    },
    advanceTo: (time, budgetMs) => run.advanceTo(time, budgetMs),
    send,
  });

  /** Sends a snapshot; false once the run has finished (an engine failure finishes it too). */
  function send(withSummary: boolean): boolean {
    if (listener === null) return true;
    const snapshot = run.snapshot({ running: pacer.isRunning, speed: pacer.speed, withSummary });
    listener(Comlink.transfer(snapshot, buffers(snapshot)));
    return !snapshot.finished;
  }

  return {
    controls: {
      subscribe(callback) {
        listener = callback;
      },
      play() {
        pacer.play();
      },
      pause() {
        pacer.stop();
        send(true);
      },
      setSpeed(next) {
        pacer.speed = next;
      },
    },
    get isRunning() {
      return pacer.isRunning;
    },
    send,
    reload(load) {
      pacer.stop();
      const result = load();
      if (result.ok) send(false);
      return result;
    },
  };
}
