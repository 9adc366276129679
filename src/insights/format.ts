/** Numbers as a finding cites them, in the reader's language (digit grouping, decimal mark). */
export type InsightLocale = "en" | "zh-CN";

export interface Formatter {
  /** A share as a percentage: 0.826 → "82.6%". */
  percent(share: number): string;
  /** A duration: milliseconds below a second ("640 ms"), seconds above ("57.1 s"). */
  time(seconds: number): string;
  /** A count or a rate: one decimal below 100 ("74.9"), whole above ("4,518"). */
  count(value: number): string;
  /** A ratio near 1, two decimals: 3.2006 → "3.2", 1.234 → "1.23". */
  ratio(value: number): string;
}

/**
 * From this size on a figure is written in powers of ten ("1E308"): a multiplier or a count the
 * user typed can be any double, and written out in full it took 309 digits.
 */
export const HUGE = 1e15;

/** What a figure that is not a number reads, rather than "NaN". */
export const NOT_A_NUMBER = "–";

export function formatterFor(locale: InsightLocale): Formatter {
  const one = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  const whole = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  const two = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  const three = new Intl.NumberFormat(locale, { maximumSignificantDigits: 3 });
  const powers = new Intl.NumberFormat(locale, {
    notation: "scientific",
    maximumSignificantDigits: 3,
  });
  const bounded =
    (write: (x: number) => string) =>
    (x: number): string => {
      if (Number.isNaN(x)) return NOT_A_NUMBER;
      if (!Number.isFinite(x)) return x > 0 ? "∞" : "-∞";
      return Math.abs(x) >= HUGE ? powers.format(x) : write(x);
    };
  const seconds = (s: number): string => `${bounded((x) => three.format(x))(s)} s`;
  return {
    percent: (share) =>
      Number.isNaN(share) ? NOT_A_NUMBER : `${bounded((p) => one.format(p))(share * 100)}%`,
    time: (s) =>
      Number.isNaN(s)
        ? NOT_A_NUMBER
        : Math.abs(s) < 1
          ? `${three.format(s * 1000)} ms`
          : seconds(s),
    count: bounded((value) => (Math.abs(value) >= 100 ? whole.format(value) : one.format(value))),
    ratio: bounded((value) => two.format(value)),
  };
}
