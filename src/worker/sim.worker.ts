/**
 * The Web Worker that runs the simulation: a Session paced against the real clock. It is the
 * only place the engine meets postMessage (through comlink); the main thread never simulates.
 */
import * as Comlink from "comlink";
import { pacedWorker } from "./paced-worker";
import type { SimulatorApi } from "./protocol";
import { Session } from "./session";

const session = new Session();
const paced = pacedWorker(session, (snapshot) => [snapshot.rows.buffer]);

const api: SimulatorApi = {
  ...paced.controls,
  load: (text) => paced.reload(() => session.load(text)),
  step() {
    if (paced.isRunning) return;
    session.step();
    paced.send(true);
  },
  restart: (seed) => paced.reload(() => session.restart(seed)),
  act(action) {
    const result = session.act(action);
    if (!paced.isRunning) paced.send(true);
    return result;
  },
};

Comlink.expose(api);
