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
import type { Speed } from "./protocol";

const FRAME_MS = 1000 / 30;
const BUDGET_MS = 25;
const SUMMARY_EVERY_MS = 1000;

const lockstep = new Lockstep();
let listener: ((snapshot: LockstepSnapshot) => void) | null = null;
let running = false;
let speed: Speed = 1;
let timer: ReturnType<typeof setTimeout> | null = null;
let lastTick = 0;
let lastSummary = 0;

function send(withSummary: boolean): void {
  if (listener === null) return;
  const snapshot = lockstep.snapshot({ running, speed, withSummary });
  if (!snapshot.running) running = false;
  const buffers = snapshot.variants.map((v) => v.rows.buffer);
  listener(Comlink.transfer(snapshot, buffers));
}

function tick(): void {
  timer = null;
  if (!running) return;
  const now = performance.now();
  const elapsed = Math.min(now - lastTick, 250);
  lastTick = now;
  const target =
    speed === "max" ? Number.POSITIVE_INFINITY : lockstep.time + (speed * elapsed) / 1000;
  lockstep.advanceTo(target, BUDGET_MS);
  const withSummary = now - lastSummary >= SUMMARY_EVERY_MS;
  if (withSummary) lastSummary = now;
  send(withSummary);
  if (running) timer = setTimeout(tick, FRAME_MS);
}

function stop(): void {
  running = false;
  if (timer !== null) clearTimeout(timer);
  timer = null;
}

const api: LockstepApi = {
  load(texts, seed) {
    stop();
    const result = lockstep.load(texts, seed);
    if (result.ok) send(false);
    return result;
  },
  subscribe(callback) {
    listener = callback;
  },
  play() {
    if (running || lockstep.finished) return;
    running = true;
    lastTick = performance.now();
    lastSummary = lastTick;
    tick();
  },
  pause() {
    stop();
    send(true);
  },
  setSpeed(next) {
    speed = next;
  },
};

Comlink.expose(api);
