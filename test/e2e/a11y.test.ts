/**
 * Accessibility audit: axe-core (the installed npm package, injected into the page) on every
 * view a trainer shows: the main view, the editor with each component type selected, presenter
 * mode, the lessons gallery, compare, sweep, share and files, in both languages and both themes.
 * Any violation of impact critical or serious fails, listed with the elements it was found on.
 * One page, the views switched in place, so the audit stays a matter of seconds per view.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { COMPONENT_TYPES } from "../../src/scenario/components";
import { useAppPages } from "./app-pages";

const pages = useAppPages();
const AXE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
const TYPES = COMPONENT_TYPES;

interface Finding {
  view: string;
  rule: string;
  impact: string;
  targets: string[];
}

/**
 * The critical and serious violations axe finds in the part of the page a view changed (`within`,
 * a CSS selector), or in the whole page.
 */
async function audit(page: Page, view: string, within?: string): Promise<Finding[]> {
  const violations = await page.evaluate(async (selector) => {
    interface AxeResults {
      violations: { id: string; impact: string; nodes: { target: string[] }[] }[];
    }
    const axe = (window as unknown as { axe: { run(c: unknown, o: unknown): Promise<AxeResults> } })
      .axe;
    const result = await axe.run(selector === undefined ? document : { include: [[selector]] }, {
      resultTypes: ["violations"],
    });
    return result.violations.map((v) => ({
      rule: v.id,
      impact: v.impact,
      targets: v.nodes.slice(0, 5).map((n) => n.target.join(" ")),
    }));
  }, within);
  return violations
    .filter((v) => v.impact === "critical" || v.impact === "serious")
    .map((v) => ({ view, ...v }));
}

/**
 * Text drawn in SVG (cards, axes, legends) below WCAG AA contrast against what is behind it: a
 * card's body, or the nearest opaque background. axe cannot judge it (it takes an <svg> for an
 * image and leaves its text "to review"), so the test computes it from the colours the page
 * computes, fill opacity and every enclosing opacity included.
 */
function lowContrastSvgText(page: Page, view: string): Promise<Finding[]> {
  return page.evaluate((where) => {
    type Rgba = { r: number; g: number; b: number; a: number };
    const rgba = (css: string): Rgba | null => {
      const m = /rgba?\(([^)]+)\)/.exec(css);
      if (m === null) return null;
      const [r, g, b, a = 1] = m[1]
        .split(/[ ,/]+/)
        .filter(Boolean)
        .map(Number);
      return { r, g, b, a };
    };
    const over = (fg: Rgba, bg: Rgba): Rgba => ({
      r: fg.r * fg.a + bg.r * (1 - fg.a),
      g: fg.g * fg.a + bg.g * (1 - fg.a),
      b: fg.b * fg.a + bg.b * (1 - fg.a),
      a: 1,
    });
    // WCAG 2.x relative luminance.
    const luminance = ({ r, g, b }: Rgba) => {
      const f = (v: number) =>
        v / 255 <= 0.03928 ? v / 255 / 12.92 : ((v / 255 + 0.055) / 1.055) ** 2.4;
      return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
    };
    const behind = (el: Element | null): Rgba => {
      for (let e = el; e !== null; e = e.parentElement) {
        const c = rgba(getComputedStyle(e).backgroundColor);
        if (c !== null && c.a > 0) return c;
      }
      return { r: 255, g: 255, b: 255, a: 1 };
    };
    const low: string[] = [];
    for (const text of document.querySelectorAll<SVGTextElement>("svg text")) {
      const style = getComputedStyle(text);
      if (text.getBoundingClientRect().width === 0 || text.textContent?.trim() === "") continue;
      const fill = rgba(style.fill);
      if (fill === null || style.visibility === "hidden") continue;
      let opacity = Number(style.fillOpacity);
      for (let e: Element | null = text; e !== null && e.tagName !== "svg"; e = e.parentElement)
        opacity *= Number(getComputedStyle(e).opacity);
      let bg = behind(text.closest("svg"));
      const body = text.closest("g.node")?.querySelector(".node-body");
      const bodyFill = body ? rgba(getComputedStyle(body).fill) : null;
      if (body && bodyFill !== null)
        bg = over({ ...bodyFill, a: bodyFill.a * Number(getComputedStyle(body).fillOpacity) }, bg);
      const fg = over({ ...fill, a: fill.a * opacity }, bg);
      const [hi, lo] = [luminance(fg), luminance(bg)].sort((x, y) => y - x);
      const ratio = (hi + 0.05) / (lo + 0.05);
      const size = Number.parseFloat(style.fontSize);
      const large = size >= 24 || (Number(style.fontWeight) >= 700 && size >= 18.66);
      if (ratio < (large ? 3 : 4.5))
        low.push(
          `${text.getAttribute("class") ?? "text"} "${text.textContent?.slice(0, 20)}" ${ratio.toFixed(2)}:1`,
        );
    }
    return [...new Set(low)].map((target) => ({
      view: where,
      rule: "svg-text-contrast",
      impact: "serious",
      targets: [target],
    }));
  }, view);
}

