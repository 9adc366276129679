/**
 * A batch of runs (a comparison's replications, a sweep's points) on a pool of Web Workers,
 * navigator.hardwareConcurrency of them (at least 2). The workers live for one batch: cancelling
 * terminates them, which is the only way to stop a run under way.
 */
import * as Comlink from "comlink";
import type { RunTask } from "../../sim/batch/task";
import type { Summary } from "../../sim/summary";
import type { BatchApi } from "../../worker/batch-protocol";
import { t } from "../i18n/index";
import { Cancelled, poolSize, runPool } from "./pool";

export type BatchResult = { ok: true; summaries: Summary[] } | { ok: false; reason: string };

export interface BatchOptions {
  onProgress?: (done: number, total: number) => void;
  signal?: AbortSignal;
}

export async function runBatch(
  tasks: readonly RunTask[],
  options: BatchOptions = {},
): Promise<BatchResult> {
  const size = poolSize(tasks.length, globalThis.navigator?.hardwareConcurrency);
  const workers = Array.from(
    { length: size },
    () => new Worker(new URL("../../worker/batch.worker.ts", import.meta.url), { type: "module" }),
  );
  let failure: ((reason: unknown) => void) | null = null;
  const crashed = new Promise<never>((_, reject) => {
    failure = reject;
  });
  // Handled where runs race it; this keeps a crash between two runs from going unhandled.
  crashed.catch(() => {});
  for (const worker of workers) {
    worker.addEventListener("error", (event) =>
      failure?.(new Error(event.message || t("banner.unknownError"))),
    );
  }
  const runners = workers.map((worker) => {
    const api = Comlink.wrap<BatchApi>(worker);
    return (task: RunTask) => Promise.race([api.run(task), crashed]);
  });
  try {
    return { ok: true, summaries: await runPool(tasks, runners, options) };
  } catch (e) {
    if (e instanceof Cancelled) return { ok: false, reason: "cancelled" };
    return { ok: false, reason: e instanceof Error ? e.message : String(e) };
  } finally {
    for (const worker of workers) worker.terminate();
  }
}
