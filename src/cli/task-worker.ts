/**
 * A worker thread of the pool (pool.ts): runs each task it is sent and posts its summary back,
 * or the error, as data, that the main thread rethrows. bin/archsim.js bundles this file on its
 * own, as Node starts a worker from a file.
 */
import { parentPort } from "node:worker_threads";
import { runTask } from "../sim/batch/task";
import { UnschedulableDelay } from "../sim/unschedulable-delay";
import type { TaskMessage, TaskReply } from "./pool";

const port = parentPort;
if (port === null) throw new Error("task-worker.ts runs only as a worker thread");
port.on("message", ({ index, task }: TaskMessage) => {
  let reply: TaskReply;
  try {
    reply = { index, ok: true, summary: runTask(task) };
  } catch (error) {
    const e = error instanceof Error ? error : new Error(String(error));
    const { time, reached } = e as { time?: unknown; reached?: unknown };
    reply = {
      index,
      ok: false,
      name: e.name,
      message: e.message,
      time: typeof time === "number" ? time : undefined,
      reached: typeof reached === "number" ? reached : undefined,
      unschedulable:
        e instanceof UnschedulableDelay
          ? { delay: e.delay, component: e.component, time: e.time }
          : undefined,
    };
  }
  port.postMessage(reply);
});
