/**
 * What `archsim run` adds after the summary: the findings in plain English, and theory beside
 * simulation for the components an analytic model fits (src/insights, src/theory/beside.ts).
 * With --json both travel as the `insights` and `theory` extensions of the summary.
 */
import { describe, type Finding, insightsOf } from "../insights/index";
import type { Scenario } from "../scenario/types";
import type { Summary } from "../sim/summary";
import { type TheoryBeside, type TheoryRow, theoryBeside } from "../theory/beside";
import { figureText, formatTheoryValue, reasonText } from "../theory/match/text";
import { printable } from "./printable";

export interface InsightsJson {
  insights: (Finding & { message: string })[];
  /** Infinite theoretical means (an unstable station) are written as null, as JSON has no ∞. */
  theory: (TheoryBeside & { why?: string })[];
}

export function insightsJson(scenario: Scenario, summary: Summary): InsightsJson {
  return {
    insights: insightsOf(scenario, summary).map((f) => ({ ...f, message: describe(f, scenario) })),
    theory: theoryBeside(scenario, summary).map((b) =>
      b.applies ? b : { ...b, why: reasonText(b.reason) },
    ),
  };
}

const MARK = { critical: "!!", warning: "! ", info: "- " } as const;

/** The findings, most severe first, then the theory table and the components it does not fit. */
export function insightsToText(scenario: Scenario, summary: Summary): string {
  const findings = insightsOf(scenario, summary);
  const lines = ["", "insights"];
  if (findings.length === 0) lines.push("  none: nothing stands out in this run");
  for (const f of findings) lines.push(`  ${MARK[f.severity]} ${printable(describe(f, scenario))}`);
  const theory = theoryBeside(scenario, summary);
  if (theory.length > 0) lines.push("", "theory beside simulation");
  const matched = theory.filter((b) => b.applies);
  if (matched.length > 0) {
    const rows: string[][] = [["component", "model", "figure", "theory", "simulated"]];
    for (const b of matched) {
      b.rows.forEach((r, i) => {
        rows.push([i === 0 ? b.component : "", i === 0 ? b.model : "", ...cells(r)]);
      });
    }
    lines.push(...align(rows).map((line) => `  ${line}`));
  }
  for (const b of theory) {
    if (b.applies) continue;
    const where = b.at === undefined ? "" : ` (at ${b.at})`;
    lines.push(`  no model for ${b.component}${where}: ${reasonText(b.reason)}`);
  }
  return `${lines.join("\n")}\n`;
}

function cells(r: TheoryRow): string[] {
  return [
    figureText(r.figure),
    formatTheoryValue(r.figure, r.theory),
    r.simulated === null ? "-" : formatTheoryValue(r.figure, r.simulated),
  ];
}

/** Left-aligned columns two spaces apart; the first row is the header. */
function align(rows: string[][]): string[] {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  return rows.map((r) =>
    r
      .map((cell, i) => cell.padEnd(widths[i]))
      .join("  ")
      .trimEnd(),
  );
}
