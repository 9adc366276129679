/**
 * How much work one run may take: a number of events, about a minute of computing. A run is
 * looked at every LOOK_EVENTS events (exact counts, so the CLI, its worker threads and the
 * page's worker stop a run at the same event, or none of them does): past the budget it stops,
 * and from the first look on it stops as soon as the events per simulated second so far, times
 * the simulated seconds it has left, would take it past the budget. 20 closed users retrying
 * every 20 ns against a full server make 3.8e9 events a simulated second, 43 minutes of
 * computing for a 5 s run: the first look, a fraction of a second in, stops it with its reason.
 */

import { DEFAULT_MAX_EVENTS } from "../scenario/projected-work";
import { STALL_SPAN } from "./stalled-clock";

/** Events a run may take unless told otherwise (`--max-events`): see projected-work.ts. */
export { DEFAULT_MAX_EVENTS };

/** Events between two looks at a run's work: a fraction of a second of computing. */
export const LOOK_EVENTS = 1_000_000;

/**
 * The run was stopped because its events would go past the budget: `events` run when it was
 * stopped at simulated time `time`, `projected` the events the whole run would take at the rate
 * so far (`events` itself when it reached the budget with the clock still at 0), `rate` the
 * events a simulated second it was projected at.
 */
export class WorkBudgetExceeded extends Error {
  constructor(
    readonly maxEvents: number,
    readonly events: number,
    readonly time: number,
    readonly duration: number,
    readonly projected: number,
    /** Events a simulated second the projection took (0 when the clock was still at 0). */
    readonly rate: number,
  ) {
    super(workBudgetText(maxEvents, events, time, duration, projected, rate));
    this.name = "WorkBudgetExceeded";
  }
}

function workBudgetText(
  maxEvents: number,
  events: number,
  time: number,
  duration: number,
  projected: number,
  rate: number,
): string {
  const limit = `the limit of ${figure(maxEvents)} events a run may take (about a minute of computing)`;
  const what =
    time > 0
      ? `this run would take about ${figure(projected)} events (${figure(rate)} per simulated second for ${figure(duration)} s), over ${limit}: it was stopped at t=${figure(time)} s after ${figure(events)} events`
      : `this run reached ${limit} with the simulated clock still at 0`;
  return `${what}. Shorten the duration or lower the load, or raise the limit with --max-events ${figure(suggestedLimit(projected, maxEvents))}.`;
}

/** A limit that would let the run finish, if it is a number a run could ever reach. */
export function suggestedLimit(projected: number, maxEvents: number): number {
  const next = Number((projected * 1.1).toPrecision(2));
  return Number.isFinite(next) && next > maxEvents ? next : maxEvents * 10;
}

/** Two significant digits, as --max-events reads them back: 3.8e9, 0.00026, 2e8. */
function figure(x: number): string {
  if (!Number.isFinite(x)) return "over 1.8e308";
  const text = x >= 1e6 ? x.toExponential(1).replace(".0e", "e") : String(Number(x.toPrecision(2)));
  return text.replace("e+", "e");
}

/**
 * The looks at one run: where the next one falls, and what it checks. Two projections: the
 * events a simulated second since the start (a steady load beyond the budget is stopped at the
 * first look), and those since the previous look, which notices a run that has just fallen into
 * a loop (retries every 20 ns after a server filled up); a burst can be short, so the latter
 * stops a run only when two looks in a row project past the budget. A clock that has moved by no
 * more than STALL_SPAN since the previous look is the stall check's to report (StalledClock).
 */
export class WorkBudget {
  private nextLook = LOOK_EVENTS;
  private lookedAt = { events: 0, time: 0 };
  private windowsOver = 0;

  constructor(
    /** The run's end, in simulated seconds. */
    private readonly duration: number,
    readonly maxEvents: number = DEFAULT_MAX_EVENTS,
  ) {
    if (!(maxEvents >= 1)) throw new RangeError(`maxEvents must be >= 1, got ${maxEvents}`);
  }

  /**
   * The most events the engine may run from `events` on before the next look: one past the
   * budget at most, since a run that ends on its last allowed event has not gone past it.
   */
  slice(events: number): number {
    return Math.min(this.nextLook, this.maxEvents + 1) - events;
  }

  /**
   * Looks at the run if it has reached a look (else does nothing); throws WorkBudgetExceeded
   * when the run is past the budget or, at its rate, would go past it.
   */
  look(events: number, time: number): void {
    if (events < this.nextLook && events <= this.maxEvents) return;
    while (this.nextLook <= events) this.nextLook += LOOK_EVENTS;
    const left = this.duration - time;
    const since = this.lookedAt;
    this.lookedAt = { events, time };
    if (left <= 0) return;
    const max = this.maxEvents;
    // A clock still within STALL_SPAN of 0 projects nothing from the start: a burst at the start
    // is not a rate, and a clock that crawls is the stall check's to report.
    const fromStart = time > STALL_SPAN ? events + (events / time) * left : events;
    const span = time - since.time;
    const fromWindow =
      span > STALL_SPAN ? events + ((events - since.events) / span) * left : events;
    this.windowsOver = fromWindow > max ? this.windowsOver + 1 : 0;
    const projected = this.windowsOver >= 2 ? Math.max(fromStart, fromWindow) : fromStart;
    if (events > max || projected > max) {
      const rate =
        time === 0 ? 0 : projected === fromStart ? events / time : (events - since.events) / span;
      throw new WorkBudgetExceeded(max, events, time, this.duration, projected, rate);
    }
  }
}
