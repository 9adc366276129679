/**
 * The curves of a sweep: at each value, the mean and 95% half-width over its replications of
 * the offered load, throughput, latency percentiles and failure ratios; the saturation knee; and,
 * with service-level objectives, whether each point meets them and the last value that does.
 */

import { meets } from "../slo/check";
import { metricOf, SLO_METRICS, type SloMetric } from "../slo/metrics";
import type { Slo } from "../slo/parse";
import { type MeanAndHalfWidth, meanAndHalfWidth } from "../stats/confidence";
import { combineSummaries } from "../stats/summaries";
import type { Summary } from "../summary";
import { findKnee, type Knee } from "./knee";
import type { SweepPlan } from "./plan";

/** `offered` is the requests generated per second by all clients; the others as in slo/metrics. */
export const SWEEP_FIGURES = ["offered", ...SLO_METRICS] as const;
export type SweepFigure = (typeof SWEEP_FIGURES)[number];

export interface SweepPoint {
  value: number;
  figures: Record<SweepFigure, MeanAndHalfWidth>;
  /** With objectives: whether the means meet every one of them. */
  meetsSlo?: boolean;
  /** With priced components (src/sim/cost.ts): the window's cost, and per million requests. */
  cost?: { total: MeanAndHalfWidth; perMillionRequests?: MeanAndHalfWidth };
}

export interface SweepResult {
  param: string;
  values: number[];
  replications: number;
  points: SweepPoint[];
  /** See knee.ts; null when the whole range stays below it. */
  knee: Knee | null;
  /** With objectives: as typed, and the last value, in sweep order, before the first point that misses them. */
  slo?: { objectives: string[]; lastMeeting: number | null };
}

export interface AnalyzeOptions {
  slos?: readonly Slo[];
  /** How many times the first point's mean latency marks the knee (knee.ts), default 2. */
  kneeFactor?: number;
}

/** The result of `plan` from the summaries of its tasks, in task order. */
export function analyzeSweep(
  plan: SweepPlan,
  summaries: readonly Summary[],
  options: AnalyzeOptions = {},
): SweepResult {
  const n = plan.replications;
  const points: SweepPoint[] = plan.values.map((value, v) => {
    const runs = summaries.slice(v * n, (v + 1) * n);
    const figures = Object.fromEntries(
      SWEEP_FIGURES.map((f) => [f, meanAndHalfWidth(runs.map((run) => figureOf(run, f)))]),
    ) as Record<SweepFigure, MeanAndHalfWidth>;
    const point: SweepPoint = { value, figures };
    const cost = costOf(runs);
    if (cost !== undefined) point.cost = cost;
    if (options.slos !== undefined) {
      point.meetsSlo = options.slos.every((slo) => meets(figures[slo.metric].mean, slo));
    }
    return point;
  });
  const knee = findKnee(
    points.map((p) => ({
      value: p.value,
      offered: p.figures.offered.mean,
      throughput: p.figures.throughput.mean,
      meanLatency: p.figures.mean.mean,
    })),
    options.kneeFactor,
  );
  const result: SweepResult = {
    param: plan.param,
    values: plan.values,
    replications: n,
    points,
    knee,
  };
  if (options.slos !== undefined) {
    const firstMiss = points.findIndex((p) => !p.meetsSlo);
    const last = firstMiss < 0 ? points.length - 1 : firstMiss - 1;
    result.slo = {
      objectives: options.slos.map((s) => s.text),
      lastMeeting: last < 0 ? null : points[last].value,
    };
  }
  return result;
}

function costOf(runs: readonly Summary[]): SweepPoint["cost"] {
  const costs = runs.map((r) => r.cost);
  if (costs.some((c) => c === undefined)) return undefined;
  const total = meanAndHalfWidth(costs.map((c) => c!.total));
  const perMillion = costs.map((c) => c!.perMillionRequests);
  // A run in which nothing completed has no price per request: the mean would mislead.
  if (perMillion.some((x) => x === undefined)) return { total };
  return { total, perMillionRequests: meanAndHalfWidth(perMillion as number[]) };
}

function figureOf(run: Summary, figure: SweepFigure): number {
  if (figure !== "offered") return metricOf(run, figure as SloMetric);
  let offered = 0;
  for (const c of Object.values(run.components)) offered += c.offered ?? 0;
  return offered;
}

/** The full summary at each value, averaged with ci95, for views that plot other figures. */
export function combinedSummaries(plan: SweepPlan, summaries: readonly Summary[]): Summary[] {
  const n = plan.replications;
  return plan.values.map((_, v) => combineSummaries(summaries.slice(v * n, (v + 1) * n)));
}
