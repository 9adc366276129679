/**
 * Zones and probabilistic calls in the page: a card names its zone, the inspector edits a
 * component's zone, a pair of zones' latency and a call's probability, choice and cap, in both
 * languages, at the projector's 1280×720 and a phone's 390×844. Screenshots for a reviewer's eyes go to
 * test-results/screenshots/zones-*.png.
 */
import { mkdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser, loadText, openApp } from "./browser";

const baseUrl = inject("baseUrl");
const dir = resolve(import.meta.dirname, "../../test-results/screenshots");
const models = resolve(import.meta.dirname, "../../models");
let browser: Browser;

beforeAll(async () => {
  mkdirSync(dir, { recursive: true });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

const SIZES = [
  { name: "projector", viewport: { width: 1280, height: 720 } },
  { name: "phone", viewport: { width: 390, height: 844 } },
] as const;

describe("zones and probabilistic calls in the page", () => {
  for (const locale of ["en", "zh-CN"] as const) {
    it(`shows and edits them in ${locale}`, async () => {
      const app = await openApp(browser, baseUrl, {
        viewport: SIZES[0].viewport,
        storage: { "archsim.locale": locale },
      });
      const { page } = app;
      try {
        await loadText(page, readFileSync(join(models, "multi-zone-failover.json"), "utf8"));
        const card = page.locator('[data-view="topology"] [data-component="app-a"]').first();
        await expect
          .poll(() => card.textContent())
          .toContain(locale === "en" ? "zone a" : "可用区 a");
        await card.click();
        const zone = page
          .locator('[data-view="inspector"] input[data-path="components[2].zone"]')
          .first();
        expect(await zone.inputValue()).toBe("a");
        await page.screenshot({ path: join(dir, `zones-${locale}-projector.png`) });

        // The zone taken down live from its component, and brought back from the keyboard.
        const inspector = page.locator('[data-view="inspector"]');
        const down = inspector.locator('button[data-action="zone"]').first();
        await down.click();
        // Offered once the outage's marker is back from the engine, not at the click.
        const back = inspector.locator('button[data-action="zone-up"]').first();
        await expect.poll(() => back.isVisible()).toBe(true);
        await back.focus();
        await page.keyboard.press("Enter");
        await expect.poll(() => down.getAttribute("aria-pressed")).toBe("false");
        expect(await down.evaluate((b) => b === document.activeElement)).toBe(true);
        await expect
          .poll(() => page.locator('[data-view="charts"]').first().textContent())
          .toContain(locale === "en" ? "zone a back" : "可用区 a 恢复");

        // With nothing selected, the scenario's form edits the latency between a pair of zones:
        // the same zone twice is refused at the pair.
        await page
          .locator('[data-view="topology"] svg.topology-svg')
          .click({ position: { x: 20, y: 20 } });
        const form = page.locator('[data-testid="scenario-form"]');
        const other = form.locator('select[data-path="zones.pairs[0].between[1]"]');
        expect(await other.inputValue()).toBe("b");
        expect(
          await form.locator('input[data-path="zones.pairs[0].latency.value"]').inputValue(),
        ).toBe("0.002");
        await other.selectOption("a");
        await expect
          .poll(() =>
            form.locator('[data-path="zones.pairs[0]"] [data-testid="field-error"]').textContent(),
          )
          .toContain(
            locale === "en" ? "a pair needs two different zones" : "区对必须是两个不同的可用区",
          );
        await form
          .locator('.form-row[data-path="zones.pairs"]')
          .screenshot({ path: join(dir, `zones-${locale}-pairs.png`) });

        await loadText(page, readFileSync(join(models, "probabilistic-routing.json"), "utf8"));
        await page.locator('[data-view="topology"] [data-component="payment"]').first().click();
        const probability = inspector.locator(
          'input[data-path="components[4].calls[0].probability"]',
        );
        expect(await probability.inputValue()).toBe("0.3");
        const cap = inspector.locator('input[data-path="components[4].calls[0].maxVisits"]');
        expect(await cap.inputValue()).toBe("5");
        await cap.fill("51");
        await cap.press("Enter");
        await expect
          .poll(() => inspector.textContent())
          .toContain(
            locale === "en" ? "an integer between 1 and 50, got 51" : "应为1 到 50 之间的整数",
          );
        await page.screenshot({ path: join(dir, `routing-${locale}-projector.png`) });
        await page.setViewportSize(SIZES[1].viewport);
        await page.screenshot({ path: join(dir, `routing-${locale}-phone.png`), fullPage: true });
        expect(app.problems).toEqual([]);
      } finally {
        await app.close();
      }
    });
  }
});
