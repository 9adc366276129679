/**
 * `t(key, params)`: the current language's string for a key, with `{name}` placeholders filled.
 * The current language is one module-level value, set by `setLocale`, so views need no plumbing;
 * views re-render on the store's `locale` change, and static labels follow through `bind.ts`.
 */
import { CATALOGUES, type MessageKey } from "./catalogue";
import type { Locale } from "./locale";

export type Params = Record<string, string | number>;

let current: Locale = "en";

export function setLocale(locale: Locale): void {
  current = locale;
}

export function currentLocale(): Locale {
  return current;
}

export function t(key: MessageKey, params?: Params, locale: Locale = current): string {
  const template = CATALOGUES[locale][key] ?? CATALOGUES.en[key] ?? key;
  if (params === undefined) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === "number" ? formatNumber(value, locale) : value;
  });
}

const numberFormats = new Map<string, Intl.NumberFormat>();

/** A number as the language writes it (grouping, decimal mark), at most `digits` decimals. */
export function formatNumber(value: number, locale: Locale = current, digits = 3): string {
  const id = `${locale}|${digits}`;
  let format = numberFormats.get(id);
  if (format === undefined) {
    format = new Intl.NumberFormat(locale, { maximumFractionDigits: digits });
    numberFormats.set(id, format);
  }
  return format.format(value);
}

const fixedFormats = new Map<string, Intl.NumberFormat>();

/** A number as the language writes it, with exactly `digits` decimals (a clock, a table column). */
export function formatFixed(value: number, digits: number, locale: Locale = current): string {
  const id = `${locale}|${digits}`;
  let format = fixedFormats.get(id);
  if (format === undefined) {
    format = new Intl.NumberFormat(locale, {
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    });
    fixedFormats.set(id, format);
  }
  return format.format(value);
}