const click = (page: Page, testId: string) =>
  page.locator(`[data-testid="${testId}"]`).first().click();

/** Selects a component of `type`, adding one from the palette when the scenario has none. */
async function selectType(page: Page, type: string): Promise<void> {
  const card = page.locator(`[data-view="topology"] .node[data-type="${type}"]`).first();
  if ((await card.count()) === 0) await click(page, `palette-${type}`);
  await card.click();
  await page.waitForSelector('[data-testid="inspector-form"]');
}

describe("accessibility (axe-core)", () => {
  it("finds no critical or serious violation on any view, in either language or theme", {
    timeout: 300_000,
  }, async () => {
    const { page } = await pages.open({ viewport: { width: 1280, height: 720 } });
    await page.addScriptTag({ content: AXE });
    // Paused, so the audit does not compete with the simulation for the machine.
    await page.waitForSelector('[data-testid="status"]');
    if ((await page.locator('[data-testid="status"]').textContent()) === "running") {
      await click(page, "play");
    }
    const found: Finding[] = [];
    await click(page, "duplicate-variant");
    await page.waitForSelector('.variant-tab[data-variant="B"]');
    for (const locale of ["en", "zh-CN"] as const) {
      await page.locator('[data-testid="language"]').selectOption(locale);
      await page.waitForSelector(`html[lang="${locale}"]`);
      for (const theme of ["light", "dark"]) {
        const at = `${locale} ${theme}`;
        found.push(...(await audit(page, `${at} main`)));
        found.push(...(await lowContrastSvgText(page, `${at} main`)));
        for (const type of TYPES) {
          await selectType(page, type);
          found.push(...(await audit(page, `${at} editor: ${type}`, '[data-view="inspector"]')));
        }
        await click(page, "gallery-toggle");
        await page.waitForSelector('[data-testid="gallery"]', { state: "visible" });
        found.push(...(await audit(page, `${at} lessons gallery`, '[data-testid="gallery"]')));
        await click(page, "gallery-close");
        await click(page, "presenter-toggle");
        found.push(...(await audit(page, `${at} presenter`)));
        found.push(...(await lowContrastSvgText(page, `${at} presenter`)));
        await click(page, "presenter-exit");
        await click(page, "share");
        found.push(...(await audit(page, `${at} share`, ".share-tool")));
        await page.keyboard.press("Escape");
        await click(page, "files");
        found.push(...(await audit(page, `${at} files`, ".files-tool")));
        await page.keyboard.press("Escape");
        await page.locator('[data-testid="compare-panel"]').scrollIntoViewIfNeeded();
        found.push(...(await audit(page, `${at} compare`, '[data-testid="compare-panel"]')));
        await page.locator('[data-testid="sweep-panel"]').scrollIntoViewIfNeeded();
        found.push(...(await audit(page, `${at} sweep`, '[data-testid="sweep-panel"]')));
        await click(page, "theme-toggle");
      }
    }
    expect(found).toEqual([]);
  });
});
