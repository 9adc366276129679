/**
 * Figures as the topology and the inspector print them: short, with their unit, and a dash
 * where a figure is unknown (before the first probe row, or not meaningful for the component).
 */

import { CATALOGUES, type MessageKey } from "../i18n/catalogue";
import { t } from "../i18n/translate";
import { powersOfTen } from "../number-format";

export const UNKNOWN = "–";

/** 0.723 → "72%". */
export function formatPercent(share: number): string {
  return Number.isFinite(share) ? `${Math.round(share * 100)}%` : UNKNOWN;
}

/** A count or mean: one decimal under 10, whole numbers above, k and M beyond. */
export function formatCount(value: number): string {
  if (!Number.isFinite(value)) return UNKNOWN;
  const a = Math.abs(value);
  if (a >= 1e9) return powersOfTen(value);
  if (a >= 1e6) return `${trim(value / 1e6)}M`;
  if (a >= 1e4) return `${Math.round(value / 1e3)}k`;
  if (a >= 1e3) return `${trim(value / 1e3)}k`;
  if (a >= 10) return String(Math.round(value));
  return trim(value);
}

/** Calls or requests per second: 152.4 → "152/s", 0.25 → "0.3/s", 12 345 → "12k/s". */
export function formatRate(perSecond: number): string {
  const count = formatCount(perSecond);
  return count === UNKNOWN ? UNKNOWN : t("unit.perSecond", { count });
}

/** A duration in seconds, in ms below a second: 0.03 → "30 ms", 2 → "2 s". */
export function formatSeconds(seconds: number): string {
  if (Number.isNaN(seconds)) return UNKNOWN;
  if (!Number.isFinite(seconds)) return "∞";
  // The catalogue puts a no-break space between number and unit, so a line never breaks there.
  if (seconds !== 0 && Math.abs(seconds) < 1) {
    return t("unit.msShort", { value: precise(seconds * 1000) });
  }
  return t("unit.sShort", { value: precise(seconds) });
}

/**
 * Characters drawn about twice as wide as a Latin letter: CJK ideographs, kana, hangul, and the
 * full-width punctuation and forms Chinese text uses ("（", "，").
 */
const WIDE =
  /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/;

/** Whether `ch` is drawn about twice as wide as a Latin letter (a Chinese character). */
export function isWide(ch: string): boolean {
  return WIDE.test(ch);
}

function columns(ch: string): number {
  return isWide(ch) ? 2 : 1;
}

/**
 * The rough width of `text` in ems: a wide (Chinese) character is a full em, anything else about
 * 0.6 em (digits are 0.64 em in DejaVu Sans, "/" 0.34 em).
 */
export function textWidthEm(text: string): number {
  let width = 0;
  for (const ch of text) width += WIDE.test(ch) ? 1 : 0.6;
  return width;
}

/**
 * `name`, cut to `max` columns with an ellipsis when longer; a wide (Chinese) character takes
 * two columns, so a Chinese label fits the card a Latin one of `max` letters fits.
 */
export function truncate(name: string, max: number): string {
  const chars = [...name];
  let width = 0;
  for (const ch of chars) width += columns(ch);
  if (width <= max) return name;
  let out = "";
  width = 0;
  for (const ch of chars) {
    if (width + columns(ch) > max - 1) break;
    out += ch;
    width += columns(ch);
  }
  return `${out}…`;
}

/** One decimal, without a trailing ".0". */
function trim(value: number): string {
  return String(Math.round(value * 10) / 10);
}

/** Three significant digits, without trailing zeros. */
function precise(value: number): string {
  return String(Number(value.toPrecision(3)));
}

/** A component type in words: "loadbalancer" → "load balancer"; an unknown type as written. */
export function typeName(type: string): string {
  const key = `type.${type}`;
  return Object.hasOwn(CATALOGUES.en, key) ? t(key as MessageKey) : type;
}

export type CountNoun =
  | "worker"
  | "replica"
  | "target"
  | "user"
  | "key"
  | "connection"
  | "consumer"
  | "shard";

/** "1 worker", "3 workers" (`noun` names a pair of catalogue keys, `.one` and `.many`). */
export function plural(n: number, noun: CountNoun): string {
  // A count from a document being edited may be anything until it validates: "– workers", not NaN.
  return t(n === 1 ? `count.${noun}.one` : `count.${noun}.many`, {
    n: Number.isFinite(n) ? n : UNKNOWN,
  });
}
