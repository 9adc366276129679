/**
 * The summary as text for a person at a terminal: the run, the requests as the clients saw them,
 * then one aligned row per component. Latency in milliseconds and three significant digits,
 * because that is the precision at which a reader compares designs; --json and --csv keep it all.
 */

import { threeSignificant } from "../format/figure";
import { halfWidth } from "../sim/ci95";
import type { Recovery } from "../sim/recovery";
import type { RecoveryAcrossRuns } from "../sim/stats/recoveries";
import {
  type ComponentSummary,
  type CostSummary,
  FAILURE_KINDS,
  type Summary,
} from "../sim/summary";
import { ownRows, replicaRows } from "./own-table";
import { printable } from "./printable";

type Format = (x: number) => string;

/**
 * Three significant digits by the page's rules (src/format/figure.ts): never exponent notation,
 * "< 0.001" for what has no digit in three decimals, whole numbers from 1000 on, ungrouped so
 * that a column stays one word for `cut` and `awk`.
 */
export const sig3: Format = (x) =>
  Number.isFinite(x) ? threeSignificant(x, "en", false) : String(x);

/** Counts are whole in one run and fractional once averaged over replications. */
const count: Format = (x) => (Number.isInteger(x) ? String(x) : x.toFixed(1));
/** For figures of unknown meaning: a count stays a count, anything else gets 3 digits. */
const plain: Format = (x) => (Number.isInteger(x) ? String(x) : sig3(x));
const ms: Format = (x) => sig3(x * 1000);
const percent: Format = (x) => sig3(x * 100);

/** `value` or `value ± halfwidth`, "-" when the component does not report that figure. */
function figure(group: object | undefined, key: string, format: Format): string {
  const value = (group as Record<string, unknown> | undefined)?.[key];
  if (typeof value !== "number") return "-";
  const h = halfWidth(group as object, key);
  return h === undefined ? format(value) : `${format(value)} ± ${format(h)}`;
}

/** Labels of the figures listed on one line, with the key each is read from. */
type Labels = [label: string, key: string][];

function list(group: object, labels: Labels, format: Format): string {
  return labels.map(([label, key]) => `${label} ${figure(group, key, format)}`).join(", ");
}

const REQUESTS: Labels = [
  ["generated", "generated"],
  ["completed", "completed"],
  ["failed", "failed"],
  ["in flight", "inFlight"],
];
const FAILURES: Labels = FAILURE_KINDS.map((kind) => [kind, kind]);
const CLASS_COUNTS: Labels = [
  ["completed", "completed"],
  ["failed", "failed"],
];
const CLASS_LATENCY: Labels = [
  ["mean", "mean"],
  ["p50", "p50"],
  ["p99", "p99"],
];
const LATENCY: Labels = [
  ["mean", "mean"],
  ["p50", "p50"],
  ["p90", "p90"],
  ["p99", "p99"],
  ["p99.9", "p999"],
  ["max", "max"],
];

export function summaryToTable(s: Summary): string {
  const overview: string[][] = [
    ["scenario", printable(s.scenario)],
    ["seed", s.seed],
    ...(s.fingerprint === undefined ? [] : [["fingerprint", s.fingerprint]]),
    ["simulated", `${s.duration} s, statistics after ${s.warmup} s warmup`],
    ["events", `${figure(s, "events", count)} in ${figure(s, "wallSeconds", sig3)} s wall time`],
  ];
  if (s.replications !== undefined) {
    const meaning = "figures are mean ± 95% confidence half-width";
    overview.push(["replications", `${s.replications}, ${meaning}`]);
  }
  const requests: string[][] = [
    ["requests", list(s.requests, REQUESTS, count)],
    ["failures", list(s.requests.failures, FAILURES, count)],
    ["retries", figure(s, "retries", count)],
    ["throughput", `${figure(s, "throughput", sig3)} req/s`],
    ["latency ms", list(s.latency, LATENCY, ms)],
  ];
  if (s.cost !== undefined) requests.push(["cost", costLine(s.cost)]);
  // With a single request class its figures are the overall ones again.
  const classes = Object.entries(s.classes);
  if (classes.length > 1) {
    for (const [name, c] of classes) {
      const latency = list(c.latency, CLASS_LATENCY, ms);
      requests.push([
        `class ${printable(name)}`,
        `${list(c, CLASS_COUNTS, count)}, latency ms ${latency}`,
      ]);
    }
  }
  for (const r of s.recovery ?? []) requests.push(["recovery", `${r.fault}: ${recoveryLine(r)}`]);
  const lines = [
    ...grid([...overview, [], ...requests], [false, false]),
    "",
    ...componentLines(s.components),
    ...section(ownRows(s.components, FORMATS)),
    ...section(replicaRows(s.components, FORMATS)),
  ];
  return `${lines.join("\n")}\n`;
}

