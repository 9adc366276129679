/**
 * The workshop in Chromium: the gallery of lessons, a lesson opened in presenter mode, a
 * prediction made, its change applied and the answer revealed with the figure before and after
 * (from whole runs, the headless check's numbers), a live what-if marked on the charts, and
 * presenter mode left as it was found.
 * Screenshots of the gallery and of presenter mode, light and dark, English and Chinese, go to
 * test-results/screenshots/.
 */
import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from "vitest";
import { parseScenarioText } from "../../src/scenario/parse";
import { runTasks } from "../../src/sim/batch/task";
import { changedText } from "../../src/ui/workshop/change";
import { formatFigure } from "../../src/ui/workshop/figures";
import { revealFigures, revealRuns } from "../../src/ui/workshop/reveal-runs";
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
 * inside the window), and whether its name is drawn at 12 px or more on screen: presenting, the
 * whole drawing is fitted beside the lesson, at the size that lets it fit.
 */
function cardsOnScreen(page: Page) {
  return page.evaluate(() => {
    const frame = document.querySelector(".topology-svg")!.getBoundingClientRect();
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
      return { id: node.dataset.component, inside, readable: namePx >= 12 - 1e-3 };
    });
  });
}

/**
 * What the reveal of a preset's prediction must show, worked out in Node as the headless check
 * of every lesson does (test/models/predictions.test.ts): the preset and the preset with its
 * predicted change, each run whole on its own seed.
 */
function headlessReveal(id: string): { figures: string; before: number; after: number } {
  const text = readFileSync(join(import.meta.dirname, "../../models", `${id}.json`), "utf8");
  const parsed = parseScenarioText(text);
  const prediction = parsed.ok ? parsed.scenario.lesson?.question.prediction : undefined;
  if (!parsed.ok || prediction === undefined) throw new Error(`${id} predicts nothing`);
  const change = parsed.scenario.lesson!.try[prediction.try].change;
  const edited = change !== undefined && "set" in change ? changedText(text, change.set) : null;
  const runs = edited?.ok ? revealRuns(text, edited.text) : null;
  if (!runs?.ok) throw new Error(`${id}'s predicted change does not run`);
  const { before, after } = revealFigures(prediction.figure, runTasks(runs.tasks));
  const format = (value: number) => formatFigure(prediction.figure, value, "en");
  return {
    figures: `before ${format(before.value)} → after ${format(after.value)}`,
    before: before.value,
    after: after.value,
  };
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
    // For the room: the whole topology in its frame, every name readable.
    await expect
      .poll(() => cardsOnScreen(page), POLL)
      .toEqual(["users", "lb", "app"].map((id) => ({ id, inside: true, readable: true })));

    // At full speed the run of the change soon ends, and its end reveals the answer.
    await setSpeed(page, "max");
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
    // The command line gives mean 83 ms with two replicas and 27 ms with three (seed 1).
    const expected = headlessReveal("horizontal-scaling");
    expect(await read(page, "reveal-figures")).toBe(expected.figures);
    expect(expected.after / expected.before).toBeGreaterThan(0.25);
    expect(expected.after / expected.before).toBeLessThan(0.45);
    expect(await read(page, "reveal-runs")).toBe(
      "Both figures are from whole runs of 120 s on seed 1: the scenario as it was, and with the change.",
    );
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

  it("applies a live what-if with a marker, reveals at 2 s with whole runs' figures, and speaks Chinese", async () => {
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

    // A room short of time applies and reveals early, long before the warm-up (10 s) of either
    // run is over: the figures are still the two whole runs', as the headless check has them.
    expect(await simTime(page)).toBeLessThan(6);
    await panel.locator('[data-testid="choice-1"]').click();
    await panel.locator('[data-testid="apply-and-reveal"]').click();
    await panel.locator('[data-testid="reveal-now"]').click();
    // The edit started a new run: the live what-if of the old one is there to apply again.
    expect(await panel.locator('[data-testid="try-2"]').textContent()).toBe("Apply");
    const reveal = panel.locator('[data-testid="reveal"]');
    await reveal.waitFor({ timeout: 60_000 });
    expect(await reveal.locator(".lesson-answer").textContent()).toBe(
      "Answer: falls more than fivefold",
    );
    expect(await reveal.locator(".lesson-verdict").textContent()).toBe("The room was right.");
    // 2.85 s → 448 ms: the p99 falls more than fivefold, as the answer says.
    const expected = headlessReveal("one-server-saturating");
    expect(expected.after).toBeLessThan(expected.before / 5);
    expect(await read(page, "reveal-figures")).toBe(expected.figures);
    expect(await read(page, "reveal-runs")).toBe(
      "Both figures are from whole runs of 300 s on seed 1: the scenario as it was, and with the change.",
    );
    // The live run of the change goes on for the room to watch, well short of its end.
    expect(await simTime(page)).toBeLessThan(300);
    await panel.screenshot({ path: `${SHOTS}/workshop-presenter-reveal-early-light.png` });

    await page.locator('[data-testid="language"]').selectOption("zh-CN");
    await expect
      .poll(() => panel.locator(".lesson-name").textContent(), POLL)
      .toBe("单台服务器饱和");
    expect(await panel.locator(".lesson-goal").textContent()).toContain("延迟与负载不是线性关系");
    expect(await read(page, "reveal-runs")).toBe(
      "两个数字都来自完整运行（300 秒，种子 1）：改动前的场景与改动后的场景。",
    );
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
      .toEqual(["users", "lb", "app"].map((id) => ({ id, inside: true, readable: true })));
    await shot(page, "workshop-presenter-1280-large");

    await page.keyboard.press("p");
    await expect.poll(() => presenting(page), POLL).toBe(false);
    expect(
      await page.evaluate(() => document.documentElement.hasAttribute("data-large-type")),
    ).toBe(true);
  });
});
