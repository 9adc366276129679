/** The y extent of a chart: linear from zero to a round number, or whole decades on a log axis. */
import { nice } from "d3";
import type { Series } from "./chart-data";

/** The lowest and highest shown value (`ys * scale`) over the series; positive ones only if asked. */
export function valueExtent(
  series: readonly Series[],
  positiveOnly = false,
): [number, number] | null {
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  for (const s of series) {
    for (let i = 0; i < s.ys.length; i++) {
      const v = s.ys[i] * s.scale;
      if (!Number.isFinite(v) || (positiveOnly && v <= 0)) continue;
      if (v < lo) lo = v;
      if (v > hi) hi = v;
    }
  }
  return lo <= hi ? [lo, hi] : null;
}

/**
 * A linear y domain from zero (or below, for negative values) to a round number at or above the
 * highest value, never shorter than `minTop` so noise near zero is not blown up to full height.
 */
export function linearDomain(series: readonly Series[], minTop = 1, ticks = 4): [number, number] {
  const extent = valueExtent(series);
  const lo = extent === null ? 0 : Math.min(0, extent[0]);
  const hi = extent === null ? minTop : Math.max(extent[1], minTop);
  const [a, b] = nice(lo, hi, ticks);
  return [a, b];
}

/** A log y domain on whole decades around the positive values (`fallback` when there are none). */
export function logDomain(
  series: readonly Series[],
  fallback: [number, number] = [1, 1000],
): [number, number] {
  const extent = valueExtent(series, true);
  if (extent === null) return fallback;
  const lo = 10 ** Math.floor(Math.log10(extent[0]));
  const hi = 10 ** Math.ceil(Math.log10(extent[1]));
  return hi > lo ? [lo, hi] : [lo, lo * 10];
}

/** Ticks for a log axis: every decade, with 2× and 5× between when there are few decades. */
export function logTicks(lo: number, hi: number): number[] {
  const first = Math.ceil(Math.log10(lo) - 1e-9);
  const last = Math.floor(Math.log10(hi) + 1e-9);
  const steps = last - first <= 2 ? [1, 2, 5] : [1];
  const out: number[] = [];
  for (let e = first - 1; e <= last; e++) {
    for (const m of steps) {
      const v = m * 10 ** e;
      if (v >= lo * (1 - 1e-9) && v <= hi * (1 + 1e-9)) out.push(v);
    }
  }
  return out;
}
