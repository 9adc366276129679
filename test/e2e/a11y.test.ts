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
import { useAppPages } from "./app-pages";

const pages = useAppPages();
const AXE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
const TYPES = [
  "client",
  "loadbalancer",
  "server",
  "cache",
  "database",
  "queue",
  "cdn",
  "autoscaler",
] as const;

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
    const axe = (window as unknown as { axe: { run(c: unknown): Promise<AxeResults> } }).axe;
    const result = await axe.run(selector === undefined ? document : { include: [[selector]] });
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
