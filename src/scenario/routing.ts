/**
 * Probabilistic calls (extension): a call made with a `probability` per request, and calls that
 * share a `choice`, of which one draw makes at most one. The calls of a choice sit next to each
 * other so that a server walks its calls in order and passes a choice in one step; they share
 * their `when`, so a choice is either open to a request's class or not at all.
 */

import { fieldPath, itemPath, type Report } from "./issues";
import { show } from "./show";
import type { Call } from "./types";

/**
 * The most visits `maxVisits` may allow. Each visit of a loop nests a call in the request's
 * chain of callers, which its answer unwinds one hop at a time; 50 visits of a loop keep a
 * p = 0.5 feedback's cut-off below 1e-15 of requests.
 */
export const MAX_VISITS = 50;

/** The sum allowed above 1 for rounding: 0.1 + 0.2 + 0.7 is 1.0000000000000002. */
const ROUNDING = 1e-9;

export function checkChoices(report: Report, calls: Call[], path: string): void {
  const seen = new Map<string, number>();
  const sums = new Map<string, number>();
  calls.forEach((call, j) => {
    const name = call.choice;
    if (name === undefined) return;
    const at = itemPath(path, j);
    const first = seen.get(name);
    if (first === undefined) seen.set(name, j);
    else if (calls[j - 1]?.choice !== name) {
      report.error(fieldPath(at, "choice"), "choiceNotAdjacent", {
        choice: show(name),
        other: String(first),
      });
    } else if (calls[first].when !== call.when) {
      report.error(fieldPath(at, "when"), "choiceWhen", {
        choice: show(name),
        other: String(first),
      });
    }
    if (call.probability === undefined) {
      report.error(fieldPath(at, "probability"), "choiceNeedsProbability", { choice: show(name) });
      return;
    }
    const sum = (sums.get(name) ?? 0) + call.probability;
    sums.set(name, sum);
    if (sum > 1 + ROUNDING && sum - call.probability <= 1 + ROUNDING) {
      report.error(fieldPath(at, "probability"), "choiceOverOne", {
        choice: show(name),
        sum: String(Number(sum.toPrecision(12))),
      });
    }
  });
}
