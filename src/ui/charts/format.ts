/** How the charts write numbers: three significant digits, thousands separated, a dash for none. */

import { format } from "d3";
import { currentLocale, t } from "../i18n/index";

const tick = format("~s");
const formats = new Map<string, Intl.NumberFormat>();

/** Three significant digits, grouped and with the decimal mark of the page's language. */
function significant(v: number): string {
  const locale = currentLocale();
  let f = formats.get(locale);
  if (f === undefined) {
    f = new Intl.NumberFormat(locale, { maximumSignificantDigits: 3 });
    formats.set(locale, f);
  }
  return f.format(v);
}

/** A value with its unit ("12.3 ms", "87 %", "1,230 req/s"); "–" when there is none. */
export function formatValue(v: number, unit: string): string {
  if (!Number.isFinite(v)) return "–";
  const text = significant(Math.abs(v) < 1e-9 ? 0 : v);
  return unit === "" ? text : `${text} ${unit}`;
}

/** An axis tick: short, SI-prefixed past a thousand (1.5k), plain below. */
export function formatTick(v: number): string {
  return Math.abs(v) >= 1000 ? tick(v) : significant(v);
}

/** Simulated time on the axis and in tooltips, in seconds. */
export function formatTime(seconds: number): string {
  return `${significant(seconds)} ${t("unit.s")}`;
}
