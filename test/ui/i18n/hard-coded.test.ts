/**
 * No words hard-coded in views: every string a user reads goes through the catalogue
 * (src/ui/i18n), so the page can say it in each language. This scans the views' source for text
 * written straight into the page (`.text("…")`, a title or aria-label attribute, `textContent =
 * "…"`) and fails on any literal with a letter in it. Symbols ("?", "×", "→") pass; the few
 * literals that are the same in every language are listed in hard-coded.ts, with why.
 */
import { readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { hardCoded, sources } from "./hard-coded";

const UI = join(import.meta.dirname, "../../../src/ui");

describe("views", () => {
  it("recognise text written straight into the page", () => {
    expect(hardCoded('el.text("Play")')).toEqual(['.text("Play"']);
    // "$" + "{…}" spells a template placeholder inside these samples of source text.
    expect(hardCoded(`x.attr("title", \`Run $` + "{n}`)")).toHaveLength(1);
    expect(hardCoded("node.textContent = 'done';")).toHaveLength(1);
    expect(hardCoded('b.attr(\n  "aria-label",\n  "Close")')).toHaveLength(1);
    expect(hardCoded(`el.text("×"); el.text(\`→ $` + `{target}\`); el.text(t("a.b"))`)).toEqual([]);
    expect(hardCoded('el.attr("class", "button")')).toEqual([]);
  });

  it.each(sources(UI).map((path) => relative(UI, path)))(
    "%s writes no words of its own",
    (file) => {
      expect(hardCoded(readFileSync(join(UI, file), "utf8"))).toEqual([]);
    },
  );
});
