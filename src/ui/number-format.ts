/**
 * How the page writes figures for reading, in the summary and theory tables: to three significant
 * digits in the page's language, and never in scientific notation, which reads as noise on a
 * projector ("4.5e-4"). A value too small for three decimals reads "< 0.001", and a time under a
 * thousandth of a millisecond is written in microseconds. Only what is shown is rounded: the CSV
 * and the command line's --json keep full precision.
 */
import { currentLocale, formatNumber, type Locale } from "./i18n/index";

/** What a figure that is not a number reads. */
export const DASH = "–";

/** Below this a figure has no digit in its first three decimals. */
const TINY = 0.001;

/** What a value too small to show reads: "< 0.001" (or "> -0.001" below zero). */
function tiny(x: number, locale: Locale): string {
  return `${x < 0 ? "> -" : "< "}${formatNumber(TINY, locale)}`;
}

/**
 * From this size on a figure is written in powers of ten ("1E308"): a count or multiplier the
 * user typed can be any double, and written out whole it took 309 digits.
 */
const HUGE = 1e15;

/** A huge figure in powers of ten, three significant digits: 1e308 → "1E308". */
export function powersOfTen(x: number, locale: Locale = currentLocale()): string {
  const id = `${locale}|powers`;
  let format = formats.get(id);
  if (format === undefined) {
    format = new Intl.NumberFormat(locale, { notation: "scientific", maximumSignificantDigits: 3 });
    formats.set(id, format);
  }
  return format.format(x);
}

/** Three significant digits, trailing zeros kept; whole numbers from 1000 on; "–" for none. */
export function sig3(x: number): string {
  if (!Number.isFinite(x)) return DASH;
  if (x === 0) return "0";
  if (Math.abs(x) >= HUGE) return powersOfTen(x);
  if (Math.abs(x) >= 999.5) return formatNumber(Math.round(x), undefined, 0);
  if (Math.abs(x) < TINY) return tiny(x, currentLocale());
  return significant(currentLocale(), 3).format(x);
}

/** At most three significant digits, grouped ("20", "0.5", "1,230"), as the theory tables write. */
export function upTo3(x: number, locale: Locale = currentLocale()): string {
  if (Number.isNaN(x)) return DASH;
  if (Math.abs(x) >= HUGE && Number.isFinite(x)) return powersOfTen(x, locale);
  if (x !== 0 && Math.abs(x) < TINY) return tiny(x, locale);
  return significant(locale, 0).format(x);
}

const formats = new Map<string, Intl.NumberFormat>();

/** Three significant digits; `minimum` 3 keeps trailing zeros, 0 drops them and groups. */
function significant(locale: string, minimum: 0 | 3): Intl.NumberFormat {
  const id = `${locale}|${minimum}`;
  let format = formats.get(id);
  if (format === undefined) {
    format = new Intl.NumberFormat(
      locale,
      minimum === 3
        ? { minimumSignificantDigits: 3, maximumSignificantDigits: 3, useGrouping: false }
        : { maximumSignificantDigits: 3 },
    );
    formats.set(id, format);
  }
  return format;
}

/**
 * A time for a column in milliseconds: the figure alone ("39.7"), or, under a thousandth of a
 * millisecond, in microseconds with the unit said ("0.450 µs"), since the column's unit would
 * need a string of zeros.
 */
export function formatMs(seconds: number): string {
  const ms = seconds * 1000;
  return ms !== 0 && Math.abs(ms) < TINY ? `${sig3(ms * 1000)} µs` : sig3(ms);
}

/** A time with its unit: seconds from 1 s, milliseconds down to a thousandth, then microseconds. */
export function formatDuration(seconds: number, locale: Locale = currentLocale()): string {
  if (Math.abs(seconds) >= 1) return `${upTo3(seconds, locale)} s`;
  const ms = seconds * 1000;
  if (ms === 0 || Math.abs(ms) >= TINY) return `${upTo3(ms, locale)} ms`;
  return `${upTo3(ms * 1000, locale)} µs`;
}

export function formatCount(n: number): string {
  if (!Number.isFinite(n)) return DASH;
  return Math.abs(n) >= HUGE ? powersOfTen(n) : formatNumber(Math.round(n), undefined, 0);
}

export function formatPercent(fraction: number): string {
  return sig3(fraction * 100);
}
