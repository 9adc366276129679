/**
 * The page in two languages: switching to Simplified Chinese mid-run relabels the page while the
 * same run goes on, the choice survives a reload, and a browser that prefers Chinese opens in
 * Chinese. Screenshots of every view in both languages go to test-results/screenshots/i18n-*.png
 * for a reviewer's eyes (layouts must hold in both).
 */
import { mkdirSync } from "node:fs";
import { join, resolve } from "node:path";
import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { zeroTimeLoop } from "../scenario/documents";
import { useAppPages } from "./app-pages";
import {
  loadText,
  numberIn,
  type OpenOptions,
  read,
  setSpeed,
  simTime,
  waitForSimTime,
} from "./browser";

const shots = resolve(import.meta.dirname, "../../test-results/screenshots");
const CHINESE = /[\u4e00-\u9fff]/;
const pages = useAppPages();

beforeAll(() => {
  mkdirSync(shots, { recursive: true });
});

const open = (options?: OpenOptions) => pages.open(options);

async function switchTo(page: Page, locale: "en" | "zh-CN"): Promise<void> {
  await page.locator('[data-testid="language"]').selectOption(locale);
  await page.waitForSelector(`html[lang="${locale}"]`);
}

const VIEWS = ["topology", "inspector", "charts", "summary", "scenario"] as const;

async function shootViews(page: Page, locale: string): Promise<void> {
  await page.mouse.move(0, 0);
  await page.screenshot({ path: join(shots, `i18n-${locale}-page.png`), fullPage: true });
  await page.locator(".app-header").screenshot({ path: join(shots, `i18n-${locale}-header.png`) });
  await page.locator(".controls").screenshot({ path: join(shots, `i18n-${locale}-controls.png`) });
  for (const view of VIEWS) {
    const box = await page.locator(`[data-view="${view}"]`).boundingBox();
    expect(box?.height ?? 0, view).toBeGreaterThan(40);
    await page
      .locator(`[data-view="${view}"]`)
      .screenshot({ path: join(shots, `i18n-${locale}-${view}.png`) });
  }
}

