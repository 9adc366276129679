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
  load(text) {
    // A scenario that does not load leaves the session as it was, and so the run: playing if it
    // was, as the page says ("the previous scenario runs on"). The reload stopped it to load.
    const playing = paced.isRunning;
    const result = paced.reload(() => session.load(text));
    if (!result.ok && playing) paced.controls.play();
    return result;
  },
  step() {
    if (paced.isRunning) return;
    session.step();
    paced.send(true);
  },
  restart: (seed) => paced.reload(() => session.restart(seed)),
  traces: () => session.traces(),
  act(action) {
    const result = session.act(action);
    if (!paced.isRunning) paced.send(true);
    return result;
  },
};

Comlink.expose(api);
