/**
 * The comparison table's rows, from a paired comparison: the headline figures first (throughput,
 * latency, failures, cost), then, for the "all figures" part, every other one. Each row holds
 * every variant's mean and, for each variant after the first, its difference from the first with
 * the 95% interval and the verdict in words. Pure: tested in Node.
 */
import type { Comparison, Difference, FigureComparison, Verdict } from "../../sim/compare/paired";
import type { MessageKey } from "../i18n/index";

/** The figures a reader looks at first, in this order, with their names in the catalogue. */
export const HEADLINE: readonly { figure: string; key: MessageKey }[] = [
  { figure: "throughput", key: "figure.throughput" },
  { figure: "latency.mean", key: "figure.latency.mean" },
  { figure: "latency.p50", key: "figure.latency.p50" },
  { figure: "latency.p99", key: "figure.latency.p99" },
  { figure: "requests.completed", key: "figure.requests.completed" },
  { figure: "requests.failed", key: "figure.requests.failed" },
  { figure: "cost.total", key: "figure.cost.total" },
  { figure: "cost.perMillionRequests", key: "figure.cost.perMillionRequests" },
];

export interface DiffCell {
  /** "−12.3 ± 1.2", or "–" when a variant lacks the figure. */
  text: string;
  verdict: Verdict | null;
}

export interface TableRow {
  figure: string;
  /** A catalogue key for headline figures; other figures are named by their path. */
  key: MessageKey | null;
  /** Each variant's mean, in the row's unit. */
  means: string[];
  diffs: DiffCell[];
}

/** How a figure is shown: seconds as ms, fractions (utilisation, hit ratios) as %. */
export function figureScale(figure: string): { scale: number; unit: string } {
  const last = figure.slice(figure.lastIndexOf(".") + 1);
  if (/(^|\.)latency\./.test(figure) || ["meanWait", "meanAge"].includes(last)) {
    return { scale: 1000, unit: "ms" };
  }
  if (["utilization", "hitRatio", "hotShard"].includes(last)) return { scale: 100, unit: "%" };
  return { scale: 1, unit: "" };
}

export type NumberFormat = (value: number, digits: number) => string;

function diffCell(d: Difference | null, scale: number, format: NumberFormat): DiffCell {
  if (d === null) return { text: "–", verdict: null };
  const mean = d.mean * scale;
  const sign = mean > 0 ? "+" : "";
  return {
    text: `${sign}${format(mean, 3)} ± ${format(d.halfWidth * scale, 2)}`,
    verdict: d.verdict,
  };
}

function row(f: FigureComparison, key: MessageKey | null, format: NumberFormat): TableRow {
  const { scale } = figureScale(f.figure);
  return {
    figure: f.figure,
    key,
    means: f.means.map((m) => (m === null ? "–" : format(m * scale, 3))),
    diffs: f.differences.map((d) => diffCell(d, scale, format)),
  };
}

/** The headline rows present in the comparison, in HEADLINE order. */
export function headlineRows(comparison: Comparison, format: NumberFormat): TableRow[] {
  const byName = new Map(comparison.figures.map((f) => [f.figure, f]));
  return HEADLINE.flatMap(({ figure, key }) => {
    const f = byName.get(figure);
    return f === undefined ? [] : [row(f, key, format)];
  });
}

/** Every figure that is not a headline, in the comparison's order, named by its path. */
export function otherRows(comparison: Comparison, format: NumberFormat): TableRow[] {
  const headline = new Set(HEADLINE.map((h) => h.figure));
  return comparison.figures.filter((f) => !headline.has(f.figure)).map((f) => row(f, null, format));
}

/** The catalogue key of a verdict's words ("B is better", "no significant difference"). */
export function verdictKey(verdict: Verdict): MessageKey {
  return `compare.verdict.${verdict}`;
}
