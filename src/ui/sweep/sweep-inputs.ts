/**
 * A sweep as the panel's fields give it, checked and planned with the sweep core: the scenario
 * text the page runs, the parameter's path, the values as typed, replications, and objectives as
 * typed (empty: none). Every problem is reported at once. Pure: tested in Node.
 */
import { parseScenarioText } from "../../scenario/parse";
import { parseSlos, type Slo } from "../../sim/slo/parse";
import type { AnalyzeOptions } from "../../sim/sweep/analyze";
import { planSweep, type SweepPlan } from "../../sim/sweep/plan";
import { parseSweepValues } from "../../sim/sweep/values";
import { t } from "../i18n/index";

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
  | { ok: false; errors: string[] };

export function sweepRequest(text: string, inputs: SweepInputs): SweepRequest {
  const parsed = parseScenarioText(text);
  if (!parsed.ok) return { ok: false, errors: [t("sweep.error.scenario")] };
  const errors: string[] = [];
  const values = parseSweepValues(inputs.values.trim());
  if (!values.ok) errors.push(values.error);
  const n = inputs.replications;
  if (!Number.isInteger(n) || n < 1 || n > MAX_SWEEP_REPLICATIONS) {
    errors.push(t("sweep.error.replications", { most: MAX_SWEEP_REPLICATIONS }));
  }
  let slos: Slo[] = [];
  if (inputs.slo.trim() !== "") {
    const read = parseSlos([inputs.slo]);
    if (read.ok) slos = read.slos;
    else errors.push(...read.errors);
  }
  if (!values.ok || errors.length > 0) return { ok: false, errors };
  const seed = parsed.scenario.seed;
  const planned = planSweep(JSON.parse(text) as unknown, {
    param: inputs.param,
    values: values.values,
    replications: n,
    seed,
  });
  if (!planned.ok) return planned;
  // No objective typed: no SLO reading at all, rather than an empty one that is always met.
  const analysis = slos.length > 0 ? { slos } : {};
  return { ok: true, plan: planned.plan, analysis, slos, seed };
}
