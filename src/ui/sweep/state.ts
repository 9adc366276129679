/**
 * What the sweep panel renders: its progress and its result. Part of the page's state
 * (src/ui/store.ts); changed only by SweepController.
 */
import type { Slo } from "../../sim/slo/parse";
import type { SweepResult } from "../../sim/sweep/analyze";

export type SweepStatus = "idle" | "running" | "done" | "cancelled" | "failed";

export interface SweepState {
  status: SweepStatus;
  done: number;
  total: number;
  /** Web Workers the sweep runs on. */
  workers: number;
  result: SweepResult | null;
  /** The objectives the result was checked against (empty: none). */
  slos: Slo[];
  /** The seed the replications derive theirs from (the scenario's, as the command line). */
  seed: string;
  /** Why the sweep did not run or did not finish, one message per problem. */
  errors: string[];
}

export function initialSweepState(): SweepState {
  return {
    status: "idle",
    done: 0,
    total: 0,
    workers: 0,
    result: null,
    slos: [],
    seed: "",
    errors: [],
  };
}
