/**
 * `run --traces <file> [--trace-sample <fraction>] [--trace-count <n>]`: which requests of the
 * run to write as OTLP/JSON. Each request is sampled with probability `fraction` (1 by
 * default) and a uniform `n` of those are kept at most, so the file's size is bounded however
 * long the run: 100 requests without either option, 10,000 at most with a fraction alone.
 */
import type { SampleOptions } from "../sim/trace/sample";

export const TRACE_OPTIONS = ["--traces", "--trace-sample", "--trace-count"];

/** The most requests a sample may keep: what one file (and one page) holds comfortably. */
export const MAX_TRACE_COUNT = 100_000;
const DEFAULT_COUNT = 100;
const DEFAULT_COUNT_WITH_FRACTION = 10_000;

export interface TraceRequest extends SampleOptions {
  file: string;
}

/** The trace request on the command line, undefined when none, or the error message. */
export function parseTraceOptions(
  last: (option: string) => string | undefined,
): TraceRequest | string | undefined {
  const file = last("--traces");
  const fraction = last("--trace-sample");
  const count = last("--trace-count");
  if (file === undefined) {
    if (fraction !== undefined || count !== undefined)
      return `${fraction === undefined ? "--trace-count" : "--trace-sample"} needs --traces <file>, where the traces are written`;
    return undefined;
  }
  if (file === "") return "--traces needs a file name";
  const rate = fraction === undefined ? 1 : decimal(fraction);
  if (!(rate > 0 && rate <= 1))
    return `--trace-sample must be a fraction of the requests, 0 < f <= 1, got '${fraction}'`;
  const max =
    count === undefined
      ? fraction === undefined
        ? DEFAULT_COUNT
        : DEFAULT_COUNT_WITH_FRACTION
      : decimal(count);
  if (!(Number.isInteger(max) && max >= 1 && max <= MAX_TRACE_COUNT))
    return `--trace-count must be an integer from 1 to ${MAX_TRACE_COUNT}, got '${count}'`;
  return { file, rate, max };
}

/** Plain decimal notation only, as the other options read numbers. */
function decimal(text: string): number {
  return /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(text) ? Number(text) : Number.NaN;
}
