/**
 * The words of a field of the inspector (messages/fields.ts): its name and unit ("Arrival rate
 * (req/s)"), its one-line help, and an enumeration's value in words with the format's term
 * beside it ("最少连接 · least-connections"), in the page's language.
 */
import type { Segment } from "../editor/json";
import type { Locale } from "../i18n/locale";
import { ENUM_TEXTS, FIELD_TEXTS, type FieldText } from "../i18n/messages/fields";

/** `workload.rate` for ["workload", "rate"], `calls.mode` for ["calls", 2, "mode"]. */
export function fieldKey(path: readonly Segment[]): string {
  return path.filter((s): s is string => typeof s === "string").join(".");
}

/** The words of a component type's field (`scenario` for the scenario's own), if it has any. */
export function fieldText(type: string, key: string, locale: Locale): FieldText | undefined {
  const both = FIELD_TEXTS[`${type}:${key}`] ?? FIELD_TEXTS[key];
  return both?.[locale];
}

/** "Arrival rate (req/s)", or the name alone for a field without a unit. */
export function nameWithUnit(text: FieldText, locale: Locale): string {
  if (text.unit === undefined) return text.name;
  return locale === "zh-CN" ? `${text.name}（${text.unit}）` : `${text.name} (${text.unit})`;
}

/** "最少连接 · least-connections"; the value alone when it has no words (one the form does not know). */
export function enumLabel(key: string, value: string, locale: Locale): string {
  const words = ENUM_TEXTS[key]?.[value]?.[locale];
  return words === undefined ? value : `${words} · ${value}`;
}
