/**
 * The figure a prediction is about, read from a run's summary and written for the room: latency
 * in ms or s, throughput in requests per second, failures as a share of finished requests.
 */
import type { Figure } from "../../scenario/lesson";
import type { Summary } from "../../sim/summary";
import { formatNumber, type Locale } from "../i18n/index";

export function figureValue(summary: Summary, figure: Figure): number {
  switch (figure) {
    case "throughput":
      return summary.throughput;
    case "errors": {
      const { completed, failed } = summary.requests;
      return completed + failed === 0 ? 0 : failed / (completed + failed);
    }
    default:
      return summary.latency[figure];
  }
}

/** Three significant digits at most: a projector shows a number, not a measurement's noise. */
function brief(value: number, locale: Locale): string {
  if (value === 0) return formatNumber(0, locale);
  const digits = Math.max(0, 2 - Math.floor(Math.log10(Math.abs(value))));
  return formatNumber(Number(value.toFixed(Math.min(digits, 3))), locale, Math.min(digits, 3));
}

export function formatFigure(figure: Figure, value: number, locale: Locale): string {
  if (!Number.isFinite(value)) return "—";
  if (figure === "throughput") return `${brief(value, locale)} req/s`;
  if (figure === "errors") return `${brief(value * 100, locale)}%`;
  return value < 1 ? `${brief(value * 1000, locale)} ms` : `${brief(value, locale)} s`;
}
