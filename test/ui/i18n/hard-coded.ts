/**
 * Finds words written straight into the page in a view's source: `.text("…")`, a title,
 * aria-label, placeholder or alt attribute, `textContent = "…"`. Symbols ("?", "×", "→") pass,
 * and so do the few literals listed here as the same in every language.
 */
import { readdirSync } from "node:fs";
import { join } from "node:path";

/** Literals that read the same in every language. */
const ALLOWED = new Set([
  // Service-level objective: the acronym the sweep table heads a column with.
  "SLO",
  // An example of the SLO syntax, as typed.
  "p99<0.25",
]);

export function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "messages" ? [] : sources(path);
    return entry.name.endsWith(".ts") ? [path] : [];
  });
}

/** A quoted literal: its quote is group 1, its text group 2. */
const STRING = String.raw`(["'\x60])((?:\\.|(?!\1)[^\\])*)\1`;
const ATTRIBUTE = String.raw`"(?:title|aria-label|placeholder|alt)"\s*,\s*`;
const SINKS = [
  String.raw`\.text\(\s*${STRING}`,
  String.raw`\.attr\(\s*${ATTRIBUTE}${STRING}`,
  String.raw`setAttribute\(\s*${ATTRIBUTE}${STRING}`,
  String.raw`\.(?:textContent|title|placeholder)\s*=\s*${STRING}`,
].map((sink) => new RegExp(sink, "g"));

/** The words of a literal: its text without `${…}` placeholders (cut at one left open). */
function words(literal: string): string {
  return literal
    .split("${")
    .map((part, i) => (i === 0 ? part : part.slice(part.indexOf("}") + 1 || part.length)))
    .join("");
}

export function hardCoded(source: string): string[] {
  const found: string[] = [];
  for (const sink of SINKS) {
    for (const match of source.matchAll(sink)) {
      const literal = match[2];
      if (/[A-Za-z\u4e00-\u9fff]/.test(words(literal)) && !ALLOWED.has(literal)) {
        found.push(match[0].replace(/\s+/g, " "));
      }
    }
  }
  return found;
}
