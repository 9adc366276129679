/**
 * A component asked for an event after a delay that is not a time: NaN, negative or infinite.
 * The clock would become NaN (every comparison false, so the run never ends and every figure
 * reads NaN) or the event would never come. The sources check their delays (a retry's backoff,
 * retry-delay.ts), so this is the last guard, at the one entry point components schedule through;
 * it stops the run with its cause rather than let it go on with a broken clock.
 */
export class UnschedulableDelay extends Error {
  constructor(
    readonly delay: number,
    readonly component: string,
    readonly time: number,
  ) {
    super(
      `${component} asked for an event after ${delay} s at t=${time} s, which is not a time the run can reach. ` +
        "A duration of the scenario is too long or not a number: check its distributions (a pareto alpha near 0 draws unbounded times).",
    );
    this.name = "UnschedulableDelay";
  }
}
