/**
 * Why the sweep core refused to plan a sweep, as data the panel words in its own language.
 * planSweep (src/sim/sweep/plan.ts) tells the command line in English and flattens the
 * validator's issues to that text; this repeats its checks in its order and keeps each issue
 * whole. Asked only after planSweep has refused, so a sweep that plans is validated once.
 */
import { parseScenario } from "../../scenario/parse";
import { parseParamPath, setParam } from "../../sim/sweep/path";
import type { SweepProblem } from "./state";

export function planProblems(
  document: unknown,
  param: string,
  values: readonly number[],
): SweepProblem[] {
  const path = parseParamPath(param);
  if (!path.ok) return [{ kind: "core", text: path.error }];
  const problems: SweepProblem[] = [];
  for (const value of values) {
    const set = setParam(document, path.segments, value);
    if (!set.ok) return [{ kind: "core", text: `--param ${param}: ${set.error}` }];
    const parsed = parseScenario(set.document);
    const unknown = parsed.warnings.find((w) => w.path === set.at);
    if (unknown !== undefined) return [{ kind: "field", param, issue: unknown }];
    if (parsed.ok) continue;
    for (const issue of parsed.errors) problems.push({ kind: "value", param, value, issue });
  }
  return problems;
}
