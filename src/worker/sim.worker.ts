/**
 * The Web Worker that runs the simulation: a Session paced against the real clock. It is the
 * only place the engine meets postMessage (through comlink); the main thread never simulates.
 */
import * as Comlink from "comlink";
import type { LiveAction } from "../sim/actions";
import type { SimulatorApi, Snapshot, Speed } from "./protocol";
import { Session } from "./session";

/** Snapshots per second, at most. */
const FRAME_MS = 1000 / 30;
/** Wall time the engine may use per frame, leaving the rest for messaging. */
const BUDGET_MS = 25;
const SUMMARY_EVERY_MS = 1000;

const session = new Session();
let listener: ((snapshot: Snapshot) => void) | null = null;
let running = false;
let speed: Speed = 1;
let timer: ReturnType<typeof setTimeout> | null = null;
let lastTick = 0;
let lastSummary = 0;

function send(withSummary: boolean): void {
  if (listener === null) return;
  const snapshot = session.snapshot({ running, speed, withSummary });
  if (snapshot.finished || snapshot.error !== undefined) running = false;
  listener(Comlink.transfer(snapshot, [snapshot.rows.buffer]));
}

function tick(): void {
  timer = null;
  if (!running) return;
  const now = performance.now();
  const elapsed = Math.min(now - lastTick, 250);
  lastTick = now;
  if (speed === "max") session.advanceTo(Number.POSITIVE_INFINITY, BUDGET_MS);
  else session.advanceTo(session.time + (speed * elapsed) / 1000, BUDGET_MS);
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

const api: SimulatorApi = {
  load(text) {
    stop();
    const result = session.load(text);
    if (result.ok) send(false);
    return result;
  },
  subscribe(callback) {
    listener = callback;
  },
  play() {
    if (running || session.finished) return;
    running = true;
    lastTick = performance.now();
    lastSummary = lastTick;
    tick();
  },
  pause() {
    stop();
    send(true);
  },
  step() {
    if (running) return;
    session.step();
    send(true);
  },
  setSpeed(next) {
    speed = next;
  },
  restart(seed) {
    stop();
    const result = session.restart(seed);
    if (result.ok) send(false);
    return result;
  },
  act(action: LiveAction) {
    const result = session.act(action);
    if (!running) send(true);
    return result;
  },
};

Comlink.expose(api);
