/**
 * A paired comparison as text: one row per figure with each variant's mean, then for each
 * variant after the baseline its difference, the 95% half-width of that difference and the
 * verdict. Figures that are 0 in every variant say nothing and are left out, as are per-class
 * figures when there is one class (--json has them all).
 */
import type { Comparison, Difference } from "../sim/compare/paired";
import { figureUnit } from "./figure-unit";
import { grid, sig3 } from "./table";

const VERDICT: Record<Difference["verdict"], string> = {
  better: "better",
  worse: "worse",
  different: "differs",
  same: "-",
};

export function comparisonToTable(c: Comparison, legend: readonly string[]): string {
  const [base, ...others] = c.variants;
  const header = [
    "figure",
    "unit",
    ...c.variants,
    ...others.flatMap((v) => [`${v} − ${base}`, "± 95%", "verdict"]),
  ];
  // With a single request class its figures repeat the overall ones, row for row.
  const classes = new Set(c.figures.map((f) => /^classes\.([^.]+)\./.exec(f.figure)?.[1]));
  classes.delete(undefined);
  const repeats = (figure: string) => classes.size === 1 && /(^|\.)classes\./.test(figure);
  const rows = c.figures
    .filter((f) => f.means.some((m) => m !== null && m !== 0) && !repeats(f.figure))
    .map((f) => [
      f.figure,
      figureUnit(f.figure),
      ...f.means.map((m) => (m === null ? "-" : sig3(m))),
      ...f.differences.flatMap((d) =>
        d === null ? ["-", "-", "-"] : [signed(d.mean), sig3(d.halfWidth), VERDICT[d.verdict]],
      ),
    ]);
  // Figure and unit on the left, numbers on the right, each verdict on the left again.
  const right = header.map(
    (_, i) => i > 1 && (i <= c.variants.length + 1 || (i - c.variants.length - 1) % 3 !== 0),
  );
  const intro = [
    ...legend,
    `${c.replications} paired replications on common random numbers; a difference is`,
    "significant when its 95% interval excludes 0. Times in s; 0–1 is a fraction; price is the",
    "unit the scenarios' costPerHour is written in.",
    "",
  ];
  return `${[...intro, ...grid([header, ...rows], right)].join("\n")}\n`;
}

function signed(x: number): string {
  return x > 0 ? `+${sig3(x)}` : sig3(x);
}
