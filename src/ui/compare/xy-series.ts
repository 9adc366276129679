/**
 * What an x–y chart draws, with no DOM: lines each on their own xs (variants of different
 * durations, a sweep's values), optional 95% bands around them, and labelled reference lines
 * (a saturation knee, an SLO limit). Shared by the live comparison and the sweep charts.
 */

export interface XYSeries {
  key: string;
  label: string;
  color: string;
  dashed: boolean;
  xs: ArrayLike<number>;
  /** Values as stored (seconds, fractions); drawn as `ys[i] * scale` (ms, %). */
  ys: ArrayLike<number>;
  scale: number;
  /** Half-widths of a 95% interval around each y, drawn as a band and error bars. */
  halfWidths?: ArrayLike<number>;
  /** Marks each point (few points, such as a sweep's) rather than a bare line. */
  dots?: boolean;
}

export interface XYMark {
  key: string;
  /** A vertical line at an x (a knee), or a horizontal one at a shown y (an SLO limit). */
  axis: "x" | "y";
  value: number;
  label: string;
  color: string;
}

export interface XYPanel {
  key: string;
  title: string;
  /** The y unit, shown after the title and with legend values. */
  unit: string;
  xLabel: string;
  series: XYSeries[];
  marks: XYMark[];
  /** A fixed x domain (the runs' shared time axis); otherwise the data's extent. */
  xDomain?: [number, number];
  /** The x ticks, when only these values mean something (a sweep's values); else round ones. */
  xTicks?: number[];
}

/**
 * The extent of shown values over finite points, or null: `y * scale`, widened by the
 * half-widths when `withBands` (a chart scales to the means and clips wide bands instead, so a
 * few noisy points do not flatten every line).
 */
export function yExtent(series: readonly XYSeries[], withBands = true): [number, number] | null {
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  for (const s of series) {
    const n = Math.min(s.xs.length, s.ys.length);
    for (let i = 0; i < n; i++) {
      const y = s.ys[i];
      if (!Number.isFinite(y)) continue;
      const h = s.halfWidths?.[i];
      const spread = withBands && h !== undefined && Number.isFinite(h) ? h : 0;
      lo = Math.min(lo, (y - spread) * s.scale);
      hi = Math.max(hi, (y + spread) * s.scale);
    }
  }
  return lo <= hi ? [lo, hi] : null;
}

/** The last finite shown value of a series, for its legend; NaN when there is none. */
export function lastValue(s: XYSeries): number {
  for (let i = Math.min(s.xs.length, s.ys.length) - 1; i >= 0; i--) {
    if (Number.isFinite(s.ys[i])) return s.ys[i] * s.scale;
  }
  return Number.NaN;
}
