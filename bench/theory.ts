/**
 * The closed forms theory beside simulation computes while the user edits, timed: Che's hit ratio
 * for the largest key count a client may have (ten million), which sums over groups of ranks
 * (src/theory/che.ts, zipfGroups) because a sum key by key took 24 s.
 */
import { cheLru, zipfGroups } from "../src/theory/che";

const KEYS = 10_000_000;
const ZIPF = 0.8;
const CAPACITY = 1_000_000;

/** One line: the hit ratio, how many groups it summed over and how long it took. */
export function cheTenMillionKeys(): string {
  const t0 = performance.now();
  const groups = zipfGroups(KEYS, ZIPF);
  const hit = cheLru(groups.popularities, CAPACITY, groups.counts).hitRatio;
  const ms = performance.now() - t0;
  return `theory: Che's hit ratio, 10M Zipf(${ZIPF}) keys, 1M cached: ${hit.toFixed(4)} over ${groups.counts.length} groups in ${ms.toFixed(0)} ms  (target < 1000 ms)  ${ms < 1000 ? "met" : "MISSED"}`;
}
