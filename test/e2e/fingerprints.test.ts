/**
 * The same run in every engine: the golden fingerprints (test/fingerprints/), computed in Node,
 * reproduced by the built app in Debian's Chromium (playwright-core) and in Debian's Firefox ESR
 * (puppeteer-core over WebDriver BiDi).
 *
 * The bulk — every preset cut to its first 20 simulated seconds, and every coverage scenario —
 * goes through the app's own batch Web Worker (the one comparisons and sweeps use, runTask to the
 * end at full speed), spoken to in Comlink's message format from the app's page, so no view is
 * rendered per case. A few full-length runs go through the whole page instead: opened from a
 * share link, run to the end at max speed, the fingerprint read off the screen, in both browsers.
 * One short run is played at ×1, ×1000 and max and must end on the same fingerprint.
 */
import { existsSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import puppeteer, {
  type Browser as FirefoxBrowser,
  type Page as FirefoxPage,
} from "puppeteer-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { encodeShareLink } from "../../src/scenario/share-link";
import { type RunTask, runTask } from "../../src/sim/batch/task";
import { summaryFingerprint } from "../../src/sim/fingerprint";
import type { Summary } from "../../src/sim/summary";
import {
  type FingerprintCase,
  goldenFingerprints,
  presetCases,
  shortCases,
} from "../fingerprints/cases";
import { type AppPage, launchBrowser, openApp, read, setSpeed } from "./browser";

const FIREFOX = process.env.ARCHSIM_FIREFOX ?? "/usr/bin/firefox-esr";
const baseUrl = inject("baseUrl");
const golden = goldenFingerprints();
const cases = shortCases();
/** Full-length runs through the whole page: two quick presets and the fault-heavy coverage scenario. */
const pageCases: FingerprintCase[] = [
  ...presetCases().filter((c) =>
    ["preset/three-servers-balanced", "preset/queue-absorbs-burst"].includes(c.id),
  ),
  ...cases.filter((c) => c.id === "coverage/faults-and-retries"),
];

let chromium: Browser;
let firefox: FirefoxBrowser;
let workerUrl: string;
const started = Date.now();

/** The built app's batch worker script, found in the app's own JavaScript. */
async function batchWorkerUrl(): Promise<string> {
  const html = await (await fetch(baseUrl)).text();
  for (const [, src] of html.matchAll(/<script[^>]*src="([^"]+)"/g)) {
    const script = await (await fetch(new URL(src, baseUrl))).text();
    const name = /batch\.worker-[\w-]+\.js/.exec(script)?.[0];
    if (name !== undefined) return new URL(`assets/${name}`, baseUrl).href;
  }
  throw new Error("the built app names no batch worker");
}

beforeAll(async () => {
  if (!existsSync(FIREFOX))
    throw new Error(`Firefox ESR is missing at ${FIREFOX}: run scripts/ensure-firefox.mjs`);
  [chromium, firefox, workerUrl] = await Promise.all([
    launchBrowser(),
    puppeteer.launch({ browser: "firefox", executablePath: FIREFOX, headless: true }),
    batchWorkerUrl(),
  ]);
});

afterAll(async () => {
  await Promise.all([chromium?.close(), firefox?.close()]);
  console.log(`cross-engine fingerprints: ${((Date.now() - started) / 1000).toFixed(1)} s wall`);
});

/**
 * Runs the tasks in the page on two of the app's batch workers, Comlink's APPLY of `run`, and
 * returns each summary as JSON in which ±Infinity and NaN are kept as {"nonFinite": "..."}.
 * A string, so that neither driver's transpiled helpers end up in the page.
 */
const RUN_IN_PAGE = `async ({ workerUrl, tasks }) => {
  const results = new Array(tasks.length);
  let next = 0;
  const encode = (summary) => JSON.stringify(summary, (_key, value) =>
    typeof value === "number" && !Number.isFinite(value) ? { nonFinite: String(value) } : value);
  const work = async () => {
    const worker = new Worker(workerUrl, { type: "module" });
    try {
      for (let i = next++; i < tasks.length; i = next++) {
        results[i] = await new Promise((resolve, reject) => {
          worker.onmessage = (event) =>
            event.data.type === "RAW" ? resolve(encode(event.data.value)) : reject(new Error(JSON.stringify(event.data)));
          worker.onerror = (event) => reject(new Error(event.message));
          worker.postMessage({ id: String(i), type: "APPLY", path: ["run"], argumentList: [{ type: "RAW", value: tasks[i] }] });
        });
      }
    } finally {
      worker.terminate();
    }
  };
  await Promise.all([work(), work()]);
  return results;
}`;

function decode(text: string): Summary {
  return JSON.parse(text, (_key, value) =>
    value !== null &&
    typeof value === "object" &&
    Object.keys(value).length === 1 &&
    "nonFinite" in value
      ? Number(value.nonFinite)
      : value,
  );
}

