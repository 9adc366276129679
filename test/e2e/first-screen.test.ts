/**
 * The first screen: a line says what archsim is, "Start with a lesson" opens the gallery, and
 * the default scenario has figures within seconds at x1 and ends, fingerprint and all, in 90 s.
 */
import { describe, expect, it } from "vitest";
import { useAppPages } from "./app-pages";
import { read, waitForSimTime } from "./browser";

const pages = useAppPages();

describe("the first screen", () => {
  it("says what archsim is, opens the lessons from its entry, and the default tells its story at once", async () => {
    const { page } = await pages.open({ viewport: { width: 1280, height: 720 } });
    const intro = page.locator('[data-testid="intro"]');
    expect(await intro.textContent()).toContain("simulates a software architecture under load");
    const start = page.locator('[data-testid="start-lesson"]');
    expect(await start.isVisible()).toBe(true);
    const box = (await start.boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(720);

    // At the default speed the warm-up is over and the summary has figures within seconds.
    await waitForSimTime(page, 6, 20_000);
    await expect
      .poll(() =>
        page
          .locator('[data-testid="summary-figures"] [data-figure="throughput req/s"] dd')
          .textContent(),
      )
      .toMatch(/\d/);
    expect(await read(page, "sim-time")).toMatch(/\/ 90\.0 s$/);

    await start.click();
    const gallery = page.locator('[data-testid="gallery"]');
    await expect.poll(() => gallery.isVisible()).toBe(true);
    expect(await gallery.locator(".gallery-card").count()).toBeGreaterThan(10);
    await page.locator('[data-testid="gallery-close"]').click();

    // In Chinese too.
    await page.locator('[data-testid="language"]').selectOption("zh-CN");
    expect(await intro.textContent()).toContain("在浏览器中实时模拟");
    expect(await start.textContent()).toBe("从一节课程开始");
  });
});
