/**
 * A name or label from a scenario as a terminal may print it. Scenario text is anyone's: an
 * ESC sequence in a class name could clear the screen or recolour the table, a CR or LF forge a
 * line of the summary, and a right-to-left override reverse the figures after it. Each such
 * character is written as its code (`\u001b`), the rest as it is. The page shows text as text
 * already; this is the command line's equivalent.
 */
export function printable(text: string): string {
  return text.replace(UNPRINTABLE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

/**
 * C0 controls and DEL, C1 controls, the bidirectional embeddings, overrides and isolates
 * (U+202A–202E, U+2066–2069) and marks (U+200E, U+200F, U+061C), the line and paragraph
 * separators, and lone surrogates.
 */
const UNPRINTABLE =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
  /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
