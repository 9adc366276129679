import type { Summary } from "../summary";
import { combineReplications } from "./confidence";
import { combineRecoveries } from "./recoveries";

/**
 * n replications' summaries as one: every figure a mean with its ci95 (combineReplications),
 * and `recovery` combined across the runs rather than the first run's list.
 */
export function combineSummaries(runs: readonly Summary[]): Summary {
  const combined = combineReplications(runs);
  const recovery = combineRecoveries(runs.map((run) => run.recovery));
  return recovery === undefined ? combined : { ...combined, recovery };
}
