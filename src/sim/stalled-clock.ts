/**
 * The simulated clock stopped advancing: millions of events in a row at one instant, a loop of
 * zero-duration steps that would never end (closed users with no think time calling a server
 * that takes no time, say). It is the scenario's doing, not an engine bug, and is reported as
 * such, with the time it happened at.
 */
export class StalledClock extends Error {
  constructor(readonly time: number) {
    super(
      `simulated time stopped advancing at t=${time} s: over ${STALL_EVENTS.toLocaleString("en-US")} events in a row at that instant. ` +
        "Something loops without taking any time: give the think time, the service times or the network a duration above 0.",
    );
    this.name = "StalledClock";
  }
}

/** Events at one instant taken as a stall: far beyond any real burst of simultaneous events. */
export const STALL_EVENTS = 10_000_000;
