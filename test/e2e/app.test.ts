import type { Locator } from "playwright-core";
import { describe, expect, it } from "vitest";
import { useAppPages } from "./app-pages";
import {
  chartReading,
  loadText,
  numberIn,
  type OpenOptions,
  read,
  setSpeed,
  simTime,
  summaryFigure,
  waitForSimTime,
} from "./browser";

const pages = useAppPages();

/**
 * The inspector's live figures and fault buttons that lie outside its box as the user first sees
 * it (scrolled to the top), by their text.
 */
function outsideTheBox(inspector: Locator): Promise<string[]> {
  return inspector.evaluate((box) => {
    const top = box.getBoundingClientRect().top + box.clientTop - box.scrollTop;
    const bottom = top + box.clientHeight;
    return [...box.querySelectorAll(".inspector-live, .inspector-buttons .button")]
      .filter((e) => {
        const r = e.getBoundingClientRect();
        return r.top < top || r.bottom > bottom;
      })
      .map((e) => e.textContent ?? "");
  });
}

const open = (options?: OpenOptions) => pages.open(options);

const HOSTILE_NAME = "<img src=x onerror=alert(1)>";

function tinyScenario(fields: Record<string, unknown>): string {
  return JSON.stringify(
    {
      version: 1,
      name: "Tiny",
      duration: 600,
      components: [
        {
          id: "users",
          type: "client",
          workload: { kind: "open", rate: 20 },
          target: "app",
        },
        { id: "app", type: "server", workers: 2, service: { dist: "exp", mean: 0.02 } },
      ],
      ...fields,
    },
    null,
    2,
  );
}

