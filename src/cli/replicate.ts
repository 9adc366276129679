/**
 * Independent replications of one scenario: the same model run with different seeds, averaged,
 * with a 95% confidence half-width beside every figure. One run of a stochastic model is one
 * sample; only several tell a real difference between two designs from noise.
 */
import type { Scenario } from "../scenario/types";
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
  /** Told which run (from 0) has reached which simulated time, now and then. */
  onProgress?: (run: number, now: number) => void;
}

export function runReplications(scenario: Scenario, options: ReplicationOptions): Summary {
  const { replications, seed = scenario.seed, duration, onProgress } = options;
  const progress = (run: number) =>
    onProgress === undefined ? undefined : (now: number) => onProgress(run, now);
  if (!Number.isInteger(replications) || replications < 1) {
    throw new RangeError(`replications must be an integer >= 1, got ${replications}`);
  }
  // A single run has no spread to estimate: it is returned as it is, without ci95 or a count.
  if (replications === 1) return runScenario(scenario, { seed, duration, onProgress: progress(0) });
  const runs = Array.from({ length: replications }, (_, i) =>
    runScenario(scenario, { seed: replicationSeed(seed, i), duration, onProgress: progress(i) }),
  );
  return { ...combineSummaries(runs), replications };
}
