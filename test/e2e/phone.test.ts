/**
 * The app on phones, 390x844 and 360x640, on one page resized in place: no view runs off the
 * screen sideways (the document is never wider than the window) — the main page, the editor
 * with a card selected, the lessons gallery, presenter mode, the comparison, the sweep with its
 * result, Share and Files — the topology's cards' names and figures are drawn at 12 px or more (the rest a pan
 * away), and the run controls, the lesson and the charts are on the page. Screenshots of each
 * view go to test-results/screenshots/phone/.
 */
import { mkdirSync } from "node:fs";
import { resolve } from "node:path";
import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { useAppPages } from "./app-pages";

const pages = useAppPages();
const SHOTS = resolve(import.meta.dirname, "../../test-results/screenshots/phone");
const POLL = { timeout: 30_000 };
/** 12 px, less what rounding the zoom may take off. */
const READABLE = 12 - 1e-3;

beforeAll(() => {
  mkdirSync(SHOTS, { recursive: true });
});

/** How much wider than the window the document is, and the elements that run off it. */
function overflow(page: Page): Promise<{ extra: number; culprits: string[] }> {
  return page.evaluate(() => {
    const w = document.documentElement.clientWidth;
    const culprits: string[] = [];
    for (const el of document.querySelectorAll<HTMLElement>("body *")) {
      const b = el.getBoundingClientRect();
      if (b.width === 0 || b.right <= w + 0.5) continue;
      if ([...el.children].some((c) => c.getBoundingClientRect().right > w + 0.5)) continue;
      // Inside a box that scrolls or clips sideways (the drawing, a row of tools), it is reached
      // by panning that box, not the page.
      let clipped = false;
      for (let a = el.parentElement; a !== null && !clipped; a = a.parentElement) {
        clipped = getComputedStyle(a).overflowX !== "visible";
      }
      if (clipped || el instanceof SVGElement) continue;
      culprits.push(`${el.tagName.toLowerCase()}.${el.getAttribute("class") ?? ""}`);
    }
    return { extra: document.documentElement.scrollWidth - w, culprits: culprits.slice(0, 5) };
  });
}

/** The smallest size, in px on screen, at which a card's name or figures are drawn. */
function smallestName(page: Page): Promise<number> {
  return page.evaluate(() => {
    let least = Number.POSITIVE_INFINITY;
    const texts = ".topology .node-name, .topology .node-figure";
    for (const name of document.querySelectorAll<SVGTextElement>(texts)) {
      const px = Number.parseFloat(getComputedStyle(name).fontSize) * name.getScreenCTM()!.a;
      least = Math.min(least, px);
    }
    return least;
  });
}

describe("the app on a phone", () => {
  it("fits every view to the width at 390x844 and 360x640, names readable", async () => {
    const { page } = await pages.open({ viewport: { width: 390, height: 844 }, hasTouch: true });
    const wide: Record<string, { extra: number; culprits: string[] }> = {};
    const look = async (view: string, size: { width: number }) => {
      const o = await overflow(page);
      if (o.extra > 0) wide[`${view} ${size.width}`] = o;
      await page.screenshot({ path: `${SHOTS}/${view}-${size.width}.png` });
    };
    for (const size of [
      { width: 390, height: 844 },
      { width: 360, height: 640 },
    ]) {
      await page.setViewportSize(size);
      await page.evaluate(() => window.scrollTo(0, 0));
      await expect.poll(() => smallestName(page), POLL).toBeGreaterThanOrEqual(READABLE);
      // The run controls, the drawing, the charts and the lesson are all on the page.
      for (const id of ["play", "restart", "gallery-toggle"]) {
        expect(await page.locator(`[data-testid="${id}"]`).isVisible()).toBe(true);
      }
      expect(await page.locator('[data-view="charts"] svg').first().isVisible()).toBe(true);
      await look("main", size);

      await page.locator('[data-view="topology"] [data-component]').first().click();
      await expect.poll(() => page.locator('[data-testid="inspector-form"]').count()).toBe(1);
      await look("editor", size);
      await page.keyboard.press("Escape");

      await page.locator('[data-testid="gallery-toggle"]').click();
      await page.locator('[data-testid="gallery"]').waitFor();
      await look("gallery", size);
      await page.locator('[data-testid="gallery-close"]').click();

      await page.locator('[data-testid="presenter-toggle"]').click();
      await expect.poll(() => page.locator('[data-testid="lesson-panel"]').isVisible()).toBe(true);
      await expect.poll(() => smallestName(page), POLL).toBeGreaterThanOrEqual(READABLE);
      await look("presenter", size);
      await page.locator('[data-testid="presenter-toggle"]').click();

      for (const tool of ["share", "files"]) {
        await page.locator(`[data-testid="${tool}"]`).click();
        await look(tool, size);
        await page.keyboard.press("Escape");
      }

      if ((await page.locator('[data-testid="compare-panel"]').isVisible()) === false) {
        await page.locator('[data-testid="duplicate-variant"]').click();
      }
      await page.locator('[data-testid="compare-panel"]').waitFor();
      await page.locator('[data-testid="compare-panel"]').scrollIntoViewIfNeeded();
      await look("compare", size);

      const sweep = page.locator('[data-testid="sweep-panel"]');
      await sweep.scrollIntoViewIfNeeded();
      await look("sweep", size);
    }
    expect(wide).toEqual({});
  });
});
