/**
 * The values a sweep takes, as typed: `from:to:step` (both ends included, step may be negative
 * to go down) or a comma-separated list `1,2,4,8`.
 */

/**
 * Why the values cannot be read, as data: the command line says it in English
 * (valuesProblemText), the page in its own language. `text` is the values as typed.
 */
export type ValuesProblem =
  /** Something with a colon that is not three numbers. */
  | { kind: "range"; text: string }
  /** A step of zero, or one that leads away from `to`. */
  | { kind: "step"; text: string; from: number; to: number }
  /** Something without a colon that is not numbers separated by commas. */
  | { kind: "list"; text: string }
  /** More than `most` values. */
  | { kind: "tooMany"; text: string; count: number; most: number };

export type ValuesParse = { ok: true; values: number[] } | { ok: false; problem: ValuesProblem };

/** More points than anyone plots; a typo such as 1:100000:1 is caught before it runs for hours. */
export const MAX_VALUES = 1000;

const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

export function parseSweepValues(text: string): ValuesParse {
  const fail = (problem: ValuesProblem): ValuesParse => ({ ok: false, problem });
  const numbers = (parts: string[]) =>
    parts.map((p) => (DECIMAL.test(p.trim()) ? Number(p) : Number.NaN));
  if (text.includes(":")) {
    const parts = numbers(text.split(":"));
    if (parts.length !== 3 || parts.some((x) => !Number.isFinite(x))) {
      return fail({ kind: "range", text });
    }
    const [from, to, step] = parts;
    if (step === 0 || (to - from) * step < 0) return fail({ kind: "step", text, from, to });
    // Counted, not accumulated, and rounded to 12 digits: 0.1:0.3:0.1 is 0.1, 0.2, 0.3 exactly.
    const count = Math.floor((to - from) / step + 1e-9) + 1;
    if (count > MAX_VALUES) return fail({ kind: "tooMany", text, count, most: MAX_VALUES });
    return {
      ok: true,
      values: Array.from({ length: count }, (_, i) => Number((from + i * step).toPrecision(12))),
    };
  }
  const values = numbers(text.split(","));
  if (values.some((x) => !Number.isFinite(x))) return fail({ kind: "list", text });
  if (values.length > MAX_VALUES) {
    return fail({ kind: "tooMany", text, count: values.length, most: MAX_VALUES });
  }
  return { ok: true, values };
}

/** A problem as the command line says it. */
export function valuesProblemText(problem: ValuesProblem): string {
  return `--values '${problem.text}': ${why(problem)}`;
}

function why(problem: ValuesProblem): string {
  switch (problem.kind) {
    case "range":
      return "a range is from:to:step, three numbers, e.g. 10:90:10";
    case "step":
      return `the step must be non-zero and lead from ${problem.from} to ${problem.to}`;
    case "list":
      return "a list is numbers separated by commas, e.g. 1,2,4,8";
    case "tooMany":
      return `${problem.count} values, more than ${problem.most}`;
  }
}
