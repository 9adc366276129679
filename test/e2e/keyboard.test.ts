/**
 * The page by keyboard: the `?` sheet, the lessons gallery's arrows and type-ahead, focus after
 * Present (a load), Apply and Reveal, Tab from the topology to the lesson before the charts,
 * and undo that stays within a scenario. One page, in that order.
 */
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { useAppPages } from "./app-pages";
import { read } from "./browser";

const pages = useAppPages();
const POLL = { timeout: 30_000 };

/** The `data-testid` of the focused element, or of its nearest holder; "body" when none. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const active = document.activeElement;
    if (active === null || active === document.body) return "body";
    return active.closest("[data-testid]")?.getAttribute("data-testid") ?? active.tagName;
  });

/** The lesson card holding the focus, by its `data-lesson`. */
const focusedLesson = (page: Page) =>
  page.evaluate(() => document.activeElement?.closest("li")?.getAttribute("data-lesson") ?? null);

describe("the page by keyboard", () => {
  it("moves through the gallery, the lesson and the topology without dropping focus", async () => {
    const { page } = await pages.open({ viewport: { width: 1280, height: 720 } });
    await expect.poll(() => read(page, "status")).toBe("running");

    // The ? sheet says Shift is held while dragging: one key, not a chord with an arrow.
    await page.keyboard.press("?");
    const connect = page.locator(".help-panel dt", { hasText: "Shift" }).filter({
      hasNotText: "Z",
    });
    expect(await connect.locator("kbd").allTextContents()).toEqual(["Shift"]);
    expect(await page.locator(".help-panel").textContent()).not.toContain("⇢");
    await page.keyboard.press("Escape");

    // The gallery opens on its first lesson; arrows, End and type-ahead move between lessons.
    await page.locator('[data-testid="gallery-toggle"]').click();
    const lessons = await page.$$eval('[data-testid="gallery"] li', (items) =>
      items.map((li) => ({
        id: li.getAttribute("data-lesson"),
        name: li.querySelector(".gallery-card-name")?.textContent ?? "",
      })),
    );
    expect(await focusedLesson(page)).toBe(lessons[0].id);
    await page.keyboard.press("ArrowDown");
    expect(await focusedLesson(page)).toBe(lessons[1].id);
    await page.keyboard.press("End");
    expect(await focusedLesson(page)).toBe(lessons.at(-1)?.id);
    await page.keyboard.press("Home");
    // One letter goes to the next lesson whose name starts with it; more letters narrow it down.
    const wanted = lessons.find((l) => l.id === "horizontal-scaling")!;
    await page.keyboard.type(wanted.name[0]);
    const first = lessons.find((l) =>
      l.name.toLowerCase().startsWith(wanted.name[0].toLowerCase()),
    );
    expect(await focusedLesson(page)).toBe(
      first === lessons[0]
        ? lessons.slice(1).find((l) => l.name[0] === first.name[0])?.id
        : first?.id,
    );
    await page.waitForTimeout(900);
    await page.keyboard.type(wanted.name.slice(0, 12));
    expect(await focusedLesson(page)).toBe(wanted.id);

    // Present (Enter on the focused button) loads it: focus goes to its first control.
    await page.keyboard.press("Enter");
    const panel = page.locator('[data-testid="lesson-panel"]');
    await expect.poll(() => panel.locator(".lesson-name").textContent(), POLL).toBe(wanted.name);
    await expect.poll(() => focused(page), POLL).toMatch(/^(choice|try)-\d+$/);

    // Tab from the topology's last card reaches the lesson before the charts.
    await page.locator('[data-view="topology"] .node').last().focus();
    const views: string[] = [];
    for (let i = 0; i < 40 && !views.includes("charts"); i++) {
      await page.keyboard.press("Tab");
      const view = await page.evaluate(
        () => document.activeElement?.closest("[data-view]")?.getAttribute("data-view") ?? "",
      );
      if (view !== "" && view !== "topology" && !views.includes(view)) views.push(view);
    }
    expect(views.slice(0, 2)).toEqual(["lesson", "charts"]);

    // Predict, then Apply and reveal by keyboard: focus stays in the lesson, on what comes next.
    await panel.locator('[data-testid="choice-1"]').focus();
    await page.keyboard.press("Enter");
    await panel.locator('[data-testid="apply-and-reveal"]').focus();
    await page.keyboard.press("Enter");
    await expect.poll(() => focused(page), POLL).toMatch(/^(reveal-now|reveal|reveal-failed)$/);
    if ((await focused(page)) === "reveal-now") {
      await page.keyboard.press("Enter");
      await expect.poll(() => focused(page), POLL).toMatch(/^(reveal|reveal-failed)$/);
    }
    await page.locator('[data-testid="presenter-exit"]').click();

    // Another preset is another scenario: Ctrl+Z does not take the switch back.
    const picker = page.locator('[data-testid="preset-picker"]');
    await picker.selectOption("retry-storm");
    await expect.poll(() => read(page, "scenario-name"), POLL).not.toBe(wanted.name);
    await page.locator('[data-view="topology"] .node').first().focus();
    await page.keyboard.press("Control+z");
    await page.waitForTimeout(300);
    expect(await picker.inputValue()).toBe("retry-storm");
    expect(await page.locator('[data-testid="editor-undo"]').isDisabled()).toBe(true);
  });
});
