import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { useAppPages } from "./app-pages";
import { openApp, read, setSpeed, summaryFigure } from "./browser";

const SHOTS = "test-results/screenshots";
const pages = useAppPages();

const card = (page: Page, id: string) =>
  page.locator(`[data-view="topology"] [data-component="${id}"]`);

/** The middle of an element on the screen. */
async function centre(page: Page, selector: string): Promise<{ x: number; y: number }> {
  const box = await page.locator(selector).first().boundingBox();
  if (box === null) throw new Error(`${selector} is not on the screen`);
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** Drags from one card's handle onto another, whatever the editor then makes of it. */
async function connectTry(page: Page, from: string, to: string): Promise<void> {
  await card(page, from).hover();
  const start = await centre(
    page,
    `[data-view="topology"] [data-component="${from}"] .node-handle`,
  );
  const end = await centre(page, `[data-view="topology"] [data-component="${to}"] .node-body`);
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  await page.mouse.move(end.x, end.y, { steps: 8 });
  await page.mouse.up();
}

/** The pairs of cards whose boxes on the screen overlap. */
function overlappingCards(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const cards = [...document.querySelectorAll('[data-view="topology"] [data-component]')].map(
      (el) => ({
        id: el.getAttribute("data-component"),
        box: el.querySelector(".node-body")!.getBoundingClientRect(),
      }),
    );
    const out: string[] = [];
    cards.forEach((a, i) => {
      for (const b of cards.slice(i + 1)) {
        const apart =
          a.box.right <= b.box.left ||
          b.box.right <= a.box.left ||
          a.box.bottom <= b.box.top ||
          b.box.bottom <= a.box.top;
        if (!apart) out.push(`${a.id} ${b.id}`);
      }
    });
    return out;
  });
}

/** Every figure of the summary table as the page shows it. */
function summaryText(page: Page): Promise<string | null> {
  return page.locator('[data-testid="summary-figures"]').textContent();
}

/** Drags from one card's connect handle onto another card, and waits for the connection. */
async function connect(page: Page, from: string, to: string): Promise<void> {
  await connectTry(page, from, to);
  await expect
    .poll(() =>
      page.locator(`[data-view="topology"] .edge[data-from="${from}"][data-to="${to}"]`).count(),
    )
    .toBe(1);
}

/** The inspector's box for a field of the selected component. */
const fieldBox = (page: Page, path: string) =>
  page.locator(`[data-testid="inspector-form"] input[data-path="${path}"]`);

