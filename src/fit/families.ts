/**
 * The five families a sample can be fitted to, each by maximum likelihood (Erlang's integer k
 * by moments, then the best of its neighbours by likelihood), each giving back a scenario Dist
 * and its CDF and quantile function for the goodness-of-fit figures. Everything runs on the
 * project's own log, exp and pow so that the figures are the same bits in every engine.
 */
import { exp, expm1 } from "../math/exp";
import { log, log1p } from "../math/log";
import type { Dist } from "../scenario/types";
import { normalCdf, normalQuantile } from "./normal";

export const FAMILIES = ["const", "exp", "erlang", "lognormal", "pareto"] as const;
export type Family = (typeof FAMILIES)[number];

export interface Fitted {
  family: Family;
  /** The scenario's Dist, ready to paste into a `service` or `think` field (seconds). */
  dist: Dist;
  /** P(X <= x). */
  cdf(x: number): number;
  /** P(X < x): differs from cdf only where the law has an atom (const). */
  cdfBelow(x: number): number;
  quantile(p: number): number;
  /** Log-likelihood of the sample; -Infinity when the sample is impossible under the law. */
  logLikelihood: number;
  /** Parameters estimated from the data, for AIC = 2·parameters − 2·logLikelihood. */
  parameters: number;
}

/** What every family's fit reads: the sample sorted ascending, its mean and variance (1/n). */
export interface Moments {
  sorted: Float64Array;
  n: number;
  mean: number;
  variance: number;
}

const LN_2PI = log(2 * Math.PI);

/**
 * Measured durations are never exactly equal (a timer's resolution, a nanosecond's rounding):
 * a sample within this share of its mean either side counts as constant.
 */
export const CONST_TOLERANCE = 1e-3;

export function fitConst(m: Moments): Fitted {
  const value = m.mean;
  const degenerate =
    m.sorted[0] >= value * (1 - CONST_TOLERANCE) &&
    m.sorted[m.n - 1] <= value * (1 + CONST_TOLERANCE);
  return {
    family: "const",
    dist: { dist: "const", value },
    cdf: (x) => (x >= value ? 1 : 0),
    cdfBelow: (x) => (x > value ? 1 : 0),
    quantile: () => value,
    logLikelihood: degenerate ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY,
    parameters: 1,
  };
}

export function fitExp(m: Moments): Fitted | undefined {
  const mean = m.mean;
  if (!(mean > 0)) return undefined;
  const cdf = (x: number) => (x <= 0 ? 0 : -expm1(-x / mean));
  return {
    family: "exp",
    dist: { dist: "exp", mean },
    cdf,
    cdfBelow: cdf,
    quantile: (p) => -mean * log1p(-p),
    logLikelihood: -m.n * (log(mean) + 1),
    parameters: 1,
  };
}

export function fitLognormal(m: Moments): Fitted | undefined {
  if (!(m.sorted[0] > 0)) return undefined;
  let sum = 0;
  for (const x of m.sorted) sum += log(x);
  const mu = sum / m.n;
  let squares = 0;
  for (const x of m.sorted) {
    const d = log(x) - mu;
    squares += d * d;
  }
  const sigma = Math.sqrt(squares / m.n);
  if (!(sigma > 0)) return undefined;
  const cdf = (x: number) => (x <= 0 ? 0 : normalCdf((log(x) - mu) / sigma));
  return {
    family: "lognormal",
    dist: {
      dist: "lognormal",
      mean: exp(mu + (sigma * sigma) / 2),
      cv: Math.sqrt(expm1(sigma * sigma)),
    },
    cdf,
    cdfBelow: cdf,
    quantile: (p) => exp(mu + sigma * normalQuantile(p)),
    logLikelihood: -sum - m.n * log(sigma) - (m.n / 2) * LN_2PI - m.n / 2,
    parameters: 2,
  };
}

/** Beyond this shape the Erlang is all but a constant, which `const` describes better. */
const MAX_K = 1000;

export function fitErlang(m: Moments): Fitted | undefined {
  if (!(m.mean > 0) || !(m.variance > 0)) return undefined;
  let sumLog = 0;
  let zeros = false;
  for (const x of m.sorted) {
    if (x > 0) sumLog += log(x);
    else zeros = true;
  }
  const guess = Math.min(MAX_K, Math.max(1, Math.round((m.mean * m.mean) / m.variance)));
  let best: { k: number; ll: number } | undefined;
  for (let k = Math.max(1, guess - 2); k <= Math.min(MAX_K, guess + 2); k++) {
    const ll = erlangLogLikelihood(m, k, sumLog, zeros);
    if (best === undefined || ll > best.ll) best = { k, ll };
  }
  if (best === undefined) return undefined;
  const { k } = best;
  const scale = m.mean / k;
  const cdf = (x: number) => erlangCdf(x / scale, k);
  return {
    family: "erlang",
    dist: { dist: "erlang", mean: m.mean, k },
    cdf,
    cdfBelow: cdf,
    quantile: (p) => scale * invert((y) => erlangCdf(y, k), p, k),
    logLikelihood: best.ll,
    parameters: 2,
  };
}

function erlangLogLikelihood(m: Moments, k: number, sumLog: number, zeros: boolean): number {
  if (zeros && k > 1) return Number.NEGATIVE_INFINITY;
  const scale = m.mean / k;
  return (k - 1) * sumLog - (m.n * m.mean) / scale - m.n * (k * log(scale) + logFactorial(k - 1));
}

function logFactorial(n: number): number {
  let s = 0;
  for (let i = 2; i <= n; i++) s += log(i);
  return s;
}

/** P(Y <= y) for Y ~ Erlang(k, 1): 1 − Σ_{n<k} e^{−y} yⁿ/n!, the terms summed in log space. */
function erlangCdf(y: number, k: number): number {
  if (y <= 0) return 0;
  const ly = log(y);
  let tail = 0;
  let logTerm = -y;
  for (let n = 0; n < k; n++) {
    if (n > 0) logTerm += ly - log(n);
    tail += exp(logTerm);
  }
  return Math.max(0, 1 - tail);
}

/** The y with cdf(y) = p by bisection, cdf increasing from 0; `start` is a point near the mean. */
function invert(cdf: (y: number) => number, p: number, start: number): number {
  let lo = 0;
  let hi = Math.max(start, 1);
  for (let i = 0; i < 200 && cdf(hi) < p; i++) hi *= 2;
  for (let i = 0; i < 100; i++) {
    const mid = (lo + hi) / 2;
    if (cdf(mid) < p) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

export function fitPareto(m: Moments): Fitted | undefined {
  const min = m.sorted[0];
  if (!(min > 0)) return undefined;
  const logMin = log(min);
  let sum = 0;
  let sumLog = 0;
  for (const x of m.sorted) {
    const lx = log(x);
    sumLog += lx;
    sum += lx - logMin;
  }
  if (!(sum > 0)) return undefined;
  const alpha = m.n / sum;
  const cdf = (x: number) => (x <= min ? 0 : -expm1(alpha * (logMin - log(x))));
  return {
    family: "pareto",
    dist: { dist: "pareto", min, alpha },
    cdf,
    cdfBelow: cdf,
    quantile: (p) => min * exp(-log1p(-p) / alpha),
    logLikelihood: m.n * log(alpha) + m.n * alpha * logMin - (alpha + 1) * sumLog,
    parameters: 2,
  };
}
