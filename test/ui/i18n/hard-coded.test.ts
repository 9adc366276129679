/**
 * No words hard-coded in views: every string a user reads goes through the catalogue
 * (src/ui/i18n), so the page can say it in each language. This scans the views' source for text
 * written straight into the page (`.text("…")`, a title or aria-label attribute, `textContent =
 * "…"`) and fails on any literal with a letter in it. Symbols ("?", "×", "→") pass; the few
 * literals that are the same in every language are listed below, with why.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

const UI = join(import.meta.dirname, "../../../src/ui");

/** Literals that read the same in every language. */
const ALLOWED = new Set([
  // Service-level objective: the acronym the sweep table heads a column with.
  "SLO",
  // An example of the SLO syntax, as typed.
  "p99<0.25",
]);

function sources(dir: string): string[] {
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

describe("views", () => {
  it("recognise text written straight into the page", () => {
    expect(hardCoded('el.text("Play")')).toEqual(['.text("Play"']);
    expect(hardCoded('x.attr("title", `Run ${n}`)')).toHaveLength(1);
    expect(hardCoded("node.textContent = 'done';")).toHaveLength(1);
    expect(hardCoded('b.attr(\n  "aria-label",\n  "Close")')).toHaveLength(1);
    expect(hardCoded('el.text("×"); el.text(`→ ${target}`); el.text(t("a.b"))')).toEqual([]);
    expect(hardCoded('el.attr("class", "button")')).toEqual([]);
  });

  it.each(sources(UI).map((path) => relative(UI, path)))("%s writes no words of its own", (file) => {
    expect(hardCoded(readFileSync(join(UI, file), "utf8"))).toEqual([]);
  });
});