describe("the app in a browser", () => {
  it("opens on the default scenario and runs it at once", async () => {
    const { page } = await open();
    await expect.poll(() => read(page, "scenario-name")).toBe("Small web architecture");
    await expect.poll(() => read(page, "status")).toBe("running");
    const t0 = await simTime(page);
    // Polled rather than read after a fixed wait: another browser test may share the cores.
    await expect.poll(() => simTime(page), { timeout: 15_000 }).toBeGreaterThan(t0);
    expect(numberIn(await read(page, "events"))).toBeGreaterThan(0);
    await expect
      .poll(() => page.locator('[data-view="topology"] [data-component]').count())
      .toBeGreaterThanOrEqual(4);
  });

  it("moves the charts and the summary while the run goes", async () => {
    const { page } = await open();
    await setSpeed(page, "10");
    // The summary starts after the 5 s warm-up; the 90 s run is still going at 45 s.
    await waitForSimTime(page, 45);
    const charts = await chartReading(page);
    const throughput = await summaryFigure(page, "throughput req/s");
    const time = await simTime(page);
    expect(charts.length).toBeGreaterThan(100);
    await expect.poll(() => chartReading(page), { timeout: 10_000 }).not.toBe(charts);
    await expect.poll(() => simTime(page)).toBeGreaterThan(time);
    await expect
      .poll(() => summaryFigure(page, "throughput req/s"), { timeout: 10_000 })
      .not.toBe(throughput);
  });

  it("runs a preset chosen in the picker", async () => {
    const { page } = await open();
    await waitForSimTime(page, 1);
    await page.locator('[data-testid="preset-picker"]').selectOption("retry-storm");
    await expect
      .poll(() => read(page, "scenario-name"))
      .toBe("A retry storm, and backoff with jitter");
    await expect.poll(() => read(page, "sim-time")).toMatch(/\/ 240\.0 s$/);
    await expect.poll(() => read(page, "status")).toBe("running");
    await expect
      .poll(() => page.locator('[data-view="topology"] [data-component="app-2"]').count())
      .toBe(1);
    await setSpeed(page, "max");
    await expect.poll(() => read(page, "status"), { timeout: 30_000 }).toBe("finished");
    await expect.poll(() => read(page, "summary-state")).toMatch(/^final/);
    // Retries without backoff keep the system overloaded: the summary counts the failures.
    expect(await summaryFigure(page, "failed")).not.toBe("0");
  });

  // 33 whole runs: 52 s alone, 92 s beside three other files on a loaded machine.
  it("runs every preset to its end without an error", { timeout: 300_000 }, async () => {
    const { page } = await open();
    const picker = page.locator('[data-testid="preset-picker"]');
    const presets = await picker
      .locator("option")
      .evaluateAll((options) =>
        options
          .map((o) => ({ id: (o as HTMLOptionElement).value, name: o.textContent ?? "" }))
          .filter((o) => o.id !== ""),
      );
    const ids = presets.map((p) => p.id);
    expect(ids.length).toBeGreaterThanOrEqual(4);
    await setSpeed(page, "max");
    for (const id of ids) {
      await picker.selectOption(id);
      // Wait for this preset to be the one shown, so the status read next is its own run's.
      const name = presets.find((p) => p.id === id)!.name;
      await expect.poll(() => read(page, "scenario-name"), { message: id }).toBe(name);
      await expect
        .poll(() => read(page, "status"), { timeout: 60_000, message: id })
        .toBe("finished");
      expect(await page.locator('[data-testid="error-message"]').isVisible(), id).toBe(false);
      expect(await page.locator('[data-testid="issues-message"]').isVisible(), id).toBe(false);
      await expect.poll(() => read(page, "summary-state"), { message: id }).toMatch(/^final/);
    }
  });

  it("lets the user kill a server from the inspector, and failures rise", async () => {
    const { page } = await open();
    await page.locator('[data-testid="preset-picker"]').selectOption("one-server-saturating");
    await setSpeed(page, "10");
    await waitForSimTime(page, 20);
    await expect.poll(() => summaryFigure(page, "failed")).toBe("0");
    await page.locator('[data-view="topology"] [data-component="app"]').first().click();
    const crash = page.locator('[data-view="inspector"] [data-action="crash"]').first();
    await crash.waitFor({ timeout: 10_000 });
    await crash.click();
    await expect
      .poll(async () => numberIn(await summaryFigure(page, "failed")), {
        timeout: 20_000,
      })
      .toBeGreaterThan(0);
  });

  it("applies Slow ×5 once however often it is clicked while in force, its button counting down", async () => {
    const { page } = await open({ viewport: { width: 1280, height: 720 } });
    await waitForSimTime(page, 1);
    await page.locator('[data-view="topology"] [data-component="app"]').first().click();
    const inspector = page.locator('[data-view="inspector"]');
    const slow = inspector.locator('[data-action="slow"]');
    await slow.waitFor();
    expect(await inspector.locator(".inspector-live, .inspector-buttons .button").count()).toBe(5);
    // The live figures and every fault button show in the inspector's box without scrolling,
    // at 1280×720 and at 1440×900.
    await expect.poll(() => outsideTheBox(inspector)).toEqual([]);
    await page.setViewportSize({ width: 1440, height: 900 });
    await expect.poll(() => outsideTheBox(inspector)).toEqual([]);
    await page.setViewportSize({ width: 1280, height: 720 });
    await expect.poll(() => outsideTheBox(inspector)).toEqual([]);

    await slow.click();
    await expect.poll(() => slow.getAttribute("aria-pressed")).toBe("true");
    await slow.click();
    await expect
      .poll(() => inspector.locator(".inspector-status").textContent())
      .toMatch(/^Slow ×5 for 30 s: already in force, \d+\ss left\./);
    expect(await slow.textContent()).toMatch(/^Slowed ×5: \d+\ss left$/);
    await page.screenshot({ path: "test-results/screenshots/inspector-slow-in-force-1280.png" });
    // The engine got one slowdown of ×5, not two (×25): each time chart marks exactly one. (The
    // latency histogram, beside them, marks its p50 and p99 once the 5 s warm-up is over.)
    const slowdowns = () =>
      page.$$eval('[data-view="charts"] .chart-stack .chart-markers', (groups) =>
        groups
          .map((g) => [...g.querySelectorAll("text")].map((t) => t.textContent ?? ""))
          .filter((labels) => labels.length > 0),
      );
    await expect.poll(slowdowns).not.toEqual([]);
    for (const labels of await slowdowns())
      expect(labels).toEqual([expect.stringMatching(/ ×5 slower$/)]);

    // Its 30 simulated seconds over, the button offers it again.
    await setSpeed(page, "10");
    await expect.poll(() => slow.textContent(), { timeout: 20_000 }).toBe("Slow ×5 for 30 s");
    expect(await slow.getAttribute("aria-pressed")).toBe("false");
    for (const labels of await slowdowns())
      expect(labels).toEqual([expect.stringMatching(/ ×5 slower$/)]);
  });

  it("shows a hostile scenario name as text, and no script runs", async () => {
    const { page, dialogs } = await open();
    const text = tinyScenario({
      name: HOSTILE_NAME,
      description: "<script>alert(2)</script><b onmouseover=alert(3)>bold</b>",
      lesson: {
        goal: "<img src=y onerror=alert(4)>",
        try: ["<svg onload=alert(5)>"],
        question: "?",
      },
    });
    await loadText(page, text);
    await expect.poll(() => read(page, "scenario-name")).toBe(HOSTILE_NAME);
    await expect.poll(() => page.title()).toContain(HOSTILE_NAME);
    expect(await read(page, "scenario-description")).toContain("<script>alert(2)</script>");
    await page.waitForTimeout(1500);
    expect(await page.locator("img, script:not([src]), b, body svg[onload]").count()).toBe(0);
    expect(dialogs).toEqual([]);
  });

  it("lists an invalid scenario's errors with their paths and keeps its text", async () => {
    const { page } = await open();
    await waitForSimTime(page, 1);
    const invalid = tinyScenario({}).replace('"workers": 2', '"workers": 0');
    await loadText(page, invalid);
    const issues = page.locator('[data-testid="issues-message"]');
    await issues.waitFor();
    expect(await issues.textContent()).toContain("components[1].workers");
    expect(await page.locator('[data-testid="scenario-text"]').inputValue()).toBe(invalid);
    // The previous run goes on.
    expect(await read(page, "scenario-name")).toBe("Small web architecture");

    // Picking the issue selects the value it names.
    await issues.locator("button", { hasText: "components[1].workers" }).click();
    const selected = await page
      .locator('[data-testid="scenario-text"]')
      .evaluate((t: HTMLTextAreaElement) => t.value.slice(t.selectionStart, t.selectionEnd));
    expect(selected).toBe("0");

    // A reload opens on the same text and says again what is wrong with it.
    await page.reload();
    await page.locator('[data-testid="issues-message"]').waitFor();
    expect(await page.locator('[data-testid="scenario-text"]').inputValue()).toBe(invalid);

    // Broken JSON is reported too, and its text kept.
    const broken = invalid.replace('"version": 1,', '"version": 1,,');
    await loadText(page, broken);
    await expect.poll(() => issues.textContent()).toContain("not valid JSON");
    expect(await page.locator('[data-testid="scenario-text"]').inputValue()).toBe(broken);
  });

  it("plays the running scenario on, figures and all, when the one loaded mid-run is invalid", async () => {
    const { page } = await open();
    const box = page.locator('[data-testid="scenario-text"]');
    const running = await box.inputValue();
    const topology = page.locator('[data-view="topology"]');
    const app = topology.locator('[data-component="app"]');
    const attempts = [
      running.replace('"workers": 8', '"workers": 0'),
      running.replace('"rate": 150,', '"rate": -150,'),
      running.replace('"seed": "1",', '"seed": "1"'),
    ];
    // The first as soon as the page shows (often before the first probe row), the others later.
    for (const invalid of attempts) {
      expect(invalid).not.toBe(running);
      await loadText(page, invalid);
      await page.locator('[data-testid="issues-message"]').waitFor();
      const loadedAt = await simTime(page);
      await expect.poll(() => simTime(page), { timeout: 15_000 }).toBeGreaterThan(loadedAt + 1.5);
      expect(await read(page, "status")).toBe("running");
      expect(await read(page, "play")).toContain("Pause");
      expect(await read(page, "scenario-name")).toBe("Small web architecture");
      await expect.poll(() => app.textContent()).toMatch(/\d+% busy/);
      expect(await topology.textContent()).not.toContain("NaN");
      expect(await box.inputValue()).toBe(invalid);
    }
  });

  it("shows a refused Load's errors just above its text, the caret at a syntax error", async () => {
    const { page } = await open({ viewport: { width: 1280, height: 720 } });
    const box = page.locator('[data-testid="scenario-text"]');
    const errors = page.locator('[data-testid="editor-errors"]');
    const running = await box.inputValue();
    expect(await errors.isHidden()).toBe(true);
    /** Whether the errors and the caret's line are on screen, the line inside the box too. */
    const inSight = () =>
      page.evaluate(() => {
        const list = document
          .querySelector('[data-testid="editor-errors"]')!
          .getBoundingClientRect();
        const t = document.querySelector<HTMLTextAreaElement>('[data-testid="scenario-text"]')!;
        const lineHeight = Number.parseFloat(getComputedStyle(t).lineHeight);
        const line = t.value.slice(0, t.selectionStart).split("\n").length - 1;
        const inBox = line * lineHeight - t.scrollTop;
        const onScreen = t.getBoundingClientRect().top + t.clientTop + inBox;
        return {
          errors: list.top >= 0 && list.bottom <= innerHeight,
          line: inBox >= 0 && inBox + lineHeight <= t.clientHeight,
          lineOnScreen: onScreen >= 0 && onScreen + lineHeight <= innerHeight,
        };
      });
    const caret = () =>
      box.evaluate((t: HTMLTextAreaElement) => ({
        focused: document.activeElement === t,
        selected: t.value.slice(t.selectionStart, t.selectionEnd),
        at: t.selectionStart,
      }));
    const everyway = { errors: true, line: true, lineOnScreen: true };

    // A comma missing near the end of the text: the caret goes where it belongs.
    const broken = running.replace('"figure": "p99",', '"figure": "p99"');
    expect(broken).not.toBe(running);
    await loadText(page, broken);
    await expect.poll(() => errors.textContent()).toContain("not valid JSON");
    const missing = broken.indexOf('"choices"');
    await expect.poll(caret).toEqual({ focused: true, selected: "", at: missing });
    expect(await inSight()).toEqual(everyway);
    expect(await read(page, "editor-state")).toBe("not loaded: see the errors above");
    await page.screenshot({ path: "test-results/screenshots/editor-errors-syntax-1280.png" });

    // A value the validator refuses is selected; from the top of the page too.
    const invalid = running.replace('"workers": 8', '"workers": 0');
    await box.fill(invalid);
    await page.evaluate(() => scrollTo(0, 0));
    await page.keyboard.press("Control+Enter");
    await expect.poll(() => errors.textContent()).toContain("components[2].workers");
    await expect
      .poll(caret)
      .toEqual({ focused: true, selected: "0", at: invalid.indexOf('"workers": 0') + 11 });
    expect(await inSight()).toEqual(everyway);
    await page.screenshot({ path: "test-results/screenshots/editor-errors-value-1280.png" });
  });

  it("pauses and plays with the space bar and steps with '.'", async () => {
    const { page } = await open();
    await waitForSimTime(page, 1);
    await page.locator("body").click({ position: { x: 5, y: 5 } });
    await page.keyboard.press(" ");
    await expect.poll(() => read(page, "status")).toBe("paused");
    const paused = await simTime(page);
    await page.waitForTimeout(500);
    expect(await simTime(page)).toBe(paused);
    await page.keyboard.press(".");
    await expect.poll(() => simTime(page)).toBeGreaterThan(paused);
    await page.keyboard.press(" ");
    await expect.poll(() => read(page, "status")).toBe("running");
  });

  it("restarts with the same seed and with a new one", async () => {
    const { page } = await open();
    await setSpeed(page, "10");
    await waitForSimTime(page, 20);
    await page.locator('[data-testid="restart"]').click();
    await expect.poll(() => simTime(page)).toBeLessThan(20);
    expect(await read(page, "seed")).toBe("1");
    await page.locator('[data-testid="seed-input"]').fill("42");
    await page.locator('[data-testid="reseed"]').click();
    await expect.poll(() => read(page, "seed")).toBe("42");
    await expect.poll(() => read(page, "status")).toBe("running");
  });

  it("follows the system's colour scheme and remembers the user's choice", async () => {
    const { page } = await open({ colorScheme: "dark" });
    expect(await page.locator("html").getAttribute("data-theme")).toBe("dark");
    await page.locator('[data-testid="theme-toggle"]').click();
    await page.locator('[data-testid="large-type-toggle"]').click();
    expect(await page.locator("html").getAttribute("data-theme")).toBe("light");
    await page.reload();
    await page.waitForSelector('[data-testid="scenario-name"]');
    expect(await page.locator("html").getAttribute("data-theme")).toBe("light");
    expect(await page.locator("html").getAttribute("data-large-type")).toBe("");
  });
});

