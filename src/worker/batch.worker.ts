/**
 * A Web Worker of the batch pool: runs one task at a time, to its end, at full speed. The page
 * cancels a batch by terminating its workers, so a run is never interrupted half-way otherwise.
 */
import * as Comlink from "comlink";
import { runTask } from "../sim/batch/task";
import type { BatchApi } from "./batch-protocol";

const api: BatchApi = { run: runTask };

Comlink.expose(api);
