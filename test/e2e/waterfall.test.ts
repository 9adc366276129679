/**
 * The request waterfall and Files → Traces in the page, on one load of the default scenario:
 * the sample the worker recorded is the one Node records for the same scenario and seed (the
 * slowest request, the exported file byte for byte), the latency chart and the keyboard open
 * a request, and the view reads at 1280×720 and 390×844 in both languages (screenshots in
 * test-results/screenshots/waterfall/).
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import packageJson from "../../package.json";
import { parseScenarioText } from "../../src/scenario/parse";
import { runScenario } from "../../src/sim/run";
import { attachRecorder } from "../../src/sim/trace/attach";
import type { TraceSample } from "../../src/sim/trace/sample";
import { toOtlp } from "../../src/trace-export/otlp";
import { slowest } from "../../src/ui/waterfall/layout";
import { PAGE_SAMPLE } from "../../src/worker/session";
import { type AppPage, launchBrowser, openApp, read, setSpeed } from "./browser";

const baseUrl = inject("baseUrl");
const AXE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
const SHOTS = "test-results/screenshots/waterfall";
let browser: Browser;
let app: AppPage;

beforeAll(async () => {
  browser = await launchBrowser();
  app = await openApp(browser, baseUrl, { viewport: { width: 1280, height: 720 } });
});

afterAll(async () => {
  await app?.close();
  await browser?.close();
});

/** What Node records of the default scenario, as the page's worker does. */
function nodeSample(): TraceSample {
  const text = readFileSync(join(import.meta.dirname, "../../models/small-web-app.json"), "utf8");
  const parsed = parseScenarioText(text);
  if (!parsed.ok) throw new Error("small-web-app does not load");
  let read: (() => TraceSample) | undefined;
  runScenario(parsed.scenario, {
    beforeRun: (model) => {
      read = attachRecorder(model, parsed.scenario, parsed.scenario.seed, PAGE_SAMPLE);
    },
  });
  return read!();
}

/** axe-core's critical and serious violations inside the waterfall, as "rule: target". */
async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: AXE });
  return page.evaluate(async () => {
    type Results = { violations: { id: string; impact: string; nodes: { target: string[] }[] }[] };
    const axe = (window as unknown as { axe: { run(c: unknown, o: unknown): Promise<Results> } })
      .axe;
    const result = await axe.run(
      { include: [['[data-testid="waterfall"]']] },
      {
        resultTypes: ["violations"],
      },
    );
    return result.violations
      .filter((v) => v.impact === "critical" || v.impact === "serious")
      .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  });
}

const summary = (page: Page) => page.locator('[data-testid="waterfall-summary"]').textContent();

describe("the request waterfall", () => {
  it("shows the run's sampled requests hop by hop, exports them, and reads on a phone", async () => {
    const page = app.page;
    await setSpeed(page, "max");
    await expect.poll(() => read(page, "status"), { timeout: 90_000 }).toBe("finished");
    const sample = nodeSample();

    // The keyboard opens the slowest request of the sample: Node's slowest, hop by hop.
    await page.locator('[data-testid="waterfall-slowest"]').focus();
    await page.keyboard.press("Enter");
    const slow = slowest(sample)!;
    await expect.poll(() => summary(page)).toContain(`Request ${slow.seq} from users`);
    expect(await page.evaluate(() => document.activeElement?.getAttribute("data-testid"))).toBe(
      "waterfall-summary",
    );
    const rows = page.locator('[data-testid="waterfall-row"]');
    expect(await rows.count()).toBe(slow.hops.length);
    expect(await rows.nth(2).textContent()).toMatch(/app #\d.*network 2 ms · queue .* · service /);
    await page
      .locator('[data-testid="waterfall"]')
      .screenshot({ path: `${SHOTS}/slowest-1280.png` });
    expect(await axeViolations(page)).toEqual([]);

    // Files → Traces saves exactly what `archsim run --traces` computes from the same sample.
    await page.locator('[data-testid="files"]').click();
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.click('[data-testid="save-traces"]'),
    ]);
    expect(download.suggestedFilename()).toBe("small-web-architecture-traces.json");
    const chunks: Buffer[] = [];
    for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
    const expected = `${JSON.stringify(toOtlp(sample, { version: packageJson.version }))}\n`;
    expect(Buffer.concat(chunks).toString("utf8")).toBe(expected);
    await page.keyboard.press("Escape");

    // A click on the latency chart opens a request that ended near that moment.
    const before = await summary(page);
    const chart = page.locator('[data-panel="latency"] .chart-overlay');
    await chart.scrollIntoViewIfNeeded();
    const box = (await chart.boundingBox())!;
    await chart.click({ position: { x: box.width * 0.5, y: box.height * 0.8 } });
    await expect.poll(() => summary(page)).not.toBe(before);
    const sentAt = Number(/sent at ([\d.]+) s/.exec((await summary(page)) ?? "")?.[1]);
    expect(Math.abs(sentAt - 45)).toBeLessThan(5);
    await page
      .locator('[data-testid="waterfall"]')
      .screenshot({ path: `${SHOTS}/picked-1280.png` });

    // Closing gives the focus back to the button that opens it.
    await page.locator('[data-testid="waterfall-close"]').focus();
    await page.keyboard.press("Enter");
    expect(await page.locator('[data-testid="waterfall-summary"]').count()).toBe(0);

    // In Chinese, on a phone: nothing wider than the screen.
    await page.locator('[data-testid="language"]').selectOption("zh-CN");
    await page.setViewportSize({ width: 390, height: 844 });
    await page.locator('[data-testid="waterfall-slowest"]').click();
    await expect.poll(() => summary(page)).toContain(`请求 ${slow.seq}`);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      390,
    );
    await page
      .locator('[data-testid="waterfall"]')
      .screenshot({ path: `${SHOTS}/slowest-390-zh.png` });
    await page.setViewportSize({ width: 1280, height: 720 });
    await page
      .locator('[data-testid="waterfall"]')
      .screenshot({ path: `${SHOTS}/slowest-1280-zh.png` });
    await page.locator('[data-testid="language"]').selectOption("en");
    await page.setViewportSize({ width: 390, height: 844 });
    await page
      .locator('[data-testid="waterfall"]')
      .screenshot({ path: `${SHOTS}/slowest-390.png` });

    expect([...app.problems, ...app.dialogs]).toEqual([]);
  });
});
