/**
 * A sweep's charts, with no DOM: throughput and offered load, latency percentiles, and the
 * failure ratio against the parameter, each point the mean over its replications with its 95%
 * band; the saturation knee as a vertical line on every chart; each SLO as a horizontal line on
 * the chart of its metric, with the highest value that meets them all marked there by an
 * unlabelled vertical line and named in the SLO line's label.
 */
import { kindOf } from "../../sim/slo/metrics";
import type { Slo } from "../../sim/slo/parse";
import type { SweepFigure, SweepResult } from "../../sim/sweep/analyze";
import { BAD, FG, MUTED, seriesStyle } from "../charts/palette";
import type { XYMark, XYPanel, XYSeries } from "../compare/xy-series";
import type { MessageKey } from "../i18n/index";

/** Up to this many values, the x axis ticks each value rather than round numbers. */
const MAX_VALUE_TICKS = 12;

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

interface PanelSpec {
  key: "throughput" | "latency" | "failures";
  title: MessageKey;
  unit: string;
  scale: number;
  /** Each line's figure, and its legend: a catalogue key, or a percentile's own name. */
  lines: { figure: SweepFigure; label: MessageKey | "p50" | "p90" | "p99"; dashed?: boolean }[];
}

const PANELS: readonly PanelSpec[] = [
  {
    key: "throughput",
    title: "sweep.chart.throughput",
    unit: "req/s",
    scale: 1,
    lines: [
      { figure: "throughput", label: "sweep.series.throughput" },
      { figure: "offered", label: "sweep.series.offered", dashed: true },
    ],
  },
  {
    key: "latency",
    title: "sweep.chart.latency",
    unit: "ms",
    scale: 1000,
    lines: [
      { figure: "p50", label: "p50" },
      { figure: "p90", label: "p90" },
      { figure: "p99", label: "p99" },
    ],
  },
  {
    key: "failures",
    title: "sweep.chart.failures",
    unit: "%",
    scale: 100,
    lines: [{ figure: "failureRatio", label: "sweep.series.failed" }],
  },
];

/** The panel an objective's line belongs on. */
export function panelOf(slo: Slo): PanelSpec["key"] {
  const kind = kindOf(slo.metric);
  return kind === "latency" ? "latency" : kind === "throughput" ? "throughput" : "failures";
}

function series(result: SweepResult, spec: PanelSpec, i: number, translate: Translate): XYSeries {
  const line = spec.lines[i];
  const style = seriesStyle(i);
  return {
    key: line.figure,
    label: line.label.startsWith("sweep.") ? translate(line.label as MessageKey) : line.label,
    color: style.color,
    dashed: line.dashed ?? false,
    xs: result.points.map((p) => p.value),
    ys: result.points.map((p) => p.figures[line.figure].mean),
    halfWidths: result.points.map((p) => p.figures[line.figure].halfWidth),
    scale: spec.scale,
    dots: true,
  };
}

/** Whether any point failed anything: the failures chart is left out of a clean sweep. */
function anyFailures(result: SweepResult): boolean {
  return result.points.some((p) => p.figures.failureRatio.mean > 0);
}

export function sweepPanels(
  result: SweepResult,
  slos: readonly Slo[],
  parameterLabel: string,
  translate: Translate,
): XYPanel[] {
  const shown = PANELS.filter(
    (spec) =>
      spec.key !== "failures" || anyFailures(result) || slos.some((s) => panelOf(s) === "failures"),
  );
  return shown.map((spec) => {
    const marks: XYMark[] = [];
    if (result.knee !== null) {
      marks.push({
        key: "knee",
        axis: "x",
        value: result.knee.value,
        label: translate("sweep.mark.knee", { value: result.knee.value }),
        // Neutral, so no mark is taken for a line of the same colour (p90 is orange, p99 green).
        color: FG,
      });
    }
    const own = slos.filter((s) => panelOf(s) === spec.key);
    // The last value meeting the objectives, when this panel shows one of them.
    const met = own.length > 0 ? (result.slo?.lastMeeting ?? null) : null;
    own.forEach((slo, i) => {
      // The panel's last SLO line names that value at its right end: the chart writes a vertical
      // line's label at the top, where it would cover the label of an SLO line near the top
      // whenever the value sits near the right edge.
      const label =
        met !== null && i === own.length - 1
          ? translate("sweep.mark.sloMet", { slo: slo.text, value: met })
          : translate("sweep.mark.slo", { slo: slo.text });
      marks.push({
        key: `slo:${slo.text}`,
        axis: "y",
        value: slo.limit * spec.scale,
        label,
        color: BAD,
      });
    });
    if (met !== null)
      marks.push({ key: "slo-met", axis: "x", value: met, label: "", color: MUTED });
    const from = result.values[0];
    const to = result.values[result.values.length - 1];
    return {
      key: spec.key,
      // In sweep order, left to right: a capacity swept downwards still has load growing rightwards.
      xDomain: from !== to ? ([from, to] as [number, number]) : undefined,
      // Few values: tick exactly those (no 2.5 workers).
      xTicks: result.values.length <= MAX_VALUE_TICKS ? result.values : undefined,
      title: translate(spec.title),
      unit: spec.unit,
      xLabel: parameterLabel,
      series: spec.lines.map((_, i) => series(result, spec, i, translate)),
      marks,
    };
  });
}
