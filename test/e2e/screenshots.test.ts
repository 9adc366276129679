/**
 * Screenshots of every view in each look (light, dark, large type), for people to look at:
 * test-results/screenshots/<look>-<view>.png. The assertions only check that each view drew
 * something; what the pictures show is for a reviewer's eyes.
 */
import { mkdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser, loadText, openApp, setSpeed, waitForSimTime } from "./browser";

const baseUrl = inject("baseUrl");
const dir = resolve(import.meta.dirname, "../../test-results/screenshots");
let browser: Browser;

beforeAll(async () => {
  mkdirSync(dir, { recursive: true });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

const LOOKS = [
  { name: "light", theme: "light", large: false, viewport: { width: 1440, height: 900 } },
  { name: "dark", theme: "dark", large: false, viewport: { width: 1440, height: 900 } },
  // A projector: 1080p with large type.
  { name: "large", theme: "light", large: true, viewport: { width: 1920, height: 1080 } },
] as const;

const VIEWS = ["topology", "inspector", "charts", "summary", "insights", "scenario"] as const;

async function shoot(page: Page, name: string, selector?: string): Promise<void> {
  const path = join(dir, `${name}.png`);
  if (selector === undefined) await page.screenshot({ path, fullPage: true });
  else await page.locator(selector).first().screenshot({ path });
}

describe("screenshots of every view", () => {
  for (const look of LOOKS) {
    it(`in the ${look.name} look`, async () => {
      const app = await openApp(browser, baseUrl, {
        viewport: look.viewport,
        storage: { "archsim.theme": look.theme, "archsim.largeType": String(look.large) },
      });
      const { page } = app;
      try {
        await setSpeed(page, "10");
        await waitForSimTime(page, 60);
        // Select a server and take one replica down, so the views show a failure too.
        await page.locator('[data-view="topology"] [data-component="app"]').first().click();
        const crash = page.locator('[data-view="inspector"] [data-action="crash"]').first();
        await crash.click();
        await waitForSimTime(page, 75);
        await page.locator('[data-testid="play"]').click();
        await page.mouse.move(0, 0);
        await page.waitForTimeout(300);

        await shoot(page, `${look.name}-page`);
        await page.screenshot({ path: join(dir, `${look.name}-first-screen.png`) });
        await shoot(page, `${look.name}-header`, ".app-header");
        await shoot(page, `${look.name}-controls`, ".controls");
        for (const view of VIEWS) {
          const box = await page.locator(`[data-view="${view}"]`).boundingBox();
          expect(box?.height ?? 0, view).toBeGreaterThan(40);
          await shoot(page, `${look.name}-${view}`, `[data-view="${view}"]`);
        }

        // The help overlay, and the banner for a scenario that does not load.
        await page.locator('[data-testid="help-toggle"]').click();
        await page.screenshot({
          path: join(dir, `${look.name}-help.png`),
          clip: { x: 0, y: 0, width: look.viewport.width, height: look.viewport.height / 2 },
        });
        await page.keyboard.press("Escape");
        await loadText(page, '{"version": 1, "name": "Broken", "duration": -1, "components": []}');
        await page.locator('[data-testid="issues-message"]').waitFor();
        await shoot(page, `${look.name}-issues`, '[data-testid="issues-message"]');
        await page.screenshot({ path: join(dir, `${look.name}-issues-first-screen.png`) });
        expect(app.problems).toEqual([]);
      } finally {
        await app.close();
      }
    });
  }

  it("of a twenty-component scenario", async () => {
    const twenty = readFileSync(resolve(import.meta.dirname, "../../bench/twenty-components.json"));
    const app = await openApp(browser, baseUrl, {
      storage: { "archsim.scenario": twenty.toString(), "archsim.theme": "light" },
    });
    const { page } = app;
    try {
      await setSpeed(page, "100");
      await waitForSimTime(page, 200);
      await page.locator('[data-testid="play"]').click();
      await page.mouse.move(0, 0);
      await page.screenshot({ path: join(dir, "twenty-first-screen.png") });
      await shoot(page, "twenty-topology", '[data-view="topology"]');
      await shoot(page, "twenty-summary", '[data-view="summary"]');
      await shoot(page, "twenty-charts", '[data-view="charts"]');
      expect(app.problems).toEqual([]);
    } finally {
      await app.close();
    }
  });
});
