/**
 * Warnings for documents that are valid but cannot run: a step that takes "almost no time" and a
 * client that sends more requests than any run could simulate.
 *
 * A positive duration under a nanosecond is the dangerous one. The engine notices a loop that
 * takes no time at all (the clock stops: StalledClock) and stops it with its reason; a loop of
 * steps of 1e-142 s moves the clock by 1e-142 s a turn instead, so the run never ends. Closed
 * users thinking 1e-127 s in front of a crashed balancer that answers at once ran 7.6 million
 * events in 3 s and reached t = 4e-122 s, with a stale timeout left queued by every attempt
 * (2.5 million), so memory grows as well.
 */

import { pow } from "../math/pow";
import type { Report } from "./issues";
import type { Reader } from "./read";
import type { Dist } from "./types";

/** Shorter than any step of a real system (a CPU cycle is a third of one); zero is fine. */
export const NANOSECOND = 1e-9;

/**
 * Requests a simulated second at which to warn. The engine completes about 2.8 million requests
 * a second of wall time on the simplest model (one client at 1e6/s, one server: 2.0 million
 * requests in 0.72 s), so this rate costs half a minute of computing per simulated second at best.
 */
export const MAX_REQUEST_RATE = 1e8;
const REQUESTS_PER_WALL_SECOND = 3e6;

/** A figure for a message: two significant digits (`2.9e-142`, `0.00012`, `3.3e+7`). */
function figure(x: number): string {
  return String(Number(x.toPrecision(2)));
}

/** Warns when `seconds` is above zero but under a nanosecond. */
export function warnUnderNanosecond(report: Report, path: string, seconds: number): void {
  if (seconds > 0 && seconds < NANOSECOND) {
    report.warn(path, "underNanosecond", { value: figure(seconds) });
  }
}

/** A duration reader that also warns about sub-nanosecond values (see `warnUnderNanosecond`). */
export function duration(read: Reader<number>): Reader<number> {
  return (report, value, path) => {
    const seconds = read(report, value, path);
    warnUnderNanosecond(report, path, seconds);
    return seconds;
  };
}

/**
 * The duration a Dist typically draws: the mean, or for a Pareto law (whose mean may be infinite)
 * its median, min·2^(1/alpha).
 */
export function typicalDuration(dist: Dist): number {
  switch (dist.dist) {
    case "const":
      return dist.value;
    case "uniform":
      return (dist.min + dist.max) / 2;
    case "pareto":
      return dist.min * pow(2, 1 / dist.alpha);
    default:
      return dist.mean;
  }
}

/** Warns when a client can send more than MAX_REQUEST_RATE requests a simulated second. */
export function warnRequestRate(report: Report, path: string, rate: number): void {
  if (rate > MAX_REQUEST_RATE) {
    report.warn(path, "requestRateTooHigh", {
      rate: figure(rate),
      seconds: figure(rate / REQUESTS_PER_WALL_SECOND),
    });
  }
}
