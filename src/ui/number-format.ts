/**
 * How the page writes figures for reading, in the summary and theory tables: to three significant
 * digits in the page's language, and never in scientific notation, which reads as noise on a
 * projector ("4.5e-4"). A value too small for three decimals reads "< 0.001", and a time under a
 * thousandth of a millisecond is written in microseconds. Only what is shown is rounded: the CSV
 * and the command line's --json keep full precision.
 */
import {
  HUGE,
  powersOfTen as powersOfTenIn,
  TINY,
  threeSignificant,
  tinyFigure,
} from "../format/figure";
import { currentLocale, formatNumber, type Locale } from "./i18n/index";

/** What a figure that is not a number reads. */
export const DASH = "–";

/** A huge figure in powers of ten, three significant digits: 1e308 → "1E308". */
export function powersOfTen(x: number, locale: Locale = currentLocale()): string {
  return powersOfTenIn(x, locale);
}

/** Three significant digits, trailing zeros kept; whole numbers from 1000 on; "–" for none. */
export function sig3(x: number): string {
  return Number.isFinite(x) ? threeSignificant(x, currentLocale(), true) : DASH;
}

/** At most three significant digits, grouped ("20", "0.5", "1,230"), as the theory tables write. */
export function upTo3(x: number, locale: Locale = currentLocale()): string {
  if (Number.isNaN(x)) return DASH;
  if (Math.abs(x) >= HUGE && Number.isFinite(x)) return powersOfTen(x, locale);
  if (x !== 0 && Math.abs(x) < TINY) return tinyFigure(x, locale);
  return significant(locale).format(x);
}

const formats = new Map<string, Intl.NumberFormat>();

/** At most three significant digits, trailing zeros dropped, grouped. */
function significant(locale: string): Intl.NumberFormat {
  let format = formats.get(locale);
  if (format === undefined) {
    format = new Intl.NumberFormat(locale, { maximumSignificantDigits: 3 });
    formats.set(locale, format);
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
