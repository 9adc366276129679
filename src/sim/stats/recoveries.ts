/**
 * Recovery across replications. Whether a system comes back after a fault is itself random: in
 * one run it recovers in 8 s, in another it tips into a metastable failure and never does. A
 * mean over the runs would have to drop the failures or count them as some number of seconds,
 * so each disturbance says in how many runs the system came back, and times only those.
 */
import type { Recovery } from "../recovery";
import { meanAndHalfWidth } from "./confidence";

/** One disturbance (a fault, or overlapping faults judged together) over n replications. */
export interface RecoveryAcrossRuns extends Recovery {
  /** Replications in which this disturbance happened (all, unless overlaps merged differently). */
  runs: number;
  /** Of those, the runs that were back to the pre-fault level before their end. */
  recovered: number;
  /**
   * 95% half-widths: of the baselines over all `runs`, of `recoveredAt` and `seconds` over the
   * `recovered` runs; null where fewer than two values leave no spread to estimate.
   */
  ci95: Record<"baselineGoodput" | "baselineP99" | "recoveredAt" | "seconds", number | null>;
}

/**
 * Combines each run's `recovery` list. Disturbances match by label and start: overlapping
 * faults that merged in one run ("crash + slow") and not in another are different disturbances,
 * each counted over the runs where it happened, and the same fault scheduled twice is two. `recoveredAt` and `seconds` are means over the runs
 * that recovered, null when none did; baselines are means over every run with the disturbance.
 */
export function combineRecoveries(
  runs: readonly (readonly Recovery[] | undefined)[],
): RecoveryAcrossRuns[] | undefined {
  const disturbances = new Map<string, Recovery[]>();
  for (const run of runs) {
    for (const r of run ?? []) {
      const key = `${r.start} ${r.fault}`;
      const same = disturbances.get(key);
      if (same === undefined) disturbances.set(key, [r]);
      else same.push(r);
    }
  }
  if (disturbances.size === 0) return undefined;
  const combined = [...disturbances.values()].map(acrossRuns);
  // A stable sort: disturbances starting together keep the order in which runs reported them.
  return combined.sort((a, b) => a.start - b.start);
}

function acrossRuns(same: readonly Recovery[]): RecoveryAcrossRuns {
  const back = same.filter((r) => r.seconds !== null && r.recoveredAt !== null);
  const goodput = meanAndHalfWidth(same.map((r) => r.baselineGoodput));
  const p99 = meanAndHalfWidth(same.map((r) => r.baselineP99));
  const at = meanAndHalfWidth(back.map((r) => r.recoveredAt as number));
  const seconds = meanAndHalfWidth(back.map((r) => r.seconds as number));
  const spread = (x: { halfWidth: number }, n: number) => (n >= 2 ? x.halfWidth : null);
  return {
    fault: same[0].fault,
    start: same[0].start,
    end: same[0].end,
    baselineGoodput: goodput.mean,
    baselineP99: p99.mean,
    recoveredAt: back.length === 0 ? null : at.mean,
    seconds: back.length === 0 ? null : seconds.mean,
    runs: same.length,
    recovered: back.length,
    ci95: {
      baselineGoodput: spread(goodput, same.length),
      baselineP99: spread(p99, same.length),
      recoveredAt: spread(at, back.length),
      seconds: spread(seconds, back.length),
    },
  };
}
