import type { Scenario } from "../scenario/types";
import type { Summary } from "./summary";

export interface RunOptions {
  /** Overrides the scenario's seed. */
  seed?: string;
  /** Overrides the scenario's duration (simulated seconds). */
  duration?: number;
}

/** Runs one replication of a validated scenario to its end and summarises it. */
export function runScenario(_scenario: Scenario, _options: RunOptions = {}): Summary {
  throw new Error("engine not written yet");
}
