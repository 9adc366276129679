/**
 * The inspector edits class priorities and backpressure in both languages: one page load of the
 * "Premium traffic during a spike" preset, the fields checked and one of them set, screenshots at
 * the projector's and a phone's size in English and Chinese (test-results/screenshots/priorities-*).
 */
import { mkdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser, loadText, openApp } from "./browser";

const baseUrl = inject("baseUrl");
const shots = resolve(import.meta.dirname, "../../test-results/screenshots");
const PRESET = readFileSync(
  resolve(import.meta.dirname, "../../models/priority-premium-spike.json"),
  "utf8",
);
let browser: Browser;

beforeAll(async () => {
  mkdirSync(shots, { recursive: true });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

describe("priorities and backpressure in the inspector", () => {
  it("shows and edits them in English and Chinese, on a projector and a phone", async () => {
    const app = await openApp(browser, baseUrl, { viewport: { width: 1280, height: 720 } });
    const { page } = app;
    try {
      await loadText(page, PRESET);
      const form = page.locator('[data-testid="inspector-form"]');
      await page.locator('[data-view="topology"] [data-component="api"]').first().click();
      await expect.poll(() => form.count()).toBe(1);
      await expect.poll(() => form.textContent()).toContain("Preempt lower priorities");
      expect(await form.textContent()).toContain("When full");
      await page.getByLabel("Preempt lower priorities").check();
      await expect
        .poll(() => page.locator('[data-testid="scenario-text"]').inputValue())
        .toMatch(/"preemptive": true/);
      await form.screenshot({ path: join(shots, "priorities-en-1280-server.png") });

      await page.locator('[data-view="topology"] [data-component="premium"]').first().click();
      await expect.poll(() => form.textContent()).toContain("Priority");
      await form.screenshot({ path: join(shots, "priorities-en-1280-client.png") });

      await page.locator('[data-testid="language"]').selectOption("zh-CN");
      await page.waitForSelector('html[lang="zh-CN"]');
      await expect.poll(() => form.textContent()).toContain("优先级");
      await page.locator('[data-view="topology"] [data-component="api"]').first().click();
      await expect.poll(() => form.textContent()).toContain("抢占低优先级");
      expect(await form.textContent()).toContain("满载时");
      await form.screenshot({ path: join(shots, "priorities-zh-1280-server.png") });

      await page.setViewportSize({ width: 390, height: 844 });
      await form.scrollIntoViewIfNeeded();
      await form.screenshot({ path: join(shots, "priorities-zh-390-server.png") });
      await page.locator('[data-testid="language"]').selectOption("en");
      await page.waitForSelector('html[lang="en"]');
      await form.screenshot({ path: join(shots, "priorities-en-390-server.png") });
      expect(app.problems).toEqual([]);
    } finally {
      await app.close();
    }
  });
});
