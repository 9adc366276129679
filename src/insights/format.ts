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

export function formatterFor(locale: InsightLocale): Formatter {
  const one = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  const whole = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  const two = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  const three = new Intl.NumberFormat(locale, { maximumSignificantDigits: 3 });
  return {
    percent: (share) => `${one.format(share * 100)}%`,
    time: (s) => (Math.abs(s) < 1 ? `${three.format(s * 1000)} ms` : `${three.format(s)} s`),
    count: (value) => (Math.abs(value) >= 100 ? whole.format(value) : one.format(value)),
    ratio: (value) => two.format(value),
  };
}
