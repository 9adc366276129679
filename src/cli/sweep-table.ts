/**
 * A sweep as text (one row per value: offered load, throughput, latency percentiles, failures,
 * each mean ± 95% half-width, and the cost when components are priced; then the knee and the
 * SLO verdict) and as CSV (one row per value, each figure beside its half-width, for a plotting
 * tool).
 */
import type { MeanAndHalfWidth } from "../sim/stats/confidence";
import { SWEEP_FIGURES, type SweepFigure, type SweepResult } from "../sim/sweep/analyze";
import { DEFAULT_KNEE_FACTOR, THROUGHPUT_SHARE } from "../sim/sweep/knee";
import { grid, sig3 } from "./table";

const COLUMNS: [header: string, figure: SweepFigure, scale: number][] = [
  ["offered/s", "offered", 1],
  ["throughput/s", "throughput", 1],
  ["mean ms", "mean", 1000],
  ["p50 ms", "p50", 1000],
  ["p90 ms", "p90", 1000],
  ["p99 ms", "p99", 1000],
  ["p99.9 ms", "p999", 1000],
  ["failed %", "failureRatio", 100],
];

export function sweepToTable(r: SweepResult, kneeFactor = DEFAULT_KNEE_FACTOR): string {
  const withSlo = r.slo !== undefined;
  const withCost = r.points.some((p) => p.cost !== undefined);
  const cell = (e: MeanAndHalfWidth | undefined, scale = 1) => {
    if (e === undefined) return "-";
    const mean = sig3(e.mean * scale);
    return r.replications > 1 ? `${mean} ± ${sig3(e.halfWidth * scale)}` : mean;
  };
  const header = [
    r.param,
    ...COLUMNS.map(([h]) => h),
    ...(withCost ? ["cost", "cost/M req"] : []),
    ...(withSlo ? ["SLO"] : []),
  ];
  const rows = r.points.map((p) => [
    String(p.value),
    ...COLUMNS.map(([, f, scale]) => cell(p.figures[f], scale)),
    ...(withCost ? [cell(p.cost?.total), cell(p.cost?.perMillionRequests)] : []),
    ...(withSlo ? [p.meetsSlo ? "met" : "missed"] : []),
  ]);
  const plural = r.replications === 1 ? "" : "s";
  const lines = [
    `${r.values.length} values, ${r.replications} replication${plural} each` +
      (r.replications > 1 ? ", mean ± 95% half-width" : ""),
    "",
    ...grid(
      [header, ...rows],
      header.map((_, i) => i > 0),
    ),
    "",
    `knee: ${kneeLine(r, kneeFactor)}`,
  ];
  if (r.slo !== undefined) {
    const objectives = r.slo.objectives.join(", ");
    lines.push(
      r.slo.lastMeeting === null
        ? `SLO ${objectives}: missed from the first value on`
        : `SLO ${objectives}: met up to ${r.param} = ${r.slo.lastMeeting}`,
    );
  }
  return `${lines.join("\n")}\n`;
}

function kneeLine(r: SweepResult, factor: number): string {
  const share = `${THROUGHPUT_SHARE * 100}%`;
  if (r.knee === null) {
    return `none in this range (throughput kept above ${share} of offered, mean latency under ${factor}x its first value)`;
  }
  const why =
    r.knee.reason === "throughput"
      ? `throughput under ${share} of the offered load`
      : `mean latency over ${factor}x its value at ${r.values[0]}`;
  return `${r.param} = ${r.knee.value} (${why})`;
}

export function sweepToCsv(r: SweepResult): string {
  const withCost = r.points.some((p) => p.cost !== undefined);
  const pair = (e: MeanAndHalfWidth | undefined) =>
    e === undefined ? ["", ""] : [String(e.mean), String(e.halfWidth)];
  const header = ["value", ...SWEEP_FIGURES.flatMap((f) => [f, `${f}_ci95`])];
  if (withCost) header.push("cost", "cost_ci95", "costPerMillion", "costPerMillion_ci95");
  if (r.slo !== undefined) header.push("meetsSlo");
  const rows = r.points.map((p) => {
    const cells = [String(p.value), ...SWEEP_FIGURES.flatMap((f) => pair(p.figures[f]))];
    if (withCost) cells.push(...pair(p.cost?.total), ...pair(p.cost?.perMillionRequests));
    if (p.meetsSlo !== undefined) cells.push(String(p.meetsSlo));
    return cells.join(",");
  });
  return `${[header.join(","), ...rows].join("\n")}\n`;
}
