/**
 * The inspector edits arrival processes and a server's capacity schedule: the MMPP's fields
 * appear with the process, a bad value is marked at its path, the schedule is a list, in both
 * languages and on a phone. Screenshots: test-results/screenshots/arrivals-*.png.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { useAppPages } from "./app-pages";
import { loadText, read } from "./browser";

const SHOTS = "test-results/screenshots";
const pages = useAppPages();

const card = (page: Page, id: string) =>
  page.locator(`[data-view="topology"] [data-component="${id}"] .node-body`);
const input = (page: Page, path: string) =>
  page.locator(`[data-testid="inspector-form"] input[data-path="${path}"]`);
const form = (page: Page) => page.locator('[data-testid="inspector-form"]');

/** The page as the room sees it, with the form's row at `path` scrolled into view. */
async function shoot(page: Page, path: string, name: string): Promise<void> {
  await form(page).locator(`.form-row[data-path="${path}"]`).scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SHOTS}/arrivals-${name}.png` });
}

describe("arrival processes and capacity schedules in the inspector", () => {
  it("shows an MMPP's fields, marks a bad one, and lists a server's schedule, en and zh-CN", async () => {
    const { page } = await pages.open({ viewport: { width: 1280, height: 720 } });
    const preset = JSON.parse(
      readFileSync(join(import.meta.dirname, "../../models/night-scale-down.json"), "utf8"),
    );
    Object.assign(preset.components[0].workload, {
      arrival: "mmpp",
      mmpp: { factor: 2, calm: 20, burst: 5 },
      batch: { dist: "const", value: 2 },
    });
    delete preset.lesson;
    await loadText(page, JSON.stringify(preset, null, 2));
    await expect.poll(() => read(page, "editor-status")).not.toMatch(/error/);

    await card(page, "users").click();
    await expect.poll(() => input(page, "components[0].workload.mmpp.factor").count()).toBe(1);
    expect(await input(page, "components[0].workload.scv").count()).toBe(0);
    const text = (await form(page).textContent()) ?? "";
    expect(text).toContain("Burst factor");
    expect(text).toContain("Batch size (requests)");
    // A batch is a count: no time is written beside its Dist.
    const batchRow = form(page).locator('.form-row[data-path="components[0].workload.batch"]');
    expect(await batchRow.locator(".form-dist-words").count()).toBe(0);
    expect(await batchRow.textContent()).toContain("size (requests)");

    const burst = input(page, "components[0].workload.mmpp.burst");
    await burst.fill("0");
    await burst.press("Enter");
    await expect.poll(() => burst.getAttribute("aria-invalid")).toBe("true");
    await expect
      .poll(() => page.locator('[data-testid="field-error"]').first().textContent())
      .toMatch(/> 0/);
    await shoot(page, "components[0].workload.mmpp.burst", "mmpp-en");
    await burst.fill("5");
    await burst.press("Enter");
    await expect.poll(() => page.locator('[data-testid="field-error"]').count()).toBe(0);

    await card(page, "app").click();
    await expect.poll(() => input(page, "components[2].schedule[3].replicas").count()).toBe(1);
    expect(await input(page, "components[2].schedule[3].replicas").inputValue()).toBe("4");
    await shoot(page, "components[2].schedule", "schedule-en");

    await page.locator('[data-testid="language"]').selectOption("zh-CN");
    await page.waitForSelector('html[lang="zh-CN"]');
    await expect.poll(async () => (await form(page).textContent()) ?? "").toContain("容量日程");
    await shoot(page, "components[2].schedule", "schedule-zh");
    await card(page, "users").click();
    await expect.poll(async () => (await form(page).textContent()) ?? "").toContain("突发倍数");
    await shoot(page, "components[0].workload.batch", "mmpp-zh");

    await page.setViewportSize({ width: 390, height: 844 });
    await shoot(page, "components[0].workload.mmpp.factor", "phone-zh");
  });
});
