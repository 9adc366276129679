/**
 * What the sweep panel renders: its progress and its result. Part of the page's state
 * (src/ui/store.ts); changed only by SweepController.
 */
import type { Slo, SloProblem } from "../../sim/slo/parse";
import type { SweepResult } from "../../sim/sweep/analyze";
import type { PlanProblem } from "../../sim/sweep/plan";
import type { ValuesProblem } from "../../sim/sweep/values";
import type { PlanWarning } from "../../sim/sweep/warnings";

/**
 * One reason the sweep did not run or did not finish, as data: the panel words it when shown
 * (sweep-problem.ts), so a change of language rewords it.
 */
export type SweepProblem =
  /** The scenario text does not load. */
  | { kind: "scenario" }
  /** Replications are not a whole number from 1 to `most`. */
  | { kind: "replications"; most: number }
  /** The values as typed cannot be read (src/sim/sweep/values.ts). */
  | { kind: "values"; problem: ValuesProblem }
  /** An objective as typed cannot be read (src/sim/slo/parse.ts). */
  | { kind: "slo"; problem: SloProblem }
  /** The sweep core cannot plan the sweep: a path that does not fit, or a validator issue. */
  | PlanProblem
  /** The pool of workers failed: the browser's message, or the failing run's, as it gave it. */
  | { kind: "batch"; reason: string };

/**
 * What the sweep's curves may be read wrongly for, though it runs as asked: the sweep core's
 * warnings (src/sim/sweep/warnings.ts), as data worded when shown, as the problems are.
 */
export type SweepWarning = PlanWarning;

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
  /** Why the sweep did not run or did not finish, every problem found. */
  problems: SweepProblem[];
  /** The warnings of the sweep running or shown. */
  warnings: SweepWarning[];
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
    problems: [],
    warnings: [],
  };
}
