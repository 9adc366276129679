/**
 * The Web Worker that runs every variant live side by side: one `Lockstep` (a Session per
 * variant) paced against the real clock like sim.worker.ts. One worker for all variants rather
 * than one each, because lock-step is then exact and free: the variants take turns on one thread,
 * the one furthest behind first, instead of several threads' clocks being kept in step by
 * messages. The paired replications, where throughput matters, run on a pool (batch.worker.ts).
 */
import * as Comlink from "comlink";
import { Lockstep } from "./lockstep";
import type { LockstepApi, LockstepSnapshot } from "./lockstep-protocol";
import { Pacer } from "./pacer";

const lockstep = new Lockstep();
let listener: ((snapshot: LockstepSnapshot) => void) | null = null;

const pacer: Pacer = new Pacer({
  get time() {
    return lockstep.time;
  },
  get finished() {
    return lockstep.finished;
  },
  advanceTo: (time, budgetMs) => lockstep.advanceTo(time, budgetMs),
  send,
});

/** Sends a snapshot of every variant; false once none can go on. */
function send(withSummary: boolean): boolean {
  if (listener === null) return true;
  const snapshot = lockstep.snapshot({ running: pacer.isRunning, speed: pacer.speed, withSummary });
  const buffers = snapshot.variants.map((v) => v.rows.buffer);
  listener(Comlink.transfer(snapshot, buffers));
  return snapshot.running;
}

const api: LockstepApi = {
  load(texts, seed) {
    pacer.stop();
    const result = lockstep.load(texts, seed);
    if (result.ok) send(false);
    return result;
  },
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
};

Comlink.expose(api);
