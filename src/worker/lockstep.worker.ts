/**
 * The Web Worker that runs every variant live side by side: one `Lockstep` (a Session per
 * variant) paced against the real clock like sim.worker.ts. One worker for all variants rather
 * than one each, because lock-step is then exact and free: the variants take turns on one thread,
 * the one furthest behind first, instead of several threads' clocks being kept in step by
 * messages. The paired replications, where throughput matters, run on a pool (batch.worker.ts).
 */
import * as Comlink from "comlink";
import { Lockstep } from "./lockstep";
import type { LockstepApi } from "./lockstep-protocol";
import { pacedWorker } from "./paced-worker";

const lockstep = new Lockstep();
const paced = pacedWorker(lockstep, (snapshot) => snapshot.variants.map((v) => v.rows.buffer));

const api: LockstepApi = {
  ...paced.controls,
  load: (texts, seed) => paced.reload(() => lockstep.load(texts, seed)),
};

Comlink.expose(api);
