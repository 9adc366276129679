/**
 * The Web Worker that runs the simulation: a Session paced against the real clock. It is the
 * only place the engine meets postMessage (through comlink); the main thread never simulates.
 */
import * as Comlink from "comlink";
import type { LiveAction } from "../sim/actions";
import { Pacer } from "./pacer";
import type { SimulatorApi, Snapshot } from "./protocol";
import { Session } from "./session";

const session = new Session();
let listener: ((snapshot: Snapshot) => void) | null = null;

const pacer: Pacer = new Pacer({
  get time() {
    return session.time;
  },
  get finished() {
    return session.finished;
  },
  advanceTo: (time, budgetMs) => session.advanceTo(time, budgetMs),
  send,
});

/** Sends a snapshot; false once the run has finished or failed. */
function send(withSummary: boolean): boolean {
  if (listener === null) return true;
  const snapshot = session.snapshot({ running: pacer.isRunning, speed: pacer.speed, withSummary });
  listener(Comlink.transfer(snapshot, [snapshot.rows.buffer]));
  return !snapshot.finished && snapshot.error === undefined;
}

const api: SimulatorApi = {
  load(text) {
    pacer.stop();
    const result = session.load(text);
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
  step() {
    if (pacer.isRunning) return;
    session.step();
    send(true);
  },
  setSpeed(next) {
    pacer.speed = next;
  },
  restart(seed) {
    pacer.stop();
    const result = session.restart(seed);
    if (result.ok) send(false);
    return result;
  },
  act(action: LiveAction) {
    const result = session.act(action);
    if (!pacer.isRunning) send(true);
    return result;
  },
};

Comlink.expose(api);