describe("the app when its simulation worker crashes", () => {
  it("says so in the page and keeps the scenario, which a reload runs again", async () => {
    const context = await pages.browser.newContext();
    try {
      // The built worker, wrapped so that it throws two seconds after starting.
      await context.route(/\/assets\/sim\.worker-[^/?]*\.js$/, (route) =>
        route.fulfill({
          contentType: "text/javascript",
          body: `import ${JSON.stringify(`${route.request().url()}?real`)};
            setTimeout(() => { throw new Error("simulated worker crash"); }, 2000);`,
        }),
      );
      const page = await context.newPage();
      const exceptions: string[] = [];
      page.on("pageerror", (e) => exceptions.push(e.message));
      await page.goto(pages.baseUrl);
      const banner = page.locator('[data-testid="error-message"]');
      await banner.waitFor({ timeout: 15_000 });
      expect(await banner.textContent()).toContain("simulated worker crash");
      await expect.poll(() => read(page, "status")).toBe("stopped");
      expect(await page.locator('[data-testid="play"]').isDisabled()).toBe(true);
      expect(await page.locator('[data-testid="scenario-text"]').inputValue()).toContain(
        '"en": "Small web architecture"',
      );
      // The crash itself is the only exception: the page goes on.
      expect(exceptions).toEqual(["simulated worker crash"]);

      await context.unrouteAll();
      await page.locator('[data-testid="reload"]').click();
      await page.waitForSelector('[data-testid="status"]:text("running")');
      expect(await page.locator('[data-testid="error-message"]').isVisible()).toBe(false);
    } finally {
      await context.close();
    }
  });
});
