/**
 * Hostile links and runs that would never end, in one page: each link is refused or stopped
 * with a clear message while the tab keeps answering within a second; a long run shows its time
 * left and can be stopped; and after a run that froze the tab the next load offers to open the
 * scenario paused or discard it, by keyboard, without running it.
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { encodeShareLink } from "../../src/scenario/share-link";
import { type AppPage, launchBrowser, openApp, read } from "./browser";

const baseUrl = inject("baseUrl");
const SHOTS = "test-results/screenshots/hostile";
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

type Doc = Record<string, unknown>;

function scenario(server: Doc = {}, client: Doc = {}, rest: Doc = {}): Doc {
  return {
    version: 1,
    name: "hostile",
    duration: 30,
    components: [
      {
        id: "users",
        type: "client",
        workload: { kind: "open", rate: 20 },
        target: "web",
        ...client,
      },
      { id: "web", type: "server", service: { dist: "exp", mean: 0.05 }, ...server },
    ],
    ...rest,
  };
}

let deep: unknown = 1;
for (let i = 0; i < 200; i++) deep = [deep];

/** Milliseconds the page takes to answer a call, which a frozen main thread never does. */
async function answersWithin(page: Page): Promise<number> {
  const started = Date.now();
  await page.evaluate(() => document.title);
  return Date.now() - started;
}

async function go(page: Page, doc: Doc): Promise<void> {
  await page.evaluate(
    (hash) => {
      location.hash = hash;
    },
    encodeShareLink({ scenario: doc }),
  );
}

describe("hostile links and endless runs", { timeout: 180_000 }, () => {
  it("are refused or stopped with a clear message while the tab answers within a second", async () => {
    const app: AppPage = await openApp(browser, baseUrl, {
      viewport: { width: 1280, height: 720 },
    });
    const { page } = app;
    const refused: [Doc, RegExp][] = [
      [scenario({ workers: 1e15 }), /workers: must be at most 1000000000/],
      [scenario({ queue: 4e9 }), /queue: must be at most 1000000000/],
      [scenario({ label: "x".repeat(100_000) }), /label: is longer than 1000 characters/],
      [scenario({}, {}, { extra: deep }), /nested more than 64 levels deep/],
    ];
    for (const [doc, reason] of refused) {
      await go(page, doc);
      expect(await answersWithin(page)).toBeLessThan(1000);
      await expect.poll(() => read(page, "link-problem")).toMatch(reason);
      expect(await answersWithin(page)).toBeLessThan(1000);
    }

    // No backoff and a multiplier whose power overflows, 1e15 retries against a full server.
    const loop = scenario(
      { workers: 1, queue: 0, service: { dist: "const", value: 10 } },
      {
        workload: { kind: "closed", users: 20, think: { dist: "const", value: 0 } },
        retry: { max: 1e15, backoff: 0, multiplier: 1e308 },
      },
    );
    await go(page, loop);
    await expect
      .poll(() => read(page, "error-message"), { timeout: 60_000 })
      .toMatch(/stopped advancing|would take about/);
    expect(await answersWithin(page)).toBeLessThan(1000);
    await page.screenshot({ path: `${SHOTS}/loop-stopped-1280.png` });

    // A long run: its progress, the time left, and Stop.
    await go(page, scenario({}, {}, { duration: 1e6 }));
    const progress = page.locator('[data-testid="run-progress"]');
    await progress.waitFor({ state: "visible", timeout: 30_000 });
    expect(await read(page, "run-progress")).toMatch(
      /% simulated, about \d+ days left at this pace/,
    );
    await page.screenshot({ path: `${SHOTS}/progress-1280.png` });
    await page.locator('[data-testid="run-progress-stop"]').click();
    await progress.waitFor({ state: "hidden" });
    expect(app.problems).toEqual([]);
    expect(app.dialogs).toEqual([]);
    await app.close();
  });

  it("offers, after a run that froze the tab, to open its scenario paused or discard it", async () => {
    const saved = JSON.stringify(scenario({}, {}, { name: "froze last time" }));
    const storage = {
      "archsim.scenario": saved,
      "archsim.running": "1",
      "archsim.locale": "zh-CN",
    };
    // Not openApp: it waits for a scenario's name, and none is loaded until the user chooses.
    const context = await browser.newContext({
      viewport: { width: 390, height: 844 },
      storageState: {
        cookies: [],
        origins: [
          {
            origin: new URL(baseUrl).origin,
            localStorage: Object.entries(storage).map(([name, value]) => ({ name, value })),
          },
        ],
      },
    });
    const page = await context.newPage();
    const problems: string[] = [];
    page.on("pageerror", (error) => problems.push(error.message));
    page.on("console", (m) => {
      if (m.type() === "error") problems.push(m.text());
    });
    await page.goto(baseUrl);
    const offer = page.locator('[data-testid="recovery-offer"]');
    await offer.waitFor();
    expect(await read(page, "recovery-offer")).toContain("没有再次运行");
    // Nothing was run: no scenario is loaded until the user chooses.
    expect(await read(page, "scenario-name")).toBe("");
    await page.screenshot({ path: `${SHOTS}/recovery-390-zh.png` });
    // The first choice has the focus: Enter opens it paused.
    await page.keyboard.press("Enter");
    await expect.poll(() => read(page, "scenario-name")).toBe("froze last time");
    await page.waitForTimeout(500);
    expect(await read(page, "sim-time")).toMatch(/^0\.0 \//);
    expect(await offer.count()).toBe(0);
    expect(await page.evaluate(() => localStorage.getItem("archsim.running"))).toBeNull();
    expect(problems).toEqual([]);
    await context.close();
  });
});
