/**
 * A worker thread of the pool (pool.ts): runs each task it is sent and posts its summary back,
 * or the error, as data, that the main thread rethrows. bin/archsim.js bundles this file on its
 * own, as Node starts a worker from a file.
 */
import { parentPort } from "node:worker_threads";
import { runTask } from "../sim/batch/task";
import { MemoryBudgetExceeded } from "../sim/memory-budget";
import { UnschedulableDelay } from "../sim/unschedulable-delay";
import { WorkBudgetExceeded } from "../sim/work-budget";
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
      budget: budgetOf(e),
    };
  }
  port.postMessage(reply);
});

/** A budget's stop as its constructor's arguments, for pool.ts to rebuild. */
function budgetOf(e: Error): (number | string)[] | undefined {
  if (e instanceof WorkBudgetExceeded)
    return [e.maxEvents, e.events, e.time, e.duration, e.projected, e.rate];
  if (e instanceof MemoryBudgetExceeded) return [e.component, e.held, e.total, e.time];
  return undefined;
}