describe("the editor in a browser", () => {
  it("builds client → server → database from the palette, edits a field, runs it", async () => {
    const { page } = await pages.open();
    await expect.poll(() => read(page, "status")).toBe("running");
    const before = await read(page, "scenario-name");

    // New says what it did and offers Undo, which brings the scenario back.
    const notice = page.locator('[data-testid="editor-new-notice"]');
    await page.locator('[data-testid="editor-new"]').click();
    await expect.poll(() => read(page, "scenario-name")).toBe("New scenario");
    await expect.poll(() => notice.isVisible()).toBe(true);
    await page.locator('[data-testid="editor-new-undo"]').click();
    await expect.poll(() => read(page, "scenario-name")).toBe(before);
    await expect.poll(() => notice.isVisible()).toBe(false);

    await page.locator('[data-testid="editor-new"]').click();
    await expect.poll(() => read(page, "scenario-name")).toBe("New scenario");
    await expect
      .poll(() => page.locator('[data-view="topology"] [data-component]').count())
      .toBe(0);
    for (const type of ["client", "server", "database"]) {
      await page.locator(`[data-testid="palette-${type}"]`).click();
    }
    await expect
      .poll(() => page.locator('[data-view="topology"] [data-component]').count())
      .toBe(3);
    // A client without a target does not run yet: the editor says so, the text keeps it.
    await expect.poll(() => read(page, "editor-status")).toMatch(/error/);
    expect(await page.locator('[data-testid="scenario-text"]').inputValue()).toContain(
      '"client-1"',
    );

    // Building the rest, the notice is gone.
    expect(await notice.isVisible()).toBe(false);

    await connect(page, "client-1", "server-1");
    await connect(page, "server-1", "db-1");
    await expect.poll(() => read(page, "editor-status")).not.toMatch(/error/);
    const text = await page.locator('[data-testid="scenario-text"]').inputValue();
    expect(JSON.parse(text).components.map((c: { id: string }) => c.id)).toEqual([
      "client-1",
      "server-1",
      "db-1",
    ]);
    expect(text).toContain('"target": "server-1"');
    expect(text).toContain('"calls": [\n        {\n          "target": "db-1"');
    await page.mouse.move(0, 0);
    await page.locator('[data-view="topology"]').screenshot({ path: `${SHOTS}/editor-built.png` });

    await card(page, "server-1").click();
    const workers = fieldBox(page, "components[1].workers");
    await workers.fill("0");
    await workers.press("Enter");
    await expect.poll(() => workers.getAttribute("aria-invalid")).toBe("true");
    await expect
      .poll(() => page.locator('[data-testid="field-error"]').first().textContent())
      .toMatch(/>= 1/);
    // The bad value stays in the form and in the JSON; the last valid scenario still runs.
    expect(await workers.inputValue()).toBe("0");
    expect(await page.locator('[data-testid="scenario-text"]').inputValue()).toContain(
      '"workers": 0',
    );
    await page.locator('[data-testid="inspector-form"]').screenshot({
      path: `${SHOTS}/editor-field-error.png`,
    });

    await workers.fill("2");
    await workers.press("Enter");
    await expect.poll(() => page.locator('[data-testid="field-error"]').count()).toBe(0);
    expect(await page.locator('[data-testid="scenario-text"]').inputValue()).toContain(
      '"workers": 2',
    );

    // Renaming a component renames the references to it; it stays selected.
    const id = fieldBox(page, "components[1].id");
    await id.fill("api");
    await id.press("Enter");
    await expect.poll(() => card(page, "api").count()).toBe(1);
    await expect.poll(() => fieldBox(page, "components[1].id").inputValue()).toBe("api");
    const renamed = JSON.parse(await page.locator('[data-testid="scenario-text"]').inputValue());
    expect(renamed.components[0].target).toBe("api");

    // The component's JSON edits what the form has no box for; text that does not parse is kept.
    const rawBox = page.locator('[data-testid="inspector-form"] details.form-raw');
    await rawBox.locator("summary").click();
    await rawBox.locator("textarea").fill("{ not json");
    await rawBox.locator("button").click();
    await expect.poll(() => rawBox.locator(".form-error").textContent()).toMatch(/Not valid JSON/);
    expect(await rawBox.locator("textarea").inputValue()).toBe("{ not json");
    const breaker = { failureRate: 0.5, window: 10, openFor: 5 };
    const api = { ...renamed.components[1], calls: [{ target: "db-1", breaker }] };
    await rawBox.locator("textarea").fill(JSON.stringify(api));
    await rawBox.locator("button").click();
    await expect
      .poll(async () => {
        const now = JSON.parse(await page.locator('[data-testid="scenario-text"]').inputValue());
        return now.components[1].calls[0].breaker;
      })
      .toEqual(breaker);
    expect(
      await page.locator('[data-testid="inspector-form"] details.form-raw').getAttribute("open"),
    ).not.toBeNull();

    await setSpeed(page, "max");
    await expect.poll(() => read(page, "status"), { timeout: 60_000 }).toBe("finished");
    await expect.poll(() => read(page, "summary-state")).toMatch(/^final/);
    const throughput = Number.parseFloat(await summaryFigure(page, "throughput req/s"));
    // 10 requests a second, offered to 2 workers of 50 ms: all of them get through.
    expect(throughput).toBeGreaterThan(9);
    expect(throughput).toBeLessThan(11);
    await page.screenshot({ path: `${SHOTS}/editor-finished.png`, fullPage: true });

    // The share link carries the built scenario and its seed: a colleague sees the same run.
    await page.locator('[data-testid="share"]').click();
    const field = page.locator('[data-testid="share-link"]');
    await expect.poll(() => field.inputValue()).toContain("#s=1.");
    const link = await field.inputValue();
    const figures = await summaryText(page);
    const other = await openApp(pages.browser, link);
    try {
      await expect.poll(() => read(other.page, "scenario-name")).toBe("New scenario");
      await expect
        .poll(() => other.page.locator('[data-view="topology"] [data-component="api"]').count())
        .toBe(1);
      await setSpeed(other.page, "max");
      await expect.poll(() => read(other.page, "status"), { timeout: 60_000 }).toBe("finished");
      await expect.poll(() => summaryText(other.page)).toBe(figures);
      expect(other.problems).toEqual([]);
    } finally {
      await other.close();
    }
  });

  it("moves a card, removes a connection and a component, and undoes each", async () => {
    const { page } = await pages.open();
    await expect.poll(() => read(page, "status")).toBe("running");
    const text = () => page.locator('[data-testid="scenario-text"]').inputValue();
    const edge = (from: string, to: string) =>
      page.locator(`[data-view="topology"] .edge[data-from="${from}"][data-to="${to}"]`);

    // A card dragged (down, where it stays in sight) stays there; every card gets its place.
    const before = await centre(page, '[data-view="topology"] [data-component="db"] .node-body');
    await page.mouse.move(before.x, before.y);
    await page.mouse.down();
    await page.mouse.move(before.x - 30, before.y + 80, { steps: 4 });
    await page.mouse.move(before.x - 60, before.y + 160, { steps: 4 });
    await page.mouse.up();
    await expect.poll(async () => JSON.parse(await text()).components[3].position).toBeDefined();
    const doc = JSON.parse(await text());
    expect(doc.components.every((c: { position?: unknown }) => c.position !== undefined)).toBe(
      true,
    );
    const after = await centre(page, '[data-view="topology"] [data-component="db"] .node-body');
    expect(after.x - before.x).toBeCloseTo(-60, -1);
    expect(after.y - before.y).toBeCloseTo(160, -1);
    // A move does not restart the run.
    expect(await read(page, "status")).toBe("running");

    // Arrow keys nudge the selected card; three nudges are one undo step.
    const x = (await JSON.parse(await text()).components[1].position.x) as number;
    await card(page, "lb").click();
    for (let i = 0; i < 3; i++) await page.keyboard.press("ArrowRight");
    await expect.poll(async () => JSON.parse(await text()).components[1].position.x).toBe(x + 30);
    await page.keyboard.press("Control+z");
    await expect.poll(async () => JSON.parse(await text()).components[1].position.x).toBe(x);

    // A connection clicked and deleted; undo puts it back.
    await edge("app", "db").locator(".edge-hit").click({ force: true });
    await expect.poll(() => edge("app", "db").getAttribute("class")).toContain("edge--selected");
    await page.keyboard.press("Delete");
    await expect.poll(() => edge("app", "db").count()).toBe(0);
    expect(JSON.parse(await text()).components[2].calls).toEqual([]);
    await page.keyboard.press("Control+z");
    await expect.poll(() => edge("app", "db").count()).toBe(1);

    // A component deleted takes its references along: the client has no target left.
    await card(page, "lb").click();
    await page.locator('[data-testid="editor-delete"]').click();
    await expect.poll(() => card(page, "lb").count()).toBe(0);
    await expect.poll(() => read(page, "editor-status")).toMatch(/1 error/);
    expect(JSON.parse(await text()).components[0]).not.toHaveProperty("target");
    await page.screenshot({ path: `${SHOTS}/editor-deleted.png` });
    await page.locator('[data-testid="editor-undo"]').click();
    await expect.poll(() => card(page, "lb").count()).toBe(1);
    await expect.poll(() => read(page, "editor-status")).not.toMatch(/error/);
    await page.keyboard.press("Control+Shift+z");
    await expect.poll(() => card(page, "lb").count()).toBe(0);
    await page.keyboard.press("Control+z");
    await expect.poll(() => card(page, "lb").count()).toBe(1);

    // The format's rules hold: app calls db, so db calling app would make requests loop.
    const canvasAt = async () =>
      (await page.locator('[data-view="topology"] svg.topology-svg').boundingBox())!;
    const canvas0 = await canvasAt();
    await connectTry(page, "db", "app");
    await expect.poll(() => read(page, "notice-message")).toMatch(/db → app would close a cycle/);
    // The notice floats over the page: the canvas under the pointer stays where it was, and
    // stays there when the notice goes a few seconds later, perhaps in the middle of a drag.
    expect(await canvasAt()).toEqual(canvas0);

    // A palette item dragged onto the canvas lands where it is dropped, or beside the card it
    // was dropped on, on no card.
    const canvas = page.locator('[data-view="topology"] svg.topology-svg');
    const box = (await canvas.boundingBox())!;
    const drop = { x: 250, y: 120 };
    await page.locator('[data-testid="palette-cache"]').dragTo(canvas, { targetPosition: drop });
    await expect.poll(() => card(page, "cache-1").count()).toBe(1);
    const cache = await centre(
      page,
      '[data-view="topology"] [data-component="cache-1"] .node-body',
    );
    const cardBox = (await page
      .locator('[data-view="topology"] [data-component="cache-1"] .node-body')
      .boundingBox())!;
    expect(Math.hypot(cache.x - (box.x + drop.x), cache.y - (box.y + drop.y))).toBeLessThan(
      1.5 * cardBox.width,
    );
    expect(await overlappingCards(page)).toEqual([]);

    // With nothing selected, the inspector edits the scenario itself.
    await canvas.click({ position: { x: 20, y: 20 } });
    const duration = page.locator('[data-testid="scenario-form"] input[data-path="duration"]');
    await duration.fill("0");
    await duration.press("Enter");
    await expect
      .poll(() => page.locator('[data-testid="scenario-form"] [data-testid="field-error"]').count())
      .toBe(1);
    await page
      .locator('[data-view="inspector"]')
      .screenshot({ path: `${SHOTS}/editor-scenario.png` });
    await duration.fill("120");
    await duration.press("Enter");
    // The cache still lacks a backend: connecting it runs the scenario with its new duration.
    await connect(page, "cache-1", "db");
    await expect.poll(() => read(page, "sim-time")).toMatch(/\/ 120\.0 s$/);
  });
});