type Evaluate = (expression: string) => Promise<unknown>;

/** Each case's fingerprint, as the app's batch workers in the browser compute its summary. */
async function fingerprintsInWorkers(evaluate: Evaluate): Promise<Record<string, string>> {
  const tasks: RunTask[] = cases.map(({ document, seed }) => ({ document, seed }));
  const texts = (await evaluate(
    `(${RUN_IN_PAGE})(${JSON.stringify({ workerUrl, tasks })})`,
  )) as string[];
  return Object.fromEntries(cases.map((c, i) => [c.id, summaryFingerprint(decode(texts[i]))]));
}

function expected(ids: readonly FingerprintCase[]): Record<string, string> {
  return Object.fromEntries(ids.map((c) => [c.id, golden[c.id]]));
}

const link = (c: FingerprintCase) => `${baseUrl}${encodeShareLink({ scenario: c.document })}`;

/** Opens a share link in Chromium and returns the fingerprint the page shows at the end. */
async function chromiumPageFingerprint(url: string, speed: string): Promise<string> {
  const app: AppPage = await openApp(chromium, url);
  try {
    const page: Page = app.page;
    if (speed !== "1") await setSpeed(page, speed);
    await expect.poll(() => read(page, "status"), { timeout: 90_000 }).toBe("finished");
    await expect.poll(() => read(page, "fingerprint")).toMatch(/^[0-9a-f]{10}$/);
    expect([...app.problems, ...app.dialogs]).toEqual([]);
    // Awaited here, before `finally` closes the page.
    return await read(page, "fingerprint");
  } finally {
    await app.close();
  }
}

/** Opens a share link in Firefox, runs it at max speed and returns the fingerprint shown. */
async function firefoxPageFingerprint(url: string): Promise<string> {
  const page: FirefoxPage = await firefox.newPage();
  const problems: string[] = [];
  page.on("pageerror", (error) => problems.push(String(error)));
  try {
    await page.goto(url);
    await page.waitForSelector('[data-testid="scenario-name"]');
    await page.click('[data-speed="max"]');
    await page.waitForFunction(
      () =>
        /^[0-9a-f]{10}$/.test(
          document.querySelector('[data-testid="fingerprint"]')?.textContent ?? "",
        ),
      { timeout: 90_000 },
    );
    expect(problems).toEqual([]);
    return (await page.$eval('[data-testid="fingerprint"]', (e) => e.textContent)) ?? "";
  } finally {
    await page.close();
  }
}

describe("the golden fingerprints", () => {
  it("are reproduced by the app's batch workers in Chromium and in Firefox ESR", async () => {
    const chromiumApp = await openApp(chromium, baseUrl);
    const firefoxPage = await firefox.newPage();
    try {
      await firefoxPage.goto(baseUrl);
      const [inChromium, inFirefox] = await Promise.all([
        fingerprintsInWorkers((e) => chromiumApp.page.evaluate(e)),
        fingerprintsInWorkers((e) => firefoxPage.evaluate(e)),
      ]);
      expect(inChromium).toEqual(expected(cases));
      expect(inFirefox).toEqual(expected(cases));
      expect(Object.keys(inFirefox)).toHaveLength(cases.length);
    } finally {
      await Promise.all([chromiumApp.close(), firefoxPage.close()]);
    }
  });

  it("are shown by the page for a share link run to the end, in Chromium and in Firefox ESR", async () => {
    for (const c of pageCases) {
      const [inChromium, inFirefox] = await Promise.all([
        chromiumPageFingerprint(link(c), "max"),
        firefoxPageFingerprint(link(c)),
      ]);
      expect({ id: c.id, chromium: inChromium, firefox: inFirefox }).toEqual({
        id: c.id,
        chromium: golden[c.id],
        firefox: golden[c.id],
      });
    }
  });
});

describe("the pace of a run", () => {
  it("does not change its fingerprint: ×1, ×1000 and max end on the same one", async () => {
    // small-web-app cut to 4 simulated seconds, so that ×1 takes about 4 s of wall time; ×1000 and
    // max are set as soon as the page has loaded (its first frames run at ×1).
    const preset = presetCases().find((c) => c.id === "preset/small-web-app")!;
    const short: FingerprintCase = {
      ...preset,
      document: { ...preset.document, duration: 4, warmup: 1 },
    };
    const prints = [];
    for (const speed of ["1", "1000", "max"])
      prints.push(await chromiumPageFingerprint(link(short), speed));
    expect(new Set(prints).size).toBe(1);
    expect(prints[0]).toBe(
      summaryFingerprint(runTask({ document: short.document, seed: short.seed })),
    );
  });
});
