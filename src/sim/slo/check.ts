/** Whether a summary meets each service-level objective, and by how much it misses. */
import type { Summary } from "../summary";
import { metricOf } from "./metrics";
import type { Slo } from "./parse";

export interface SloCheck {
  slo: Slo;
  /** The summary's figure (the mean over replications when it averages several runs). */
  value: number;
  met: boolean;
  /** How far the value lies on the wrong side of the limit, in the metric's unit; 0 when met. */
  excess: number;
}

export function checkSlo(summary: Summary, slo: Slo): SloCheck {
  const value = metricOf(summary, slo.metric);
  const met = meets(value, slo);
  const below = slo.comparison === "<" || slo.comparison === "<=";
  const excess = met ? 0 : below ? value - slo.limit : slo.limit - value;
  return { slo, value, met, excess };
}

export function checkSlos(summary: Summary, slos: readonly Slo[]): SloCheck[] {
  return slos.map((slo) => checkSlo(summary, slo));
}

/** NaN (a figure with no sample) meets nothing. */
export function meets(value: number, slo: Slo): boolean {
  switch (slo.comparison) {
    case "<":
      return value < slo.limit;
    case "<=":
      return value <= slo.limit;
    case ">":
      return value > slo.limit;
    case ">=":
      return value >= slo.limit;
  }
}
