/**
 * Scenario text in more than one language (an extension of the format): a `name`, a
 * `description`, a component's `label` or a lesson's text is a plain string, or an object with
 * one string per language, `{ "en": "Cache", "zh-CN": "缓存" }`. A plain string is the same text
 * in every language, so every version-1 document stays valid and means what it meant.
 */

import { expected, fieldsOf, isObject, type Reader } from "./read";
import { show } from "./show";

/** The languages a scenario's text may be written in (the page's languages). */
export const TEXT_LANGUAGES = ["en", "zh-CN"] as const;
export type TextLanguage = (typeof TEXT_LANGUAGES)[number];

/** One string per language, at least one of them. */
export type LocalizedText = Partial<Record<TextLanguage, string>>;

/** Scenario text: one string for every language, or a string per language. */
export type Text = string | LocalizedText;

/**
 * The text in `locale`; a language it was not written in falls back to English, then to the
 * first language it has. A plain string is itself in every language.
 */
export function localize(text: Text, locale: string): string {
  if (typeof text === "string") return text;
  const own = (text as Record<string, string | undefined>)[locale];
  if (own !== undefined) return own;
  if (text.en !== undefined) return text.en;
  for (const language of TEXT_LANGUAGES) {
    const value = text[language];
    if (value !== undefined) return value;
  }
  return "";
}

/** The text as the command line and the summary show it: English, or else the first language. */
export function plainText(text: Text): string {
  return localize(text, "en");
}

/**
 * Reads a string or a per-language object. A language this archsim does not know is a warning
 * (its text is ignored, as an unknown field is), so a document written for more languages runs.
 */
export const readText: Reader<Text> = (report, value, path) => {
  if (typeof value === "string") return value;
  if (!isObject(value)) {
    expected(report, path, value, "text");
    return "";
  }
  const f = fieldsOf(report, value, path);
  if (f === undefined) return "";
  const text: LocalizedText = {};
  let refused = false;
  for (const language of TEXT_LANGUAGES) {
    const item = f.get(language);
    if (item === undefined) continue;
    if (typeof item === "string") text[language] = item;
    else {
      expected(report, f.at(language), item, "string");
      refused = true;
    }
  }
  for (const key of Object.keys(value)) {
    if ((TEXT_LANGUAGES as readonly string[]).includes(key)) continue;
    report.warn(f.at(key), "unknownLanguage", {
      language: show(key),
      languages: TEXT_LANGUAGES.join(", "),
    });
  }
  if (Object.keys(text).length === 0 && !refused) {
    report.error(path, "noLanguage", { languages: TEXT_LANGUAGES.join(", ") });
  }
  return text;
};
