/**
 * The values a sweep takes, as typed: `from:to:step` (both ends included, step may be negative
 * to go down) or a comma-separated list `1,2,4,8`.
 */

export type ValuesParse = { ok: true; values: number[] } | { ok: false; error: string };

/** More points than anyone plots; a typo such as 1:100000:1 is caught before it runs for hours. */
export const MAX_VALUES = 1000;

const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

export function parseSweepValues(text: string): ValuesParse {
  const fail = (why: string): ValuesParse => ({ ok: false, error: `--values '${text}': ${why}` });
  const numbers = (parts: string[]) =>
    parts.map((p) => (DECIMAL.test(p.trim()) ? Number(p) : Number.NaN));
  if (text.includes(":")) {
    const parts = numbers(text.split(":"));
    if (parts.length !== 3 || parts.some((x) => !Number.isFinite(x))) {
      return fail("a range is from:to:step, three numbers, e.g. 10:90:10");
    }
    const [from, to, step] = parts;
    if (step === 0 || (to - from) * step < 0) {
      return fail(`the step must be non-zero and lead from ${from} to ${to}`);
    }
    // Counted, not accumulated, and rounded to 12 digits: 0.1:0.3:0.1 is 0.1, 0.2, 0.3 exactly.
    const count = Math.floor((to - from) / step + 1e-9) + 1;
    if (count > MAX_VALUES) return fail(`${count} values, more than ${MAX_VALUES}`);
    return {
      ok: true,
      values: Array.from({ length: count }, (_, i) => Number((from + i * step).toPrecision(12))),
    };
  }
  const values = numbers(text.split(","));
  if (values.some((x) => !Number.isFinite(x))) {
    return fail("a list is numbers separated by commas, e.g. 1,2,4,8");
  }
  if (values.length > MAX_VALUES) return fail(`${values.length} values, more than ${MAX_VALUES}`);
  return { ok: true, values };
}