/** One run's recovery, or over replications how many came back and how long those took. */
function recoveryLine(r: Recovery | RecoveryAcrossRuns): string {
  const after = (seconds: string) =>
    `back to pre-fault goodput and p99 ${seconds} s after it ended`;
  if (!("runs" in r)) {
    return r.seconds === null ? "not recovered by the end of the run" : after(sig3(r.seconds));
  }
  if (r.seconds === null) return `not recovered by the end of any of ${r.runs} runs`;
  const those = r.recovered === r.runs ? "" : ` (mean of those ${r.recovered})`;
  return `recovered in ${r.recovered} of ${r.runs} runs, ${after(figure(r, "seconds", sig3))}${those}`;
}

/** `total 3.00, 375 per million requests (web 0.500, db 2.50)`; the unit is the scenario's. */
function costLine(cost: CostSummary): string {
  const perMillion =
    cost.perMillionRequests === undefined
      ? "no request completed"
      : `${figure(cost, "perMillionRequests", sig3)} per million requests`;
  // Averaged replications add a ci95 group beside the components' costs: not a component.
  const ids = Object.keys(cost.components).filter((id) => id !== "ci95");
  const parts = ids.map((id) => `${id} ${figure(cost.components, id, sig3)}`);
  return `total ${figure(cost, "total", sig3)}, ${perMillion} (${parts.join(", ")})`;
}

const COLUMNS: [header: string, pick: (c: ComponentSummary) => string][] = [
  ["util %", (c) => figure(c, "utilization", percent)],
  ["queue", (c) => figure(c, "meanQueue", sig3)],
  ["wait ms", (c) => figure(c, "meanWait", ms)],
  ["served", (c) => figure(c, "served", count)],
  ["rejected", (c) => figure(c, "rejected", count)],
  ["p50 ms", (c) => figure(c.latency, "p50", ms)],
  ["p99 ms", (c) => figure(c.latency, "p99", ms)],
];
const IN_COLUMNS = new Set(["utilization", "meanQueue", "meanWait", "served", "rejected"]);

function componentLines(components: Record<string, ComponentSummary>): string[] {
  const rows = Object.entries(components).map(([id, c]) => {
    // Figures other component types report (a cache's hitRatio, a queue's depth...) go last,
    // so that a new component type shows up here without a change to this file.
    const other = Object.keys(c)
      .flatMap((k) => otherFigures(c, k))
      .join(", ");
    return [id, ...COLUMNS.map(([, pick]) => pick(c)), other];
  });
  const header = ["component", ...COLUMNS.map(([h]) => h), "other"];
  const right = [false, ...COLUMNS.map(() => true), false];
  return grid([header, ...rows], right);
}

/**
 * Shown elsewhere, or too long for a cell: the latency columns, the class lines, intervals,
 * the own figures and the replicas (lines of their own, own-table.ts).
 */
const NOT_OTHER = new Set([
  ...IN_COLUMNS,
  "latency",
  "classes",
  "ci95",
  "own",
  "perReplica",
  "hottestReplica",
]);

const FORMATS = { count, ms, percent, sig3, figure };

/** A grid after a blank line, or nothing when it has no rows. */
function section(rows: string[][]): string[] {
  if (rows.length === 0) return [];
  return ["", ...grid(rows, [false, ...rows[0].slice(1).map(() => true)])];
}

/** `hitRatio 0.9`, or for a group of figures such as a database's shard load `shardLoad.shard-0 52101`. */
function otherFigures(c: ComponentSummary, key: string): string[] {
  if (NOT_OTHER.has(key)) return [];
  const value = c[key as keyof ComponentSummary];
  if (typeof value === "number") return [`${key} ${figure(c, key, plain)}`];
  if (value === null || typeof value !== "object") return [];
  const group = value as Record<string, unknown>;
  return Object.keys(group)
    .filter((k) => typeof group[k] === "number")
    .map((k) => `${key}.${k} ${figure(group, k, plain)}`);
}

/** Pads every column to its widest cell; an empty row stays a blank line. */
export function grid(rows: string[][], rightAligned: boolean[]): string[] {
  const widths = rightAligned.map((_, c) => Math.max(...rows.map((row) => row[c]?.length ?? 0)));
  return rows.map((row) =>
    row
      .map((cell, c) => (rightAligned[c] ? cell.padStart(widths[c]) : cell.padEnd(widths[c])))
      .join("  ")
      .trimEnd(),
  );
}
