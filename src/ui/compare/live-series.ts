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

function seriesOf(v: LiveVariant, i: number, spec: PanelSpec): XYSeries {
  const { history } = v;
  const ys =
    spec.field === "errorRate" ? errorRate(history) : history.column(globalColumn(spec.field));
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
  translate: (key: MessageKey) => string,
): XYPanel[] {
  const xLabel = translate("compare.chart.time");
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
