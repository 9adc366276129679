/**
 * The steady-state mean figures of a queueing station, named as the simulator's component
 * summary names them (`utilization`, `meanQueue`, `meanWait`) so the UI can set them side by side.
 * Times in seconds, counts in requests.
 *
 * When a model has no steady state (offered load ρ >= 1) the means are `Infinity`, not an error:
 * "this configuration diverges" is an answer the UI should show, not a bug.
 */
export interface QueueFigures {
  /** Fraction of time each server is busy; for the infinite-buffer models the offered load ρ. */
  utilization: number;
  /** L: mean number in the station, waiting or in service. */
  meanInSystem: number;
  /** Lq: mean number waiting, not yet in service. */
  meanQueue: number;
  /** W: mean sojourn, from arrival to departure. */
  meanSojourn: number;
  /** Wq: mean wait before service starts. */
  meanWait: number;
}
