/**
 * A sweep as a batch of runs: the scenario at each value of one parameter, each run with the same
 * replication seeds (common random numbers across values too, so the curve is smooth and two
 * neighbouring points differ by the parameter more than by luck).
 */
import { formatIssue, type Issue } from "../../scenario/issues";
import { parseScenario } from "../../scenario/parse";
import type { Scenario } from "../../scenario/types";
import type { RunTask } from "../batch/task";
import { replicationSeed } from "../random/stream";
import { type PathProblem, parseParamPath, pathProblemText, setParam } from "./path";
import { suggestParam } from "./suggest-param";
import { type PlanWarning, planWarnings } from "./warnings";

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
  /** What the curves may be read wrongly for (warnings.ts); the sweep runs all the same. */
  warnings: PlanWarning[];
}

/**
 * Why a sweep cannot be planned, as data: the command line says it in English (planProblemText),
 * the page in its own language, each validator issue at its place.
 */
export type PlanProblem =
  /** The path `param` cannot be read or does not fit the document. */
  | { kind: "path"; param: string; problem: PathProblem }
  /** No values to run at. */
  | { kind: "noValues" }
  /** The validator refuses the scenario with the parameter at one of the values. */
  | { kind: "value"; param: string; value: number; issue: Issue }
  /**
   * The parameter is a field the validator does not know, which a sweep would vary to no
   * effect: refused, with the path the user likely meant when one is close (suggest-param.ts).
   */
  | { kind: "field"; param: string; issue: Issue; suggestion?: string };

export type SweepPlanResult =
  | { ok: true; plan: SweepPlan }
  | { ok: false; problems: PlanProblem[] };

/** A problem as the command line says it. */
export function planProblemText(problem: PlanProblem): string {
  switch (problem.kind) {
    case "path":
      return problem.problem.kind === "syntax"
        ? pathProblemText(problem.problem)
        : `--param ${problem.param}: ${pathProblemText(problem.problem)}`;
    case "noValues":
      return "a sweep needs values";
    case "value":
      return `at ${problem.param} = ${problem.value}: ${formatIssue(problem.issue)}`;
    case "field":
      return `--param ${problem.param}: refused: ${problem.issue.path} is not a field of the scenario format${
        problem.suggestion === undefined ? "" : `; did you mean ${problem.suggestion}?`
      }`;
  }
}

/**
 * Every document the sweep will run, each validated, or every problem found: a path that does
 * not fit the document, a value the field does not accept (`at workers = 0:
 * components[1].workers: must be an integer >= 1, got 0`), or a field the validator does not
 * know, which a sweep would otherwise vary without effect.
 */
export function planSweep(document: unknown, options: SweepOptions): SweepPlanResult {
  const refuse = (problem: PlanProblem): SweepPlanResult => ({ ok: false, problems: [problem] });
  const { param } = options;
  const path = parseParamPath(param);
  if (!path.ok) return refuse({ kind: "path", param, problem: path.problem });
  if (options.values.length === 0) return refuse({ kind: "noValues" });
  const problems: PlanProblem[] = [];
  const documents: unknown[] = [];
  let at = "";
  let scenario: Scenario | undefined;
  for (const value of options.values) {
    const set = setParam(document, path.segments, value);
    if (!set.ok) return refuse({ kind: "path", param, problem: set.problem });
    at = set.at;
    const parsed = parseScenario(set.document);
    const unknown = parsed.warnings.find((w) => w.path === at);
    if (unknown !== undefined) {
      const named = unknown.params.suggestion;
      // The validator quotes its suggestion as JSON: "workers".
      const sameLevel = named === undefined ? undefined : (JSON.parse(String(named)) as string);
      const suggestion = suggestParam(document, param, path.segments, sameLevel);
      return refuse({
        kind: "field",
        param,
        issue: unknown,
        ...(suggestion === undefined ? {} : { suggestion }),
      });
    }
    if (parsed.ok) scenario = parsed.scenario;
    else for (const issue of parsed.errors) problems.push({ kind: "value", param, value, issue });
    documents.push(set.document);
  }
  if (problems.length > 0 || scenario === undefined) return { ok: false, problems };
  const tasks = documents.flatMap((doc) =>
    Array.from({ length: options.replications }, (_, i) => ({
      document: doc,
      seed: replicationSeed(options.seed, i),
    })),
  );
  return {
    ok: true,
    plan: {
      param,
      at,
      values: [...options.values],
      replications: options.replications,
      tasks,
      warnings: planWarnings(param, at, scenario),
    },
  };
}
