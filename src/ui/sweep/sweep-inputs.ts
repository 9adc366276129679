/**
 * A sweep as the panel's fields give it, checked and planned with the sweep core: the scenario
 * text the page runs, the parameter's path, the values as typed, replications, and objectives as
 * typed (empty: none). Every problem is reported at once, as data the panel words when shown.
 * Pure: tested in Node.
 */
import { parseScenarioText, scenarioJson } from "../../scenario/parse";
import { parseSlos, type Slo } from "../../sim/slo/parse";
import type { AnalyzeOptions } from "../../sim/sweep/analyze";
import { planSweep, type SweepPlan } from "../../sim/sweep/plan";
import { parseSweepValues } from "../../sim/sweep/values";
import type { SweepProblem } from "./state";

export interface SweepInputs {
  param: string;
  /** As typed: `from:to:step` or a list. */
  values: string;
  replications: number;
  /** As typed; empty for none. */
  slo: string;
}

export const MAX_SWEEP_REPLICATIONS = 50;

export type SweepRequest =
  | {
      ok: true;
      plan: SweepPlan;
      /** What analyzeSweep takes: objectives only when some were typed. */
      analysis: AnalyzeOptions;
      slos: Slo[];
      /** The scenario's own seed, as `archsim sweep` takes it. */
      seed: string;
    }
  | { ok: false; problems: SweepProblem[] };

export function sweepRequest(text: string, inputs: SweepInputs): SweepRequest {
  const parsed = parseScenarioText(text);
  if (!parsed.ok) return { ok: false, problems: [{ kind: "scenario" }] };
  const problems: SweepProblem[] = [];
  const values = parseSweepValues(inputs.values.trim());
  if (!values.ok) problems.push({ kind: "values", problem: values.problem });
  const n = inputs.replications;
  if (!Number.isInteger(n) || n < 1 || n > MAX_SWEEP_REPLICATIONS) {
    problems.push({ kind: "replications", most: MAX_SWEEP_REPLICATIONS });
  }
  let slos: Slo[] = [];
  if (inputs.slo.trim() !== "") {
    const read = parseSlos([inputs.slo]);
    if (read.ok) slos = read.slos;
    else for (const problem of read.problems) problems.push({ kind: "slo", problem });
  }
  if (!values.ok || problems.length > 0) return { ok: false, problems };
  const seed = parsed.scenario.seed;
  const document = scenarioJson(text);
  const planned = planSweep(document, {
    param: inputs.param,
    values: values.values,
    replications: n,
    seed,
  });
  if (!planned.ok) return { ok: false, problems: planned.problems };
  // No objective typed: no SLO reading at all, rather than an empty one that is always met.
  const analysis = slos.length > 0 ? { slos } : {};
  return { ok: true, plan: planned.plan, analysis, slos, seed };
}
