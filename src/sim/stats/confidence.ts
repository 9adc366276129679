/**
 * Confidence intervals across independent replications: the same scenario run with n seeds.
 *
 * One run's p99 is one draw from a distribution; to tell whether a design change helped, compare
 * the means over replications with their 95% intervals, mean ± t(0.975, n-1)·s/√n (the method of
 * independent replications, Law, "Simulation Modeling and Analysis", 5th ed., section 9.4.1).
 */

import { ownRecord, ownValue } from "../own-record";
import { tQuantile975 } from "./student-t";

export interface MeanAndHalfWidth {
  mean: number;
  /** Half the width of the 95% confidence interval; 0 for a single value, NaN for none. */
  halfWidth: number;
}

/** The mean of `xs` and the half-width of its 95% Student-t interval (sample variance, n - 1). */
export function meanAndHalfWidth(xs: readonly number[]): MeanAndHalfWidth {
  const n = xs.length;
  if (n === 0) return { mean: Number.NaN, halfWidth: Number.NaN };
  let sum = 0;
  for (const x of xs) sum += x;
  const mean = sum / n;
  if (n === 1) return { mean, halfWidth: 0 };
  // Two passes: summing squared deviations from the mean avoids the cancellation of Σx² - n·mean².
  let squares = 0;
  for (const x of xs) squares += (x - mean) * (x - mean);
  const sd = Math.sqrt(squares / (n - 1));
  return { mean, halfWidth: (tQuantile975(n - 1) * sd) / Math.sqrt(n) };
}

type NumericKeys<T> = { [K in keyof T]-?: T[K] extends number | undefined ? K : never }[keyof T];

/**
 * What `combineReplications` adds to a shape: every object may gain a `ci95` object holding the
 * half-width for each of its numeric keys.
 */
export type WithCi95<T> = T extends readonly unknown[]
  ? unknown
  : T extends object
    ? { ci95?: { [K in NumericKeys<T>]?: number } } & {
        [K in keyof T]?: WithCi95<NonNullable<T[K]>>;
      }
    : unknown;

/**
 * Combines n summaries of the same shape into one: numeric leaves become their mean over the
 * runs, and each object with numeric leaves gains `ci95`, their 95% half-widths, e.g.
 * `{ latency: { mean: 0.1, ci95: { mean: 0.002 } } }`. Strings, booleans, nulls and arrays come
 * from the first run that has them. Keys present in only some runs (a component that exists in
 * one run only) are kept, averaged over the runs that have them.
 */
export function combineReplications<T extends object>(runs: readonly T[]): T & WithCi95<T> {
  if (runs.length === 0) throw new RangeError("combineReplications needs at least one run");
  return combineObjects(runs as readonly Record<string, unknown>[]) as T & WithCi95<T>;
}

function combineObjects(objects: readonly Record<string, unknown>[]): Record<string, unknown> {
  const keys = new Set<string>();
  for (const o of objects) for (const k of Object.keys(o)) keys.add(k);
  const combined = ownRecord<unknown>();
  const ci95 = ownRecord<number>();
  let hasNumbers = false;
  for (const key of keys) {
    const values = objects.map((o) => ownValue(o, key)).filter((v) => v !== undefined);
    const first = values[0];
    if (typeof first === "number") {
      const { mean, halfWidth } = meanAndHalfWidth(
        values.filter((v): v is number => typeof v === "number"),
      );
      combined[key] = mean;
      ci95[key] = halfWidth;
      hasNumbers = true;
    } else if (isPlainObject(first)) {
      combined[key] = combineObjects(values.filter(isPlainObject));
    } else {
      combined[key] = first;
    }
  }
  if (hasNumbers) combined.ci95 = ci95;
  return combined;
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
