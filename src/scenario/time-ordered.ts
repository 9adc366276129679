/**
 * A schedule's entries each take effect from their `at` on, so they must come strictly in time
 * order: two at one instant would leave one of them meaningless.
 */
import { itemPath } from "./issues";
import { arrayOf, type Reader } from "./read";

/** A list of `item`, with an error at each entry's `at` that is not after the one before. */
export function timeOrdered<T extends { at: number }>(item: Reader<T>): Reader<T[]> {
  const read = arrayOf(item);
  return (report, value, path) => {
    const schedule = read(report, value, path);
    for (let i = 1; i < schedule.length; i++) {
      const previous = schedule[i - 1].at;
      const at = schedule[i].at;
      if (at <= previous) {
        report.error(`${itemPath(path, i)}.at`, "scheduleOrder", {
          previous: String(previous),
          at: String(at),
        });
      }
    }
    return schedule;
  };
}
