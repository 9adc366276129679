/**
 * A sweep's points as a table, the figures behind the charts: at each value, offered load,
 * throughput, latency percentiles and failures, mean ± 95% half-width, and whether the SLO holds
 * there. Each cell keeps the exact mean in `data-mean`, so a test can check it against
 * `archsim sweep`.
 */
import type { Selection } from "d3";
import type { SweepFigure, SweepResult } from "../../sim/sweep/analyze";
import { formatNumber, type MessageKey, t } from "../i18n/index";

const COLUMNS: readonly [header: string, figure: SweepFigure, scale: number][] = [
  ["sweep.column.offered", "offered", 1],
  ["sweep.column.throughput", "throughput", 1],
  ["p50", "p50", 1000],
  ["p90", "p90", 1000],
  ["p99", "p99", 1000],
  ["sweep.column.failed", "failureRatio", 100],
];

/** A column's heading: a catalogue key, or a percentile's name in its latency heading. */
function heading(header: string): string {
  return header.startsWith("sweep.")
    ? t(header as MessageKey)
    : t("sweep.column.latency", { p: header });
}

function significant(value: number, digits: number): string {
  if (!Number.isFinite(value)) return "–";
  if (value === 0) return formatNumber(0);
  const magnitude = Math.floor(Math.log10(Math.abs(value)));
  return formatNumber(value, undefined, Math.max(0, Math.min(6, digits - 1 - magnitude)));
}

export function drawPointsTable(
  table: Selection<HTMLTableElement, unknown, null, undefined>,
  result: SweepResult | null,
  parameter: string,
): void {
  table.selectAll("*").remove();
  table.property("hidden", result === null);
  if (result === null) return;
  const withSlo = result.slo !== undefined;
  const head = table.append("thead").append("tr");
  head.append("th").attr("scope", "col").text(parameter);
  for (const [header] of COLUMNS) head.append("th").attr("scope", "col").text(heading(header));
  if (withSlo) head.append("th").attr("scope", "col").text("SLO");
  const body = table.append("tbody");
  for (const point of result.points) {
    const tr = body
      .append("tr")
      .attr("data-value", point.value)
      .attr("data-knee", result.knee?.value === point.value ? "true" : null);
    tr.append("th")
      .attr("scope", "row")
      .text(formatNumber(point.value, undefined, 6));
    for (const [, figure, scale] of COLUMNS) {
      const { mean, halfWidth } = point.figures[figure];
      const text =
        result.replications > 1
          ? `${significant(mean * scale, 3)} ± ${significant(halfWidth * scale, 2)}`
          : significant(mean * scale, 3);
      tr.append("td").attr("data-figure", figure).attr("data-mean", mean).text(text);
    }
    if (withSlo) {
      const key: MessageKey = point.meetsSlo ? "sweep.point.met" : "sweep.point.missed";
      tr.append("td")
        .attr("class", "compare-verdict")
        .attr("data-verdict", point.meetsSlo ? "better" : "worse")
        .text(t(key));
    }
  }
}
