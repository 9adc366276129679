/**
 * The workshop in Chromium: the gallery of lessons, a lesson opened in presenter mode, a
 * prediction made, its change applied and the answer revealed with the figures measured before
 * and after, a live what-if marked on the charts, and presenter mode left as it was found.
 * Screenshots of the gallery and of presenter mode, light and dark, English and Chinese, go to
 * test-results/screenshots/.
 */
import { mkdirSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from "vitest";
import { type AppPage, launchBrowser, openApp, read, setSpeed, simTime } from "./browser";

const baseUrl = inject("baseUrl");
const SHOTS = "test-results/screenshots";
/** The page is slower when the machine is shared: wait for what it must do, within reason. */
const POLL = { timeout: 20_000 };
let browser: Browser;
let app: AppPage | undefined;

beforeAll(async () => {
  browser = await launchBrowser();
  mkdirSync(SHOTS, { recursive: true });
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

const presenting = (page: Page) =>
  page.evaluate(() => document.documentElement.hasAttribute("data-presenting"));

/** A screenshot of the page's top, where a projector's audience looks. */
async function shot(page: Page, name: string): Promise<void> {
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: `${SHOTS}/${name}.png` });
}

/**
 * Each topology card: whether its box lies wholly inside the drawing's frame (and the frame
 * inside the window), and how large its name is on screen against the page's body text.
 */
function cardsOnScreen(page: Page) {
  return page.evaluate(() => {
    const frame = document.querySelector(".topology-svg")!.getBoundingClientRect();
    const body = Number.parseFloat(getComputedStyle(document.body).fontSize);
    const framed = frame.left >= 0 && frame.right <= document.documentElement.clientWidth;
    return [...document.querySelectorAll<SVGGElement>(".topology .node")].map((node) => {
      const card = node.querySelector(".node-body")!.getBoundingClientRect();
      const name = node.querySelector<SVGTextElement>(".node-name")!;
      const namePx = Number.parseFloat(getComputedStyle(name).fontSize) * name.getScreenCTM()!.a;
      const inside =
        framed &&
        card.left >= frame.left - 0.5 &&
        card.right <= frame.right + 0.5 &&
        card.top >= frame.top - 0.5 &&
        card.bottom <= frame.bottom + 0.5;
      return { id: node.dataset.component, inside, large: namePx >= body - 0.01 };
    });
  });
}

async function finished(page: Page): Promise<void> {
  await expect.poll(() => read(page, "status"), { timeout: 60_000 }).toBe("finished");
}

describe("workshop", () => {
  it("opens a lesson from the gallery in presenter mode, predicts, applies and reveals", async () => {
    app = await openApp(browser, baseUrl);
    const { page } = app;

    await page.locator('[data-testid="gallery-toggle"]').click();
    const gallery = page.locator('[data-testid="gallery"]');
    await expect.poll(() => gallery.isVisible(), POLL).toBe(true);
    expect(await gallery.locator(".gallery-card").count()).toBeGreaterThanOrEqual(12);
    const card = gallery.locator('[data-lesson="horizontal-scaling"]');
    expect(await card.locator(".gallery-card-name").textContent()).toBe(
      "Horizontal scaling behind a balancer",
    );
    await shot(page, "workshop-gallery-light");

    await card.locator('[data-testid="gallery-present"]').click();
    await expect.poll(() => gallery.isVisible(), POLL).toBe(false);
    await expect.poll(() => presenting(page), POLL).toBe(true);
    const panel = page.locator('[data-testid="lesson-panel"]');
    await expect
      .poll(() => panel.locator(".lesson-name").textContent(), POLL)
      .toBe("Horizontal scaling behind a balancer");
    expect(await page.locator('[data-view="summary"]').isVisible()).toBe(false);
    expect(await page.locator('[data-view="topology"]').isVisible()).toBe(true);
    // For the room: the whole topology in its frame, every name at least body-text size.
    await expect
      .poll(() => cardsOnScreen(page), POLL)
      .toEqual(["users", "lb", "app"].map((id) => ({ id, inside: true, large: true })));

    // The baseline runs to its end, so the "before" is the whole run's figure.
    await setSpeed(page, "max");
    await finished(page);
    const tryButton = panel.locator('[data-testid="try-0"]');
    expect(await tryButton.isDisabled()).toBe(true);
    expect(await panel.locator('[data-testid="apply-and-reveal"]').isDisabled()).toBe(true);

    await panel.locator('[data-testid="choice-1"]').click();
    expect(await read(page, "predicted")).toBe("The room predicts: falls by about two thirds");
    await shot(page, "workshop-presenter-predict-light");
    await panel.locator('[data-testid="apply-and-reveal"]').click();

    const reveal = panel.locator('[data-testid="reveal"]');
    await reveal.waitFor({ timeout: 60_000 });
    expect(await reveal.locator(".lesson-answer").textContent()).toBe(
      "Answer: falls by about two thirds",
    );
    expect(await reveal.locator(".lesson-verdict").textContent()).toBe("The room was right.");
    const figures = (await read(page, "reveal-figures")).replace(/,/g, "");
    const match = /before ([\d.]+) ms → after ([\d.]+) ms/.exec(figures);
    expect(match, figures).not.toBeNull();
    const [before, after] = [Number(match![1]), Number(match![2])];
    // The command line gives mean 83 ms with two replicas and 27 ms with three (seed 1).
    expect(before).toBeGreaterThan(75);
    expect(after).toBeLessThan(35);
    // The scenario now runs three replicas, and its text says so.
    expect(await page.locator('[data-testid="scenario-text"]').inputValue()).toContain(
      '"replicas": 3',
    );
    expect(await tryButton.textContent()).toBe("Applied");
    await shot(page, "workshop-presenter-reveal-light");

    await page.locator('[data-testid="theme-toggle"]').click();
    await shot(page, "workshop-presenter-reveal-dark");
    await page.locator('[data-testid="gallery-toggle"]').click();
    await shot(page, "workshop-gallery-dark");
    await page.locator('[data-testid="gallery-close"]').click();

    // Leaving presenter mode by its key gives the page back as it was.
    await page.keyboard.press("p");
    await expect.poll(() => presenting(page), POLL).toBe(false);
    expect(await panel.isVisible()).toBe(false);
    expect(await page.locator('[data-view="summary"]').isVisible()).toBe(true);
    // Presenter mode's large type was for the room: the user's normal type is back, and kept.
    expect(
      await page.evaluate(() => document.documentElement.hasAttribute("data-large-type")),
    ).toBe(false);
    expect(await page.evaluate(() => localStorage.getItem("archsim.largeType"))).not.toBe("true");
  });

  it("applies a live what-if with a marker, and speaks Chinese", async () => {
    app = await openApp(browser, baseUrl);
    const { page } = app;
    await page.locator('[data-testid="gallery-toggle"]').click();
    await page
      .locator('[data-lesson="one-server-saturating"] [data-testid="gallery-present"]')
      .click();
    const panel = page.locator('[data-testid="lesson-panel"]');
    await expect
      .poll(() => panel.locator(".lesson-name").textContent(), POLL)
      .toBe("One server saturating");
    await expect
      .poll(async () => Number.parseFloat(await read(page, "sim-time")), POLL)
      .toBeGreaterThan(1);

    await panel.locator('[data-testid="try-2"]').click();
    await expect
      .poll(() => panel.locator('[data-testid="try-2"]').textContent(), POLL)
      .toBe("Applied");
    const markers = page.locator('[data-view="charts"] .chart-marker');
    await expect.poll(() => markers.count(), POLL).toBeGreaterThan(0);

    // A room short of time reveals on the new run so far, and is told it is partial. The
    // figures cover the time after the 10 s warm-up and come about once a wall-clock second, so
    // both runs go 15 s (1.5 s at ×10) past it first.
    await setSpeed(page, "10");
    await expect.poll(() => simTime(page), POLL).toBeGreaterThan(25);
    await panel.locator('[data-testid="choice-1"]').click();
    await panel.locator('[data-testid="apply-and-reveal"]').click();
    await panel.locator('[data-testid="reveal-now"]').waitFor(POLL);
    // The edit started a new run: the live what-if of the old one is there to apply again.
    expect(await panel.locator('[data-testid="try-2"]').textContent()).toBe("Apply");
    // The old run's clock shows until the new one starts: wait for it to go back, then on.
    await expect.poll(() => simTime(page), POLL).toBeLessThan(25);
    await expect.poll(() => simTime(page), POLL).toBeGreaterThan(25);
    await panel.locator('[data-testid="reveal-now"]').click();
    await panel.locator('[data-testid="reveal"]').waitFor(POLL);
    expect(await read(page, "reveal-figures")).toMatch(
      /^before [\d.,]+ (ms|s) \(first \d+ s\) → after [\d.,]+ (ms|s) \(first \d+ s\)$/,
    );

    await page.locator('[data-testid="language"]').selectOption("zh-CN");
    await expect
      .poll(() => panel.locator(".lesson-name").textContent(), POLL)
      .toBe("单台服务器饱和");
    expect(await panel.locator(".lesson-goal").textContent()).toContain("延迟与负载不是线性关系");
    await shot(page, "workshop-presenter-zh-light");
    await page.locator('[data-testid="theme-toggle"]').click();
    await shot(page, "workshop-presenter-zh-dark");

    await panel.locator('[data-testid="presenter-exit"]').click();
    await expect.poll(() => presenting(page), POLL).toBe(false);
  });

  it("shows the whole topology on a 1280x720 projector, and keeps the user's large type", async () => {
    app = await openApp(browser, baseUrl, {
      viewport: { width: 1280, height: 720 },
      storage: { "archsim.largeType": "true" },
    });
    const { page } = app;
    await page.locator('[data-testid="gallery-toggle"]').click();
    await page
      .locator('[data-lesson="horizontal-scaling"] [data-testid="gallery-present"]')
      .click();
    await expect.poll(() => presenting(page), POLL).toBe(true);
    await expect
      .poll(() => cardsOnScreen(page), POLL)
      .toEqual(["users", "lb", "app"].map((id) => ({ id, inside: true, large: true })));
    await shot(page, "workshop-presenter-1280-large");

    await page.keyboard.press("p");
    await expect.poll(() => presenting(page), POLL).toBe(false);
    expect(
      await page.evaluate(() => document.documentElement.hasAttribute("data-large-type")),
    ).toBe(true);
  });
});
