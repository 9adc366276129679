/**
 * Insights and theory beside simulation in a browser: a preset's findings appear after a run,
 * a click on one selects its component, and the inspector shows the model's figure next to the
 * simulated one (or why no model applies), in English and in Chinese.
 */
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { useAppPages } from "./app-pages";
import { read, setSpeed } from "./browser";

const SHOTS = "test-results/screenshots";
const pages = useAppPages();

async function runToEnd(page: Page, preset: string, name: string): Promise<void> {
  await page.locator('[data-testid="preset-picker"]').selectOption(preset);
  await expect.poll(() => read(page, "scenario-name")).toBe(name);
  await setSpeed(page, "max");
  await expect.poll(() => read(page, "status"), { timeout: 60_000 }).toBe("finished");
  await expect.poll(() => read(page, "summary-state")).toMatch(/^final/);
}

const panel = '[data-view="insights"]';
const theory = '[data-view="inspector"] [data-testid="theory-view"]';

describe("insights and theory in the page", () => {
  it("names the saturating server as the bottleneck; a click selects it and the inspector says why no model applies", async () => {
    const { page } = await pages.open();
    await runToEnd(page, "one-server-saturating", "One server saturating");
    const finding = page.locator(`${panel} .insight[data-kind="bottleneck"][data-component="app"]`);
    await expect.poll(() => finding.count()).toBe(1);
    expect(await finding.textContent()).toMatch(/App server is the bottleneck: 8\d\.\d% busy/);
    expect(await finding.getAttribute("data-severity")).toBe("warning");
    await page.locator(panel).screenshot({ path: `${SHOTS}/insights-panel.png` });

    await finding.click();
    await expect
      .poll(() =>
        page.locator('[data-view="topology"] .node--selected').getAttribute("data-component"),
      )
      .toBe("app");
    await expect.poll(() => read(page, "theory-view")).toContain("No analytic model");
    expect(await read(page, "theory-view")).toContain("the arrival rate changes over time");
    expect(await finding.getAttribute("aria-pressed")).toBe("true");
    await page.locator(panel).scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/insights-page.png` });
    await page.locator('[data-testid="theme-toggle"]').click();
    await page.locator(panel).screenshot({ path: `${SHOTS}/insights-panel-dark.png` });
    await page.locator(theory).screenshot({ path: `${SHOTS}/theory-view-dark.png` });
    await page.locator('[data-testid="large-type-toggle"]').click();
    await page.locator(panel).screenshot({ path: `${SHOTS}/insights-panel-large.png` });
  });

  it("shows M/M/c/K theory beside the simulated figures for the CDN's origin, then in Chinese", async () => {
    const { page } = await pages.open();
    await runToEnd(page, "cdn-static", "A CDN offloading static traffic");
    await expect.poll(() => read(page, "insights-status")).toBe("Nothing stands out in this run.");
    const summaryRow = page.locator(
      `${panel} [data-testid="theory-summary"] tr[data-component="origin"][data-figure="meanResponse"]`,
    );
    expect(await summaryRow.locator(".theory-value").textContent()).toBe("20 ms");
    await page.locator(panel).screenshot({ path: `${SHOTS}/theory-summary.png` });
    await page.locator('[data-view="topology"] [data-component="origin"]').first().click();
    await expect.poll(() => page.locator(theory).getAttribute("data-model")).toBe("M/M/c/K");
    const row = page.locator(`${theory} tr[data-figure="utilization"]`);
    expect(await row.locator(".theory-value").textContent()).toBe("25%");
    const simulated = Number.parseFloat(
      (await row.locator(".simulated-value").textContent()) ?? "",
    );
    expect(Math.abs(simulated - 25)).toBeLessThan(1);
    const response = page.locator(`${theory} tr[data-figure="meanResponse"]`);
    expect(await response.locator(".theory-value").textContent()).toBe("20 ms");
    await page.locator(theory).screenshot({ path: `${SHOTS}/theory-view.png` });

    await page.locator('[data-testid="language"]').selectOption("zh-CN");
    await expect.poll(() => page.locator(`${panel} .insights-title`).textContent()).toBe("洞察");
    await expect.poll(() => read(page, "theory-view")).toContain("理论与仿真对照");
    expect(await read(page, "theory-view")).toContain("利用率");
    await page.locator(theory).screenshot({ path: `${SHOTS}/theory-zh.png` });
    await page.locator(panel).screenshot({ path: `${SHOTS}/insights-zh.png` });
  });

  it("stops showing theory once a live what-if changes the running system", async () => {
    const { page } = await pages.open();
    await page.locator('[data-testid="preset-picker"]').selectOption("cdn-static");
    await expect.poll(() => read(page, "scenario-name")).toBe("A CDN offloading static traffic");
    await page.locator('[data-view="topology"] [data-component="origin"]').first().click();
    await expect.poll(() => page.locator(theory).getAttribute("data-model")).toBe("M/M/c/K");
    await page.locator('[data-view="inspector"] [data-action="slow"]').first().click();
    await expect
      .poll(() => read(page, "theory-view"), { timeout: 20_000 })
      .toContain("live what-ifs changed the system");
  });
});
