/**
 * The contract of a batch worker, one of a pool that runs the replications of a comparison or a
 * sweep: types only. A task is plain data (src/sim/batch/task.ts), so any worker of the pool
 * gives the same summary for it, as the command line does.
 */
import type { RunTask } from "../sim/batch/task";
import type { Summary } from "../sim/summary";

export interface BatchApi {
  /** Runs one task to its end and summarises it. */
  run(task: RunTask): Summary;
}
