/**
 * Fits a sample of durations to each family and picks one by a stated criterion: the
 * Kolmogorov–Smirnov distance (the largest gap between the sample's and the law's CDF) by
 * default, or Akaike's information criterion. Every candidate is kept with both figures, and the
 * chosen one with a table of the sample's quantiles against the law's.
 */
import {
  CONST_TOLERANCE,
  type Family,
  type Fitted,
  fitConst,
  fitErlang,
  fitExp,
  fitLognormal,
  fitPareto,
  type Moments,
} from "./families";

export type Criterion = "ks" | "aic";

export interface Candidate {
  fitted: Fitted;
  /** Kolmogorov–Smirnov distance, 0..1. */
  ks: number;
  /** 2·parameters − 2·logLikelihood; Infinity where the sample is impossible under the law. */
  aic: number;
}

export interface QuantileRow {
  p: number;
  data: number;
  fit: number;
}

export interface FitResult {
  n: number;
  mean: number;
  criterion: Criterion;
  best: Candidate;
  /** Every family that could be fitted, best first. */
  candidates: Candidate[];
  quantiles: QuantileRow[];
}

export const QUANTILE_PS = [0.1, 0.25, 0.5, 0.75, 0.9, 0.95, 0.99] as const;

/** Finite durations >= 0 only; undefined for an empty sample. */
export function fitSamples(
  samples: ArrayLike<number>,
  criterion: Criterion = "ks",
): FitResult | undefined {
  const n = samples.length;
  if (n === 0) return undefined;
  const sorted = Float64Array.from(samples).sort();
  let sum = 0;
  for (const x of sorted) sum += x;
  const mean = sum / n;
  let squares = 0;
  for (const x of sorted) squares += (x - mean) * (x - mean);
  const m: Moments = { sorted, n, mean, variance: squares / n };
  const fits = [fitConst(m), fitExp(m), fitErlang(m), fitLognormal(m), fitPareto(m)];
  const candidates: Candidate[] = [];
  for (const fitted of fits) {
    if (fitted === undefined) continue;
    candidates.push({
      fitted,
      ks: ksDistance(sorted, fitted),
      aic: 2 * fitted.parameters - 2 * fitted.logLikelihood,
    });
  }
  const order = (c: Candidate) => (criterion === "ks" ? c.ks : c.aic);
  // Stable: on a tie the family listed first (fewer parameters, simpler) stays ahead.
  candidates.sort((a, b) => order(a) - order(b) || rank(a.fitted.family) - rank(b.fitted.family));
  const best = candidates[0];
  const ps = n >= 1000 ? [...QUANTILE_PS, 0.999] : [...QUANTILE_PS];
  const quantiles = ps.map((p) => ({
    p,
    data: sampleQuantile(sorted, p),
    fit: best.fitted.quantile(p),
  }));
  return { n, mean, criterion, best, candidates, quantiles };
}

const RANKS: Record<Family, number> = { const: 0, exp: 1, erlang: 2, lognormal: 3, pareto: 4 };
function rank(f: Family): number {
  return RANKS[f];
}

/**
 * sup |F_n(x) − F(x)| over every x, read at each distinct sample value v just below (F(v⁻)
 * against the share strictly below v) and at it (F(v) against the share at or below v), so ties
 * and a law with an atom are measured right.
 */
export function ksDistance(sorted: Float64Array, law: Fitted): number {
  const n = sorted.length;
  if (law.family === "const") return constDistance(sorted, law.quantile(0.5));
  let d = 0;
  let i = 0;
  while (i < n) {
    const v = sorted[i];
    let j = i;
    while (j < n && sorted[j] === v) j++;
    d = Math.max(d, Math.abs(law.cdfBelow(v) - i / n), Math.abs(law.cdf(v) - j / n));
    i = j;
  }
  return d;
}

/**
 * For a constant v, the share of the sample outside v ± CONST_TOLERANCE·v, on the worse side:
 * the KS distance once timer resolution is forgiven (exact for an exactly constant sample).
 */
function constDistance(sorted: Float64Array, v: number): number {
  const lo = v * (1 - CONST_TOLERANCE);
  const hi = v * (1 + CONST_TOLERANCE);
  let below = 0;
  let above = 0;
  for (const x of sorted) {
    if (x < lo) below++;
    else if (x > hi) above++;
  }
  return Math.max(below, above) / sorted.length;
}

/** The sample's p-quantile, interpolated between order statistics (Hyndman–Fan type 7). */
export function sampleQuantile(sorted: Float64Array, p: number): number {
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.min(sorted.length - 1, lo + 1);
  return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
}

/** How a quantile is named in tables: 0.9 → "p90", 0.999 → "p99.9", as the summary names them. */
export function quantileName(p: number): string {
  return `p${Number((p * 100).toPrecision(6))}`;
}