describe("the page in English and Simplified Chinese", () => {
  it("switches to zh-CN mid-run without touching the run, and stays in zh-CN after a reload", async () => {
    const { page } = await open({ locale: "en-US" });
    expect(await page.getAttribute("html", "lang")).toBe("en");
    await setSpeed(page, "10");
    await waitForSimTime(page, 5);
    expect(await read(page, "status")).toBe("running");
    const seed = await read(page, "seed");
    const before = await simTime(page);
    const eventsBefore = numberIn(await read(page, "events"));

    await switchTo(page, "zh-CN");
    // Chinese labels: the status, the play button, the views' headings, the summary.
    await expect.poll(() => read(page, "status")).toBe("运行中");
    expect(await read(page, "play")).toMatch(CHINESE);
    expect(await page.locator('[data-view="summary"] .panel-title').textContent()).toBe("汇总");
    await expect.poll(() => read(page, "summary-state")).toMatch(CHINESE);
    // The same run goes on: its clock and event count keep growing from where they were.
    await waitForSimTime(page, before + 5);
    expect(await read(page, "seed")).toBe(seed);
    expect(numberIn(await read(page, "events"))).toBeGreaterThan(eventsBefore);
    expect(await read(page, "status")).toBe("运行中");

    await page.reload();
    await page.waitForSelector('[data-testid="scenario-name"]');
    expect(await page.getAttribute("html", "lang")).toBe("zh-CN");
    expect(await page.locator('[data-testid="language"]').inputValue()).toBe("zh-CN");
    await expect.poll(() => read(page, "status")).toMatch(CHINESE);
  });

  it("opens in Chinese for a browser that prefers Chinese, and in English otherwise", async () => {
    const chinese = await open({ locale: "zh-CN" });
    const { page } = chinese;
    expect(await page.getAttribute("html", "lang")).toBe("zh-CN");
    await expect.poll(() => read(page, "status")).toMatch(CHINESE);
    expect(chinese.problems).toEqual([]);
    await chinese.close();
    const english = await open({ locale: "en-GB" });
    expect(await english.page.getAttribute("html", "lang")).toBe("en");
  });

  it("labels a what-if's marker in the page's language, and relabels it on a switch", async () => {
    const { page } = await open({ locale: "zh-CN" });
    await setSpeed(page, "10");
    await waitForSimTime(page, 5);
    await page.locator('[data-view="topology"] [data-component="app"]').first().click();
    await page.locator('[data-view="inspector"] [data-action="crash"]').first().click();
    const marker = page.locator('[data-view="charts"] .chart-markers text').first();
    await expect.poll(() => marker.textContent()).toMatch(/宕机 10 秒/);
    await switchTo(page, "en");
    await expect.poll(() => marker.textContent()).toMatch(/down 10 s/);
  });

  it("says a scenario's errors in the page's language, with the document's values as written", async () => {
    const { page } = await open({ locale: "zh-CN" });
    await loadText(page, '{"version": 1, "name": "Broken", "duration": -1, "components": []}');
    const banner = page.locator('[data-testid="issues-message"]');
    await banner.waitFor();
    await expect.poll(() => banner.textContent()).toContain("duration: 应为大于 0 的数，实际为 -1");
    await switchTo(page, "en");
    await expect
      .poll(() => banner.textContent())
      .toContain("duration: must be a number > 0, got -1");
  });

  it("says why the engine stopped a run in the page's language, and rewords it on a switch", async () => {
    const { page } = await open();
    // Users with no think time calling a server that takes no time: the clock stops at t = 0.
    await loadText(page, JSON.stringify(zeroTimeLoop()));
    // Loading plays the scenario; at max speed the stall is found within seconds.
    await setSpeed(page, "max");
    const banner = page.locator('[data-testid="error-message"]');
    await expect
      .poll(() => banner.textContent(), { timeout: 30_000 })
      .toContain("Simulated time stopped advancing at t = 0 s");
    await switchTo(page, "zh-CN");
    await expect.poll(() => banner.textContent()).toContain("模拟时间在 t = 0 秒停止前进");
    await banner.screenshot({ path: join(shots, "i18n-zh-CN-stalled.png") });
  });

  it("shows the gallery, presenter mode and the help in Chinese (screenshots)", async () => {
    const { page } = await open({ locale: "zh-CN" });
    await page.locator('[data-testid="gallery-toggle"]').click();
    const gallery = page.locator('[data-testid="gallery"]');
    await gallery.waitFor();
    expect(await gallery.textContent()).toContain("Python：Nginx 在多个 Gunicorn 实例间做负载均衡");
    await page.screenshot({ path: join(shots, "i18n-zh-CN-gallery.png") });
    await page.locator('[data-testid="gallery-close"]').click();

    await page.locator('[data-testid="preset-picker"]').selectOption("python-nginx-balancing");
    await expect.poll(() => read(page, "scenario-name")).toMatch(/^Python：Nginx/);
    await page.keyboard.press("p");
    const lesson = page.locator('[data-testid="lesson-panel"]');
    await lesson.waitFor();
    // The question asks the room first: the change it is about waits for a choice.
    await expect.poll(() => lesson.textContent()).toContain("先预测");
    await setSpeed(page, "10");
    await waitForSimTime(page, 20);
    await page.mouse.move(0, 0);
    await page.screenshot({ path: join(shots, "i18n-zh-CN-presenter.png") });
    await page.keyboard.press("p");

    await page.locator('[data-testid="help-toggle"]').click();
    await page.screenshot({ path: join(shots, "i18n-zh-CN-help.png") });
    await page.keyboard.press("Escape");
  });

  it("fits a projector in Chinese with large type (screenshot)", async () => {
    const { page } = await open({
      locale: "zh-CN",
      viewport: { width: 1920, height: 1080 },
      storage: { "archsim.largeType": "true" },
    });
    await page.locator('[data-testid="preset-picker"]').selectOption("python-redis-cache-aside");
    await page.keyboard.press("p");
    await page.locator('[data-testid="lesson-panel"]').waitFor();
    await setSpeed(page, "10");
    await waitForSimTime(page, 30);
    await page.mouse.move(0, 0);
    await page.screenshot({ path: join(shots, "i18n-zh-CN-projector.png") });
    // Nothing wider than the screen: no sideways scrolling on a projector.
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
  });

  for (const locale of ["en", "zh-CN"] as const) {
    it(`draws every view in ${locale} (screenshots)`, async () => {
      const { page } = await open({ locale: locale === "en" ? "en-US" : "zh-CN" });
      await page.locator('[data-testid="preset-picker"]').selectOption("python-dns-round-robin");
      await setSpeed(page, "100");
      await waitForSimTime(page, 150);
      await page.locator('[data-view="topology"] [data-component="dns"]').first().click();
      await page.locator('[data-testid="play"]').click();
      await page.waitForTimeout(300);
      if (locale === "zh-CN") {
        expect(await page.locator('[data-view="scenario"]').textContent()).toMatch(CHINESE);
      }
      await shootViews(page, locale);
      await page.locator('[data-view="topology"] [data-component="web-1"]').first().click();
      await page
        .locator('[data-view="inspector"]')
        .screenshot({ path: join(shots, `i18n-${locale}-inspector-server.png`) });
      await loadText(page, '{"version": 1, "name": "Broken", "duration": -1, "components": []}');
      await page.locator('[data-testid="issues-message"]').waitFor();
      await page
        .locator('[data-testid="issues-message"]')
        .screenshot({ path: join(shots, `i18n-${locale}-issues.png`) });
    });
  }
});
