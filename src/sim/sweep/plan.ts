/**
 * A sweep as a batch of runs: the scenario at each value of one parameter, each run with the same
 * replication seeds (common random numbers across values too, so the curve is smooth and two
 * neighbouring points differ by the parameter more than by luck).
 */
import { formatIssue } from "../../scenario/issues";
import { parseScenario } from "../../scenario/parse";
import type { RunTask } from "../batch/task";
import { replicationSeed } from "../random/stream";
import { parseParamPath, setParam } from "./path";

export interface SweepOptions {
  /** The path of the parameter (see path.ts): `components.app.workers`. */
  param: string;
  values: readonly number[];
  /** Replications at each value, >= 1. */
  replications: number;
  /** The master seed; replication i at every value runs on replicationSeed(seed, i). */
  seed: string;
}

export interface SweepPlan {
  param: string;
  /** The parameter as the validator names it: `components[1].workers`. */
  at: string;
  values: number[];
  replications: number;
  /** Value-major: the tasks of value v are `v * replications` to `(v + 1) * replications - 1`. */
  tasks: RunTask[];
}

export type SweepPlanResult = { ok: true; plan: SweepPlan } | { ok: false; errors: string[] };

/**
 * Every document the sweep will run, each validated, or every problem found: a path that does
 * not fit the document, a value the field does not accept (`at workers = 0:
 * components[1].workers: must be an integer >= 1, got 0`), or a field the validator does not
 * know, which a sweep would otherwise vary without effect.
 */
export function planSweep(document: unknown, options: SweepOptions): SweepPlanResult {
  const path = parseParamPath(options.param);
  if (!path.ok) return { ok: false, errors: [path.error] };
  if (options.values.length === 0) return { ok: false, errors: ["a sweep needs values"] };
  const errors: string[] = [];
  const documents: unknown[] = [];
  let at = "";
  for (const value of options.values) {
    const set = setParam(document, path.segments, value);
    if (!set.ok) return { ok: false, errors: [`--param ${options.param}: ${set.error}`] };
    at = set.at;
    const parsed = parseScenario(set.document);
    const unknown = parsed.warnings.find((w) => w.path === at);
    if (unknown !== undefined) {
      return { ok: false, errors: [`--param ${options.param}: ${formatIssue(unknown)}`] };
    }
    if (!parsed.ok) {
      for (const e of parsed.errors)
        errors.push(`at ${options.param} = ${value}: ${formatIssue(e)}`);
    }
    documents.push(set.document);
  }
  if (errors.length > 0) return { ok: false, errors };
  const tasks = documents.flatMap((doc) =>
    Array.from({ length: options.replications }, (_, i) => ({
      document: doc,
      seed: replicationSeed(options.seed, i),
    })),
  );
  return {
    ok: true,
    plan: {
      param: options.param,
      at,
      values: [...options.values],
      replications: options.replications,
      tasks,
    },
  };
}
