/**
 * What the comparison view renders: the variants run live side by side, and the table of paired
 * replications. Part of the page's state (src/ui/store.ts); changed only by CompareController.
 */
import type { Issue } from "../../scenario/issues";
import type { Scenario } from "../../scenario/types";
import type { Comparison } from "../../sim/compare/paired";
import type { ProbeLayout } from "../../sim/probe";
import type { Summary } from "../../sim/summary";
import type { EngineFailure, Speed } from "../../worker/protocol";
import type { History } from "../history";

export interface LiveVariant {
  name: string;
  scenario: Scenario;
  layout: ProbeLayout;
  history: History;
  time: number;
  finished: boolean;
  summary: Summary | null;
  /** Why the engine stopped this variant's run, as data: the panel words it when shown. */
  error: EngineFailure | null;
}

/** A variant that does not validate, by name, and its first issue (null when it gave none). */
export interface InvalidVariant {
  kind: "invalid";
  variant: string;
  issue: Issue | null;
}

/** Why the variants could not be run side by side, as data: the panel words it when shown. */
export type LiveError =
  | InvalidVariant
  | {
      kind: "worker";
      worker: "compare.workerFailed" | "compare.workerStopped";
      /** The browser's own message, as it gave it. */
      reason: string;
    };

/** Why a paired comparison was refused before it ran: a variant, or the replications asked. */
export type Refusal = InvalidVariant | { kind: "replications" };

/** Why the last comparison did not run or did not finish, as data: worded when shown. */
export type TableError =
  | Refusal
  /** The pool of workers failed: the browser's message, or the failing run's, as it gave it. */
  | { kind: "batch"; reason: string };

export type LiveStatus = "idle" | "running" | "paused" | "finished";

export interface LiveComparison {
  status: LiveStatus;
  /** The seed every variant runs on. */
  seed: string;
  /** The simulated time every variant has reached. */
  time: number;
  /** The longest variant's duration: the charts' shared time axis. */
  duration: number;
  speed: Speed;
  variants: LiveVariant[];
  /** Bumped with each batch of new rows, so views know the histories grew in place. */
  revision: number;
  /** Why the variants could not be run side by side (a variant that does not load, say). */
  error: LiveError | null;
}

export type TableStatus = "idle" | "running" | "done" | "cancelled" | "failed";

export interface ComparisonTable {
  status: TableStatus;
  replications: number;
  /** The seed the replications derive theirs from. */
  seed: string;
  /** Simulated seconds of every run when asked for, else null (each variant's own). */
  duration: number | null;
  done: number;
  total: number;
  comparison: Comparison | null;
  /** Each variant's name and text as compared, to tell when they have changed since. */
  compared: string[];
  /** Why the last comparison did not run or did not finish. */
  error: TableError | null;
}

export interface CompareState {
  live: LiveComparison;
  table: ComparisonTable;
}

export const DEFAULT_REPLICATIONS = 10;

export function initialCompareState(): CompareState {
  return {
    live: {
      status: "idle",
      seed: "",
      time: 0,
      duration: 0,
      speed: "max",
      variants: [],
      revision: 0,
      error: null,
    },
    table: {
      status: "idle",
      replications: DEFAULT_REPLICATIONS,
      seed: "",
      duration: null,
      done: 0,
      total: 0,
      comparison: null,
      compared: [],
      error: null,
    },
  };
}
