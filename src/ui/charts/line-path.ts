/**
 * Lines as SVG path strings built straight from typed-array columns, thinned first to what the
 * screen can show: min/max per pixel column, the technique of uPlot (src/paths/linear.js).
 */

/** Points after decimation: x already in pixels, y still in data units; NaN y marks a gap. */
export interface Points {
  px: Float64Array;
  ys: Float64Array;
  length: number;
}

/** A points buffer for at least `n` points, reusing `previous` when it is large enough. */
export function pointsBuffer(n: number, previous?: Points): Points {
  if (previous !== undefined && previous.px.length >= n) return previous;
  const size = Math.max(n, 2 * (previous?.px.length ?? 0), 64);
  return { px: new Float64Array(size), ys: new Float64Array(size), length: 0 };
}

/**
 * Thins a line to what a screen can show: consecutive points that fall in the same pixel column
 * keep only the first, the lowest, the highest and the last, in their original order (uPlot,
 * src/paths/linear.js), so spikes survive however many points share a pixel. Non-finite values
 * become one gap each. Writes at most `xs.length` points into `out` (see `pointsBuffer`).
 */
export function decimate(
  xs: Float64Array,
  ys: Float64Array,
  toPx: (x: number) => number,
  out: Points,
): Points {
  out.length = 0;
  let column = Number.NaN;
  let first = -1;
  let low = -1;
  let high = -1;
  let last = -1;
  const n = Math.min(xs.length, ys.length);
  for (let i = 0; i < n; i++) {
    const y = ys[i];
    if (!Number.isFinite(y)) {
      if (first >= 0) emitColumn(xs, ys, toPx, out, first, low, high, last);
      first = -1;
      if (out.length > 0 && !Number.isNaN(out.ys[out.length - 1]))
        push(out, Number.NaN, Number.NaN);
      continue;
    }
    const c = Math.round(toPx(xs[i]));
    if (first >= 0 && c === column) {
      if (y < ys[low]) low = i;
      if (y > ys[high]) high = i;
      last = i;
      continue;
    }
    if (first >= 0) emitColumn(xs, ys, toPx, out, first, low, high, last);
    column = c;
    first = low = high = last = i;
  }
  if (first >= 0) emitColumn(xs, ys, toPx, out, first, low, high, last);
  return out;
}

function emitColumn(
  xs: Float64Array,
  ys: Float64Array,
  toPx: (x: number) => number,
  out: Points,
  first: number,
  low: number,
  high: number,
  last: number,
): void {
  // In index order, each once: the line passes through them as the data did.
  const lo = Math.min(low, high);
  const hi = Math.max(low, high);
  push(out, toPx(xs[first]), ys[first]);
  if (lo > first) push(out, toPx(xs[lo]), ys[lo]);
  if (hi > lo) push(out, toPx(xs[hi]), ys[hi]);
  if (last > hi) push(out, toPx(xs[last]), ys[last]);
}

function push(out: Points, px: number, y: number): void {
  out.px[out.length] = px;
  out.ys[out.length] = y;
  out.length++;
}

/**
 * An SVG path through the points, `toY` mapping a value to pixels; a gap or a value the scale
 * cannot place (0 on a log axis) lifts the pen. A lone point becomes a dot (`h0` with round caps).
 */
export function linePath(points: Points, toY: (v: number) => number): string {
  let d = "";
  let run = 0;
  for (let i = 0; i < points.length; i++) {
    const x = points.px[i];
    const y = toY(points.ys[i]);
    if (!Number.isFinite(x) || !Number.isFinite(y)) {
      if (run === 1) d += "h0";
      run = 0;
      continue;
    }
    d += `${run === 0 ? "M" : "L"}${round1(x)},${round1(y)}`;
    run++;
  }
  if (run === 1) d += "h0";
  return d;
}

function round1(v: number): number {
  return Math.round(v * 10) / 10;
}
