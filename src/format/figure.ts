/**
 * How a figure is written for a person to read, on the page and at the terminal alike: three
 * significant digits, never scientific notation ("4.5e-4" reads as noise on a projector and in a
 * terminal), "< 0.001" for a value too small for three decimals, whole numbers from 1000 on.
 * Pure (Intl only), so both the page (src/ui/number-format.ts) and the command line
 * (src/cli/table.ts) import it; only what is shown is rounded, CSV and JSON keep every digit.
 */

/** Below this a figure has no digit in its first three decimals. */
export const TINY = 0.001;

/**
 * From this size on a figure is written in powers of ten ("1E308"): a count or multiplier the
 * user typed can be any double, and written out whole it took 309 digits.
 */
export const HUGE = 1e15;

/** A huge figure in powers of ten, three significant digits: 1e308 → "1E308". */
export function powersOfTen(x: number, locale: string): string {
  return cached(
    `p|${locale}`,
    () => new Intl.NumberFormat(locale, { notation: "scientific", maximumSignificantDigits: 3 }),
  ).format(x);
}

/** What a value too small to show reads: "< 0.001", or "> -0.001" below zero. */
export function tinyFigure(x: number, locale: string): string {
  return `${x < 0 ? "> -" : "< "}${decimals(locale).format(TINY)}`;
}

/**
 * A finite number to three significant digits, trailing zeros kept ("0.500"); from 999.5 on the
 * whole number, grouped as the language groups it when `grouping` ("1,230") or not ("1230").
 */
export function threeSignificant(x: number, locale: string, grouping: boolean): string {
  if (x === 0) return "0";
  if (Math.abs(x) >= HUGE) return powersOfTen(x, locale);
  if (Math.abs(x) >= 999.5) return whole(locale, grouping).format(Math.round(x));
  if (Math.abs(x) < TINY) return tinyFigure(x, locale);
  return significant(locale).format(x);
}

const cache = new Map<string, Intl.NumberFormat>();

function cached(id: string, make: () => Intl.NumberFormat): Intl.NumberFormat {
  let format = cache.get(id);
  if (format === undefined) {
    format = make();
    cache.set(id, format);
  }
  return format;
}

function decimals(locale: string): Intl.NumberFormat {
  return cached(`d|${locale}`, () => new Intl.NumberFormat(locale, { maximumFractionDigits: 3 }));
}

function whole(locale: string, grouping: boolean): Intl.NumberFormat {
  return cached(
    `w|${locale}|${grouping}`,
    () => new Intl.NumberFormat(locale, { maximumFractionDigits: 0, useGrouping: grouping }),
  );
}

function significant(locale: string): Intl.NumberFormat {
  return cached(
    `s|${locale}`,
    () =>
      new Intl.NumberFormat(locale, {
        minimumSignificantDigits: 3,
        maximumSignificantDigits: 3,
        useGrouping: false,
      }),
  );
}
