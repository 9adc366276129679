import type { Locale } from "./locale";

/**
 * One feature's strings in every language. The type makes each language list the same keys:
 * a key missing from one catalogue, or present in only one, does not compile.
 * Placeholders are written `{name}` and filled by `t(key, { name })`.
 */
export function defineMessages<K extends string>(messages: Record<Locale, Record<K, string>>) {
  return messages;
}
