/**
 * Runs a batch of tasks (a sweep, a comparison) on worker threads, one per core by default.
 * Each worker takes the next task when it is done with one, and each summary is stored at its
 * task's index, so the result is the list `runTasks` would compute in order, whatever the number
 * of workers and whoever finished first.
 */
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import { type RunTask, runTasks } from "../sim/batch/task";
import { MemoryBudgetExceeded } from "../sim/memory-budget";
import { StalledClock } from "../sim/stalled-clock";
import type { Summary } from "../sim/summary";
import { UnschedulableDelay } from "../sim/unschedulable-delay";
import { WorkBudgetExceeded } from "../sim/work-budget";

export interface TaskMessage {
  index: number;
  task: RunTask;
}

export type TaskReply =
  | { index: number; ok: true; summary: Summary }
  | {
      index: number;
      ok: false;
      name: string;
      message: string;
      time?: number;
      reached?: number;
      unschedulable?: { delay: number; component: string; time: number };
      /** A budget's stop, as the arguments of its constructor (work-budget.ts, memory-budget.ts). */
      budget?: (number | string)[];
    };

export interface PoolOptions {
  /** Worker threads; absent means one per core; 1 runs the tasks in this thread. */
  workers?: number;
  /** The bundled task-worker.ts; without it the tasks run in this thread. */
  script?: () => Promise<URL>;
}

/** The tasks, each with the events a run may take when `--max-events` gave it. */
export function withBudget(tasks: RunTask[], maxEvents: number | undefined): RunTask[] {
  return maxEvents === undefined ? tasks : tasks.map((task) => ({ ...task, maxEvents }));
}

export function defaultWorkers(): number {
  return availableParallelism();
}

export async function runOnPool(
  tasks: readonly RunTask[],
  options: PoolOptions,
): Promise<Summary[]> {
  const count = Math.min(options.workers ?? defaultWorkers(), tasks.length);
  if (count <= 1 || options.script === undefined) return runTasks(tasks);
  const url = await options.script();
  const results: Summary[] = new Array(tasks.length);
  const workers = Array.from({ length: count }, () => new Worker(url));
  let next = 0;
  try {
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            const feed = () => {
              if (next >= tasks.length) return resolve();
              const index = next++;
              worker.postMessage({ index, task: tasks[index] } satisfies TaskMessage);
            };
            worker.on("message", (reply: TaskReply) => {
              if (!reply.ok) return reject(rebuilt(reply));
              results[reply.index] = reply.summary;
              feed();
            });
            worker.on("error", reject);
            worker.on("exit", (code) => {
              if (next < tasks.length || code !== 0)
                reject(new Error(`a worker thread exited with code ${code}`));
            });
            feed();
          }),
      ),
    );
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return results;
}

/**
 * The worker's error as the main thread's: a stalled clock, a delay that is no time and a
 * budget's stop stay the scenario's fault (exit 2).
 */
function rebuilt(reply: Extract<TaskReply, { ok: false }>): Error {
  if (reply.name === "StalledClock" && reply.time !== undefined)
    return new StalledClock(reply.time, reply.reached);
  if (reply.name === "UnschedulableDelay" && reply.unschedulable !== undefined) {
    const { delay, component, time } = reply.unschedulable;
    return new UnschedulableDelay(delay, component, time);
  }
  const budget = reply.budget;
  if (reply.name === "WorkBudgetExceeded" && budget?.length === 6) {
    const [max, events, time, duration, projected, rate] = budget as number[];
    return new WorkBudgetExceeded(max, events, time, duration, projected, rate);
  }
  if (reply.name === "MemoryBudgetExceeded" && budget?.length === 4) {
    const [component, held, total, time] = budget as [string, number, number, number];
    return new MemoryBudgetExceeded(component, held, total, time);
  }
  const error = new Error(reply.message);
  error.name = reply.name;
  return error;
}
