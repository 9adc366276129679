/**
 * How many requests a run may hold at once. Each request in flight is a row of the job table
 * (kernel/jobs.ts: 14 int32 and 5 float64 columns and a free-list slot, 100 bytes), and an
 * unbounded queue fed faster than it drains adds rows until the typed arrays can grow no more
 * ("Invalid typed array length", an internal error, after gigabytes). Past this many rows the
 * run is stopped with the component that holds the most of them, and how many.
 */

/**
 * Rows of the job table a run may use: 4,194,304, 420 MB of columns, which a browser tab's
 * worker can hold. Measured (heap and array buffers after a run, test-free): a queue fed 10 times
 * faster than it drains held 1,080,175 requests in 420 MB, 390 bytes each while the table that
 * had just doubled stood half empty; with a client timeout (a row at the client and a pending
 * timeout event for each) 2,160,350 rows took 290 bytes each. A full table therefore stays under
 * about 0.8 GB. Closed users (LIMITS.users, a million) hold a row per hop of their request, so a
 * million of them fit through four tiers.
 */
export const MAX_JOB_ROWS = 1 << 22;

/** Bytes of the job table per row, for the message (see MAX_JOB_ROWS). */
export const BYTES_PER_ROW = 100;

/**
 * The run was stopped with `held` requests at `component` (`total` in flight in the whole
 * model) at simulated time `time`: more than MAX_JOB_ROWS would not fit in the memory a run
 * may take. It is the scenario's doing (a queue without a bound, fed beyond what drains it).
 */
export class MemoryBudgetExceeded extends Error {
  constructor(
    readonly component: string,
    readonly held: number,
    readonly total: number,
    readonly time: number,
  ) {
    super(
      `${component} holds ${held.toLocaleString("en-US")} requests at t=${Number(time.toPrecision(6))} s ` +
        `(${total.toLocaleString("en-US")} in flight in all), the most a run may hold ` +
        `(about ${Math.round((MAX_JOB_ROWS * BYTES_PER_ROW) / 1e6)} MB). Its queue grows without bound: ` +
        `more arrives than it can serve. Give it a queue capacity (queue), more workers or replicas, or less load.`,
    );
    this.name = "MemoryBudgetExceeded";
  }
}
