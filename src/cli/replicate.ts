/**
 * Independent replications of one scenario: the same model run with different seeds, averaged,
 * with a 95% confidence half-width beside every figure. One run of a stochastic model is one
 * sample; only several tell a real difference between two designs from noise.
 */
import type { Scenario } from "../scenario/types";
import type { Model } from "../sim/build";
import { replicationSeed } from "../sim/random/stream";
import { runScenario } from "../sim/run";
import { combineSummaries } from "../sim/stats/summaries";
import type { Summary } from "../sim/summary";

export interface ReplicationOptions {
  /** How many runs, >= 1. */
  replications: number;
  /** Master seed; the scenario's when absent. */
  seed?: string;
  /** Simulated seconds; the scenario's when absent. */
  duration?: number;
  /** Events each run may take (work-budget.ts); the default budget when absent. */
  maxEvents?: number;
  /** Told which run (from 0) has reached which simulated time, now and then. */
  onProgress?: (run: number, now: number) => void;
  /** Called with each run's index, seed and model before it runs (to record its traces). */
  beforeRun?: (run: number, seed: string, model: Model) => void;
}

export function runReplications(scenario: Scenario, options: ReplicationOptions): Summary {
  return combineReplications(replicationRuns(scenario, options, 0, options.replications));
}

/** Runs `from` to `to` - 1 of the replications: a slice of them for `--shard` (shard.ts). */
export function replicationRuns(
  scenario: Scenario,
  options: ReplicationOptions,
  from: number,
  to: number,
): Summary[] {
  const {
    replications,
    seed = scenario.seed,
    duration,
    maxEvents,
    onProgress,
    beforeRun,
  } = options;
  const progress = (run: number) =>
    onProgress === undefined ? undefined : (now: number) => onProgress(run, now);
  if (!Number.isInteger(replications) || replications < 1) {
    throw new RangeError(`replications must be an integer >= 1, got ${replications}`);
  }
  // A single run keeps the master seed itself; replications each derive their own.
  const seedOf = (i: number) => (replications === 1 ? seed : replicationSeed(seed, i));
  return Array.from({ length: to - from }, (_, k) =>
    runScenario(scenario, {
      seed: seedOf(from + k),
      duration,
      maxEvents,
      onProgress: progress(from + k),
      beforeRun:
        beforeRun === undefined
          ? undefined
          : (model) => beforeRun(from + k, seedOf(from + k), model),
    }),
  );
}

/** The replications' summary: a single run as it is, without ci95 or a count; or their mean. */
export function combineReplications(runs: readonly Summary[]): Summary {
  if (runs.length === 1) return runs[0];
  return { ...combineSummaries([...runs]), replications: runs.length };
}
