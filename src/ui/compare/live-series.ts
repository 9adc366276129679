/**
 * The live comparison's charts, from the state alone: throughput, p50 and p99 latency and the
 * error rate over simulated time, one line per variant in that variant's colour, on one shared
 * time axis. Pure, so the assembly is unit-tested without a DOM.
 */

import type { GlobalField } from "../../sim/probe-fields";
import { errorRate, globalColumn } from "../charts/chart-data";
import { seriesStyle } from "../charts/palette";
import type { MessageKey } from "../i18n/index";
import type { LiveComparison, LiveVariant } from "./state";
import type { XYPanel, XYSeries } from "./xy-series";

/** Variant i's colour and dash, the same in every chart and legend of the comparison. */
export function variantStyle(i: number): { color: string; dashed: boolean } {
  return seriesStyle(i);
}

interface PanelSpec {
  key: string;
  title: MessageKey;
  unit: string;
  /** A probe field, or the error rate derived from several. */
  field: GlobalField | "errorRate";
  scale: number;
}

export const LIVE_PANELS: readonly PanelSpec[] = [
  {
    key: "throughput",
    title: "compare.chart.throughput",
    unit: "req/s",
    field: "completed",
    scale: 1,
  },
  { key: "p50", title: "compare.chart.p50", unit: "ms", field: "p50", scale: 1000 },
  { key: "p99", title: "compare.chart.p99", unit: "ms", field: "p99", scale: 1000 },
  { key: "errors", title: "compare.chart.errors", unit: "%", field: "errorRate", scale: 100 },
];

/** Probe rows a point of the live comparison averages: about 1/60 of a run (rows are ~1/600). */
export const SMOOTHING_ROWS = 10;

/**
 * The trailing mean of the last `window` finite values at each row (NaN where there are none):
 * the rates and percentiles of single probe intervals are too noisy to tell two overlaid
 * variants apart, their trend is what the eye compares.
 */
export function smooth(ys: Float64Array, window: number): Float64Array {
  const out = new Float64Array(ys.length);
  let sum = 0;
  let count = 0;
  for (let i = 0; i < ys.length; i++) {
    if (Number.isFinite(ys[i])) {
      sum += ys[i];
      count++;
    }
    const leaving = i - window;
    if (leaving >= 0 && Number.isFinite(ys[leaving])) {
      sum -= ys[leaving];
      count--;
    }
    out[i] = count > 0 ? sum / count : Number.NaN;
  }
  return out;
}

function seriesOf(v: LiveVariant, i: number, spec: PanelSpec): XYSeries {
  const { history } = v;
  const raw =
    spec.field === "errorRate" ? errorRate(history) : history.column(globalColumn(spec.field));
  const ys = smooth(raw, SMOOTHING_ROWS);
  return {
    key: `${i}:${v.name}`,
    label: v.name,
    ...variantStyle(i),
    xs: history.column(0),
    ys,
    scale: spec.scale,
  };
}

/** One panel per figure, each with a line per variant; `translate` gives the titles. */
export function livePanels(
  live: LiveComparison,
  translate: (key: MessageKey, params?: Record<string, number>) => string,
): XYPanel[] {
  const xLabel = translate("compare.chart.time", { rows: SMOOTHING_ROWS });
  return LIVE_PANELS.map((spec) => ({
    key: spec.key,
    title: translate(spec.title),
    unit: spec.unit,
    xLabel,
    series: live.variants.map((v, i) => seriesOf(v, i, spec)),
    marks: [],
    xDomain: [0, live.duration > 0 ? live.duration : 1],
  }));
}
