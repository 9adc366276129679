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

/** A station with no steady state: its offered load, and every mean `Infinity`. */
export function divergentFigures(utilization: number): QueueFigures {
  return {
    utilization,
    meanInSystem: Infinity,
    meanQueue: Infinity,
    meanSojourn: Infinity,
    meanWait: Infinity,
  };
}

/**
 * A stable single-queue station's figures from its mean wait and sojourn, the mean counts by
 * Little's law: L = λW, Lq = λWq (Little, "A Proof for the Queuing Formula L = λW", Operations
 * Research 9(3), 1961).
 */
export function littleFigures(
  arrivalRate: number,
  utilization: number,
  meanWait: number,
  meanSojourn: number,
): QueueFigures {
  return {
    utilization,
    meanInSystem: arrivalRate * meanSojourn,
    meanQueue: arrivalRate * meanWait,
    meanSojourn,
    meanWait,
  };
}
