/**
 * A comparison as a batch of runs: every variant × every replication, replication i of each on
 * the same derived seed (common random numbers). The tasks can be run anywhere, in order or
 * spread over workers; `comparisonOf` reads their summaries back in task order.
 */

import { type RunTask, runTasks } from "../batch/task";
import { replicationSeed } from "../random/stream";
import type { Summary } from "../summary";
import { type Comparison, comparePaired } from "./paired";

export interface Variant {
  /** What tables call it: `A`, a file name, a scenario's name. */
  name: string;
  /** The scenario document, already validated by the caller. */
  document: unknown;
}

export interface ComparisonOptions {
  /** Paired replications, >= 2. */
  replications: number;
  /**
   * The master seed of every variant, whatever seed their documents hold: variants that kept
   * their own seeds would not share their draws.
   */
  seed: string;
}

/** Variant-major: the tasks of variant v are `v * replications` to `(v + 1) * replications - 1`. */
export function comparisonTasks(
  variants: readonly Variant[],
  options: ComparisonOptions,
): RunTask[] {
  return variants.flatMap((v) =>
    Array.from({ length: options.replications }, (_, i) => ({
      document: v.document,
      seed: replicationSeed(options.seed, i),
    })),
  );
}

/** The comparison of the summaries of `comparisonTasks(variants, options)`, in task order. */
export function comparisonOf(
  variants: readonly Variant[],
  options: ComparisonOptions,
  summaries: readonly Summary[],
): Comparison {
  const n = options.replications;
  const runs = variants.map((_, v) => summaries.slice(v * n, (v + 1) * n));
  return comparePaired(
    variants.map((v) => v.name),
    runs,
  );
}

/** The whole comparison in this thread. */
export function runComparison(
  variants: readonly Variant[],
  options: ComparisonOptions,
): Comparison {
  return comparisonOf(variants, options, runTasks(comparisonTasks(variants, options)));
}
