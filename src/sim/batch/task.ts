/**
 * One run of a batch (a comparison, a sweep): a scenario document and a seed. A task is plain
 * JSON-like data, so it crosses to a worker thread or a Web Worker as it is and every worker
 * computes the same summary for it: a batch's numbers do not depend on how it was spread.
 */
import { formatIssue } from "../../scenario/issues";
import { parseScenario } from "../../scenario/parse";
import type { Scenario } from "../../scenario/types";
import { runScenario } from "../run";
import type { Summary } from "../summary";

export interface RunTask {
  /**
   * The scenario as a document (what JSON.parse gives), validated again where it runs: a
   * validated `Scenario` holds Infinity and prototype-less maps, which structured cloning and
   * JSON do not carry faithfully.
   */
  document: unknown;
  seed: string;
  /** Events the run may take (work-budget.ts); the default budget when absent. */
  maxEvents?: number;
}

/** The validated scenario of a document the batch has already checked. */
export function scenarioOf(document: unknown): Scenario {
  const result = parseScenario(document);
  if (!result.ok) {
    // Batches validate every document before making tasks of it, so this is a bug, not input.
    throw new Error(`a batch task holds an invalid scenario (${formatIssue(result.errors[0])})`);
  }
  return result.scenario;
}

export function runTask(task: RunTask): Summary {
  return runScenario(scenarioOf(task.document), { seed: task.seed, maxEvents: task.maxEvents });
}

/** The batch run in this thread, in order: what a pool of workers must reproduce exactly. */
export function runTasks(tasks: readonly RunTask[]): Summary[] {
  return tasks.map(runTask);
}
