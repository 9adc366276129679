/**
 * The paired comparison's table: each figure for every variant, then for each variant after the
 * first its difference from the first with the 95% interval and the verdict in words ("B is
 * better"), coloured as a second cue. Headline figures first; every other figure in a fold.
 */
import { type Selection, select } from "d3";
import type { Comparison } from "../../sim/compare/paired";
import { formatNumber, label, t } from "../i18n/index";
import {
  headlineRows,
  type NumberFormat,
  otherRows,
  type TableRow,
  verdictKey,
} from "./table-rows";

type Table = Selection<HTMLTableElement, unknown, null, undefined>;

/** Three significant digits (two for half-widths) in the page's language. */
const formatSignificant: NumberFormat = (value, digits) => {
  if (!Number.isFinite(value)) return "–";
  if (value === 0) return formatNumber(0);
  const magnitude = Math.floor(Math.log10(Math.abs(value)));
  return formatNumber(value, undefined, Math.max(0, Math.min(6, digits - 1 - magnitude)));
};

export class ComparisonTable {
  private readonly caption: Selection<HTMLParagraphElement, unknown, null, undefined>;
  private readonly headline: Table;
  private readonly others: Table;
  private readonly fold: Selection<HTMLDetailsElement, unknown, null, undefined>;

  constructor(parent: HTMLElement) {
    const root = select(parent);
    this.caption = root.append("p").attr("class", "compare-caption label");
    this.headline = root
      .append("div")
      .attr("class", "table-scroll")
      .append("table")
      .attr("class", "summary-table comparison-table")
      .attr("data-testid", "comparison-table");
    this.fold = root.append("details").attr("class", "compare-all");
    label(this.fold.append("summary").node()!, "compare.table.all");
    this.others = this.fold
      .append("div")
      .attr("class", "table-scroll")
      .append("table")
      .attr("class", "summary-table comparison-table")
      .attr("data-testid", "comparison-table-all");
  }

  render(comparison: Comparison | null, seed: string, duration: number | null): void {
    const hidden = comparison === null;
    this.caption.property("hidden", hidden);
    this.headline.property("hidden", hidden);
    this.fold.property("hidden", hidden);
    if (comparison === null) return;
    const [base, ...rest] = comparison.variants;
    const params = { n: comparison.replications, seed, base: base ?? "" };
    this.caption.text(
      duration === null
        ? t("compare.table.caption", params)
        : t("compare.table.caption.duration", { ...params, duration }),
    );
    drawTable(this.headline, comparison, headlineRows(comparison, formatSignificant), base, rest);
    drawTable(this.others, comparison, otherRows(comparison, formatSignificant), base, rest);
  }
}

function drawTable(
  table: Table,
  comparison: Comparison,
  rows: TableRow[],
  base: string,
  rest: string[],
): void {
  table.selectAll("*").remove();
  const head = table.append("thead").append("tr");
  head.append("th").attr("scope", "col").text(t("compare.table.figure"));
  for (const name of comparison.variants) head.append("th").attr("scope", "col").text(name);
  for (const name of rest) {
    head.append("th").attr("scope", "col").text(t("compare.table.difference", { name, base }));
    head.append("th").attr("scope", "col").text(t("compare.table.verdict", { name, base }));
  }
  const body = table.append("tbody");
  for (const row of rows) {
    const tr = body.append("tr").attr("data-figure", row.figure);
    tr.append("th")
      .attr("scope", "row")
      .text(row.key === null ? row.figure : t(row.key));
    for (const mean of row.means) tr.append("td").text(mean);
    row.diffs.forEach((d, i) => {
      tr.append("td").attr("class", "compare-diff").text(d.text);
      tr.append("td")
        .attr("class", "compare-verdict")
        .attr("data-verdict", d.verdict ?? "none")
        .text(d.verdict === null ? "–" : t(verdictKey(d.verdict), { name: rest[i] }));
    });
  }
}
