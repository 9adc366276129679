/** How the charts write numbers: three significant digits, thousands separated, a dash for none. */

import { format } from "d3";
import { t } from "../i18n/index";

const significant = format(",.3~r");
const tick = format("~s");

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
