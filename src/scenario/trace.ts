/**
 * Traces: a client may replay recorded production traffic (an extension of the format), given
 * as numbers or as CSV text pasted from a log export, one value per line (the first column; a
 * header line and blank lines are skipped). Arrival timestamps replay exactly; per-interval
 * rates become Poisson arrivals whose rate follows the recording.
 */

import { expected, type Fields, positiveNumber, type Reader } from "./read";
import type { RateChange, Workload } from "./types";

/** The most values a trace may hold: the engine keeps them all. */
export const MAX_TRACE_VALUES = 1_000_000;

export function readTrace(f: Fields): Workload {
  const hasTimes = f.has("timestamps");
  const hasRates = f.has("rates");
  if (hasTimes === hasRates) {
    f.report.error(f.at("timestamps"), "traceNeedsOne");
    return { kind: "trace", timestamps: [] };
  }
  if (hasTimes) {
    const timestamps = f.required("timestamps", traceValues);
    for (let i = 1; i < timestamps.length; i++) {
      if (timestamps[i] < timestamps[i - 1]) {
        f.report.error(f.at("timestamps"), "traceBackwards", {
          index: String(i + 1),
          value: String(timestamps[i]),
          previous: String(timestamps[i - 1]),
        });
        break;
      }
    }
    return { kind: "trace", timestamps };
  }
  const rates = f.required("rates", traceValues);
  const interval = f.optional("interval", positiveNumber, 1);
  const schedule: RateChange[] = rates.map((rate, i) => ({ at: i * interval, rate }));
  // A recording of rates is an open workload whose rate steps through it, then stops.
  schedule.push({ at: rates.length * interval, rate: 0 });
  return { kind: "open", rate: 0, arrival: "poisson", schedule };
}

/** Non-negative numbers, from an array or from CSV text (first column of each line). */
const traceValues: Reader<number[]> = (report, value, path) => {
  let cells: unknown[];
  if (typeof value === "string") {
    const lines = value
      .split(/\r?\n/)
      .map((line) => line.split(",")[0].trim())
      .filter((c) => c !== "");
    // A first line that is not a number is a header.
    cells = lines.length > 0 && Number.isNaN(Number(lines[0])) ? lines.slice(1) : lines;
    cells = cells.map((c) => (Number.isNaN(Number(c)) ? c : Number(c)));
  } else if (Array.isArray(value)) {
    cells = value;
  } else {
    expected(report, path, value, "traceValues");
    return [];
  }
  if (cells.length > MAX_TRACE_VALUES) {
    report.error(path, "traceTooLong", {
      count: String(cells.length),
      max: String(MAX_TRACE_VALUES),
    });
    return [];
  }
  const out: number[] = [];
  for (let i = 0; i < cells.length; i++) {
    const v = cells[i];
    if (typeof v !== "number" || !Number.isFinite(v) || v < 0) {
      report.error(path, "traceValue", {
        index: String(i + 1),
        got: String(JSON.stringify(v)?.slice(0, 40)),
      });
      return [];
    }
    out.push(v);
  }
  return out;
};
