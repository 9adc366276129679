/**
 * Files → Import traces and Fit from samples in the page, one page load: an OTLP/JSON file with
 * one malformed line is imported (the scenario runs, its servers on the topology, the report in
 * the panel with the bad line named), the report follows a switch to Chinese, and a column
 * pasted under a server's service time is fitted, plotted and put into the field. Screenshots at
 * 1280×720 and 390×844 in both languages go to test-results/screenshots/import/.
 */
import { mkdirSync } from "node:fs";
import { resolve } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { CLIENT, otlpRequest, SERVER, spanId, traceId } from "../import/fixtures";
import { launchBrowser, openApp } from "./browser";

const baseUrl = inject("baseUrl");
const SHOTS = resolve(import.meta.dirname, "../../test-results/screenshots/import");
let browser: Browser;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

function traceFile(): string {
  const lines: string[] = [];
  for (let i = 0; i < 100; i++) {
    const at = i * 0.1;
    const t = traceId();
    const shop = spanId();
    const call = spanId();
    lines.push(
      otlpRequest([
        {
          service: "shop",
          traceId: t,
          spanId: shop,
          kind: SERVER,
          start: at,
          end: at + 0.03 + (i % 7) * 0.002,
        },
        {
          service: "shop",
          traceId: t,
          spanId: call,
          parentSpanId: shop,
          kind: CLIENT,
          start: at + 0.01,
          end: at + 0.025,
        },
        {
          service: "stock",
          traceId: t,
          spanId: spanId(),
          parentSpanId: call,
          kind: SERVER,
          start: at + 0.011,
          end: at + 0.024,
        },
      ]),
    );
  }
  lines.splice(2, 0, "{broken");
  return lines.join("\n");
}

describe("importing traces and fitting samples in the page", () => {
  it("loads the inferred scenario, reports in both languages, and fits a pasted column", async () => {
    const { page, problems, close } = await openApp(browser, baseUrl, {
      viewport: { width: 1280, height: 720 },
    });
    await page.locator('[data-testid="files"]').click();
    await page.locator('[data-testid="import-traces-file"]').setInputFiles({
      name: "shop-traces.jsonl",
      mimeType: "application/json",
      buffer: Buffer.from(traceFile()),
    });
    const report = page.locator('[data-testid="import-report"]');
    await expect.poll(() => report.textContent()).toContain("worker counts are not in traces");
    expect(await report.textContent()).toContain("line 3: not JSON");
    await expect
      .poll(() =>
        page
          .locator('[data-view="topology"] [data-component]')
          .evaluateAll((els) => els.map((e) => e.getAttribute("data-component")).sort()),
      )
      .toEqual(["clients", "shop", "stock"]);
    await page.screenshot({ path: `${SHOTS}/import-en-1280.png` });

    await page.locator('[data-testid="language"]').selectOption("zh-CN");
    await expect.poll(() => report.textContent()).toContain("链路中没有工作线程数");
    expect(await report.textContent()).toContain("第 3 行");
    await page.screenshot({ path: `${SHOTS}/import-zh-1280.png` });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: `${SHOTS}/import-zh-390.png` });
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await page.locator('[data-testid="language"]').selectOption("en");
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.keyboard.press("Escape");

    await page.locator('[data-view="topology"] [data-component="stock"]').click();
    const fit = page.locator('[data-testid="inspector-form"] details.form-fit').first();
    await fit.locator("summary").click();
    const column = Array.from({ length: 400 }, (_, i) =>
      (-20 * Math.log(1 - (i + 0.5) / 400)).toFixed(3),
    );
    await fit
      .locator('[data-testid="fit-samples"]')
      .fill(`latency_ms\n${column.join("\n")}\nn/a\n`);
    await fit.locator('[data-testid="fit-run"]').click();
    const result = fit.locator(".form-fit-result");
    await expect.poll(() => result.textContent()).toContain("400 samples");
    expect(await result.textContent()).toContain("1 lines that are not durations were skipped");
    expect(await result.locator(".form-fit-best td").first().textContent()).toBe("exponential");
    expect(await result.locator(".fit-plot circle").count()).toBe(99);
    await result.locator(".form-fit-table").first().scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/fit-en-1280.png` });
    await page.locator('[data-testid="language"]').selectOption("zh-CN");
    await page.setViewportSize({ width: 390, height: 844 });
    await result.locator(".fit-plot").scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/fit-zh-390.png` });
    await page.locator('[data-testid="language"]').selectOption("en");
    await page.setViewportSize({ width: 1280, height: 720 });
    await fit.locator('[data-testid="fit-use"]').click();
    await expect
      .poll(() => page.locator('[data-testid="scenario-text"]').inputValue())
      .toMatch(/"service": \{\s*"dist": "exp",\s*"mean": 0\.0199/);
    expect(problems).toEqual([]);
    await close();
  });
});
