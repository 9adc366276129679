/**
 * The simulated clock stopped advancing: millions of events in a row at one instant, or within
 * a microsecond of it. A loop of zero-duration steps would never end (closed users with no think
 * time calling a server that takes no time, say), and neither would one of steps so short that
 * the clock crawls (think times of 1e-142 s: 10 million events reached t = 5e-55 s). It is the
 * scenario's doing, not an engine bug, and is reported as such, with the time it happened at.
 */
export class StalledClock extends Error {
  constructor(
    readonly time: number,
    /** Where the clock had crawled to; `time` itself when it stopped dead. */
    readonly reached: number = time,
  ) {
    super(
      reached === time
        ? `simulated time stopped advancing at t=${time} s: over ${STALL_EVENTS.toLocaleString("en-US")} events in a row at that instant. ` +
            "Something loops without taking any time: give the think time, the service times or the network a duration above 0."
        : `simulated time barely advances from t=${time} s: over ${STALL_EVENTS.toLocaleString("en-US")} events in a row took it only to t=${reached} s. ` +
            "Something loops in steps far too short to matter: give the think time, the service times or the network durations of a microsecond or more.",
    );
    this.name = "StalledClock";
  }
}

/**
 * Events at one instant taken as a stall: beyond any real burst of simultaneous events (a
 * million closed users, LIMITS.users, thinking a constant time send a million at one instant).
 * Ten million took 23 s on a loop of retries that each left a timeout queued; two million is two
 * of the work budget's looks (work-budget.ts), which leaves a clock that stopped dead to this check.
 */
export const STALL_EVENTS = 2_000_000;

/**
 * Simulated seconds within which STALL_EVENTS events count as a stall: 2e12 events a simulated
 * second, about a million times what the engine runs in a second of wall time. From t = 2^33 s (272
 * years) on, where doubles are further apart than this, only an exact repeat counts, as before.
 */
export const STALL_SPAN = 1e-6;
