/**
 * A replicated server's replicas in the page: after the slow-node lesson, whose third replica
 * is five times slower for a while, the card's badge and its hover card name the busiest
 * replica and the inspector lists the replicas busiest first, in English and in Chinese, on a
 * projector and on a phone.
 */
import { describe, expect, it } from "vitest";
import { useAppPages } from "./app-pages";
import { read, setSpeed } from "./browser";

const SHOTS = "test-results/screenshots/replicas";
const pages = useAppPages();

describe("a replicated server's replicas", () => {
  it("shows the busiest replica on the card and the replicas in the inspector", async () => {
    const { page } = await pages.open({ viewport: { width: 1280, height: 720 } });
    await page.locator('[data-testid="preset-picker"]').selectOption("slow-node-least-connections");
    await setSpeed(page, "max");
    await expect.poll(() => read(page, "status"), { timeout: 60_000 }).toBe("finished");
    const card = page.locator('[data-view="topology"] .node[data-component="app"]').first();
    await card.click();
    const badge = card.locator(".node-badge");
    await expect.poll(() => badge.textContent()).toMatch(/^4\/4 up · #\d \d+%$/);

    const inspector = page.locator('[data-view="inspector"]');
    const rows = inspector.locator(".inspector-replicas tbody tr");
    await expect.poll(() => rows.count()).toBe(4);
    // Replica 2 was five times slower for 90 of the lesson's seconds: the busiest of the run.
    expect(await rows.first().locator("th").textContent()).toBe("app#2");
    // The table says which is busiest; the live list above it does not repeat it.
    expect(await inspector.locator(".inspector-replicas caption").textContent()).toBe(
      "Replicas, busiest first",
    );
    expect(await inspector.locator(".inspector-live").textContent()).not.toContain("replica");
    await page.mouse.move(0, 0);
    await card.screenshot({ path: `${SHOTS}/card-1280.png` });
    await inspector.locator(".inspector-replicas").scrollIntoViewIfNeeded();
    await inspector.screenshot({ path: `${SHOTS}/inspector-1280.png` });
    await page.screenshot({ path: `${SHOTS}/page-1280.png` });

    // Hovered through the switch of language, the hover card changes language too.
    await card.hover();
    const hoverCard = page.locator('[data-view="topology"] .topology-tooltip');
    await expect.poll(() => hoverCard.textContent()).toContain("Busiest replica");
    await page.locator('[data-testid="language"]').selectOption("zh-CN");
    await expect.poll(() => badge.textContent()).toMatch(/^4\/4 在线 · #\d \d+%$/);
    await expect.poll(() => hoverCard.textContent()).toContain("最忙的副本");
    expect(await hoverCard.textContent()).not.toContain("replica");
    await expect
      .poll(() => inspector.locator(".inspector-replicas caption").textContent())
      .toBe("各副本（最忙的在前）");
    await page.mouse.move(0, 0);
    await card.screenshot({ path: `${SHOTS}/card-1280-zh.png` });
    await inspector.screenshot({ path: `${SHOTS}/inspector-1280-zh.png` });

    await page.setViewportSize({ width: 390, height: 844 });
    const table = inspector.locator(".inspector-replicas");
    await table.scrollIntoViewIfNeeded();
    const box = await table.boundingBox();
    expect(box === null ? Number.NaN : box.x + box.width).toBeLessThanOrEqual(390);
    // Under the drawing the inspector grows with its form, to most of the screen: not an 18rem
    // (288 px) box showing six of the form's rows at a time.
    const panel = await inspector.boundingBox();
    expect(panel?.height).toBeGreaterThan(600);
    await inspector.screenshot({ path: `${SHOTS}/inspector-390-zh.png` });
    await page.locator('[data-testid="language"]').selectOption("en");
    await expect.poll(() => badge.textContent()).toMatch(/up/);
    await inspector.screenshot({ path: `${SHOTS}/inspector-390.png` });
    await page.screenshot({ path: `${SHOTS}/page-390.png` });
  });
});
