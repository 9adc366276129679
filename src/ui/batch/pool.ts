/**
 * Spreads a batch of tasks over a few runners (Web Workers, in the page), each taking the next
 * task as soon as it is free, and gives the results back in task order: the order the tasks ran
 * in never shows in the results. Knows nothing of workers, so it is tested with plain functions.
 */

export type Runner<T, R> = (task: T) => Promise<R>;

export interface PoolOptions {
  /** Called after each finished task with how many are done out of all. */
  onProgress?: (done: number, total: number) => void;
  /** Aborting rejects the batch at once; tasks under way are the runners' to stop. */
  signal?: AbortSignal;
}

export class Cancelled extends Error {
  constructor() {
    super("cancelled");
    this.name = "Cancelled";
  }
}

/** Runs every task on the first free runner; rejects with the first failure, or `Cancelled`. */
export function runPool<T, R>(
  tasks: readonly T[],
  runners: readonly Runner<T, R>[],
  options: PoolOptions = {},
): Promise<R[]> {
  const { onProgress, signal } = options;
  if (runners.length === 0) return Promise.reject(new RangeError("a pool needs a runner"));
  return new Promise<R[]>((resolve, reject) => {
    const results = new Array<R>(tasks.length);
    let next = 0;
    let done = 0;
    let over = false;
    const finish = (error?: unknown) => {
      if (over) return;
      over = true;
      signal?.removeEventListener("abort", abort);
      if (error === undefined) resolve(results);
      else reject(error);
    };
    const abort = () => finish(new Cancelled());
    if (signal?.aborted) return abort();
    signal?.addEventListener("abort", abort);
    const take = (runner: Runner<T, R>) => {
      if (over || next >= tasks.length) return;
      const index = next++;
      runner(tasks[index]).then(
        (result) => {
          if (over) return;
          results[index] = result;
          done++;
          onProgress?.(done, tasks.length);
          if (done === tasks.length) finish();
          else take(runner);
        },
        (error: unknown) => finish(error ?? new Error("a task failed")),
      );
    };
    if (tasks.length === 0) return finish();
    for (const runner of runners) take(runner);
  });
}

/** How many workers a batch gets: the machine's cores, at least 2, never more than its tasks. */
export function poolSize(tasks: number, cores: number | undefined, most = 8): number {
  const available = Math.max(2, Math.min(most, Math.floor(cores ?? 2)));
  return Math.max(1, Math.min(tasks, available));
}
