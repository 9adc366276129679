import type { Browser, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from "vitest";
import { type AppPage, launchBrowser, openApp, read, setSpeed, summaryFigure } from "./browser";

const baseUrl = inject("baseUrl");
const SHOTS = "test-results/screenshots";
let browser: Browser;
let app: AppPage | undefined;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

afterEach(async () => {
  const problems = app?.problems ?? [];
  await app?.close();
  app = undefined;
  expect(problems).toEqual([]);
});

const card = (page: Page, id: string) =>
  page.locator(`[data-view="topology"] [data-component="${id}"]`);

/** The middle of an element on the screen. */
async function centre(page: Page, selector: string): Promise<{ x: number; y: number }> {
  const box = await page.locator(selector).first().boundingBox();
  if (box === null) throw new Error(`${selector} is not on the screen`);
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** Drags from one card's connect handle onto another card, as a user would. */
async function connect(page: Page, from: string, to: string): Promise<void> {
  await card(page, from).hover();
  const start = await centre(
    page,
    `[data-view="topology"] [data-component="${from}"] .node-handle`,
  );
  const end = await centre(page, `[data-view="topology"] [data-component="${to}"] .node-body`);
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  await page.mouse.move((start.x + end.x) / 2, (start.y + end.y) / 2, { steps: 5 });
  await page.mouse.move(end.x, end.y, { steps: 5 });
  await page.mouse.up();
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
    app = await openApp(browser, baseUrl);
    const { page } = app;
    await expect.poll(() => read(page, "status")).toBe("running");

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

    await setSpeed(page, "max");
    await expect.poll(() => read(page, "status"), { timeout: 60_000 }).toBe("finished");
    await expect.poll(() => read(page, "summary-state")).toMatch(/^final/);
    const throughput = Number.parseFloat(await summaryFigure(page, "throughput req/s"));
    // 10 requests a second, offered to 2 workers of 50 ms: all of them get through.
    expect(throughput).toBeGreaterThan(9);
    expect(throughput).toBeLessThan(11);
    await page.screenshot({ path: `${SHOTS}/editor-finished.png`, fullPage: true });
  });
});
