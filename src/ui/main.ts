/**
 * The page's entry: starts the simulation worker, wires the controller and mounts the views.
 * The app opens on the default scenario (or the one the user had) and runs it at once.
 */
import * as Comlink from "comlink";
import { registerServiceWorker } from "../offline/register";
import type { SimulatorApi } from "../worker/protocol";
import { mountApp } from "./app";
import { Controller } from "./controller";
import { Store } from "./store";

const worker = new Worker(new URL("../worker/sim.worker.ts", import.meta.url), { type: "module" });
const api = Comlink.wrap<SimulatorApi>(worker);
const store = new Store();
const controller = new Controller(store, api);

worker.addEventListener("error", (event) => {
  store.update({
    error: { worker: "banner.workerStopped", reason: event.message },
    running: false,
  });
});

// The subscription is sent first (comlink keeps calls in order) but not awaited: the page is
// mounted at once, so a worker that dies at start-up still leaves a page that says so.
api.subscribe(Comlink.proxy(controller.onSnapshot)).catch((e: unknown) => {
  const reason = e instanceof Error ? e.message : String(e);
  store.update({ error: { worker: "banner.workerNotStarted", reason } });
});
mountApp(document.getElementById("app")!, store, controller);
registerServiceWorker();
