/**
 * `npm run bench:ui`: the page's frame times while a ~20-component scenario runs at max speed.
 * Builds the app, serves it with Vite's preview server, opens it in headless Chromium on
 * bench/twenty-components.json, and records requestAnimationFrame timestamps in the page: a frame
 * that took longer than 16.7 ms is one the user saw stutter (at 60 Hz). Runs that finish are
 * restarted, so a long soak (`--minutes 10`) also shows whether memory grows from run to run.
 *
 *   npm run bench:ui                      # 10 s
 *   npm run bench:ui -- --seconds 30
 *   npm run bench:ui -- --minutes 10      # soak
 *
 * Figures only, no thresholds: headless Chromium without a GPU on a shared machine is a
 * yardstick for comparing changes, not a promise about a user's laptop.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { chromium } from "playwright-core";
import { build, preview } from "vite";

const root = resolve(import.meta.dirname, "..");
const { values } = parseArgs({
  options: {
    seconds: { type: "string", default: "10" },
    minutes: { type: "string" },
    scenario: { type: "string", default: join(root, "bench/twenty-components.json") },
  },
});
const seconds = values.minutes === undefined ? Number(values.seconds) : Number(values.minutes) * 60;
if (!(seconds > 0)) throw new Error("--seconds / --minutes must be a positive number");
const scenarioText = readFileSync(values.scenario, "utf8");
const FRAME_BUDGET_MS = 1000 / 60;
/** rAF timestamps jitter by a fraction of a millisecond: 16.8 ms is still one 60 Hz frame. */
const JITTER_MS = 0.5;

const outDir = mkdtempSync(join(tmpdir(), "archsim-bench-"));
const configFile = join(root, "vite.config.ts");
await build({ root, configFile, logLevel: "warn", build: { outDir, emptyOutDir: true } });
const server = await preview({
  root,
  configFile,
  logLevel: "warn",
  build: { outDir },
  preview: { host: "127.0.0.1", port: 0, strictPort: true, open: false },
});
const { port } = /** @type {import("node:net").AddressInfo} */ (server.httpServer.address());
const baseUrl = `http://127.0.0.1:${port}/`;

const browser = await chromium.launch({
  executablePath: process.env.ARCHSIM_CHROMIUM ?? "/usr/bin/chromium",
  headless: true,
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--disable-background-networking",
    "--disable-dev-shm-usage",
  ],
});

try {
  const context = await browser.newContext({
    viewport: { width: 1440, height: 900 },
    storageState: {
      cookies: [],
      origins: [
        {
          origin: new URL(baseUrl).origin,
          localStorage: [{ name: "archsim.scenario", value: scenarioText }],
        },
      ],
    },
  });
  const page = await context.newPage();
  const problems = [];
  page.on("pageerror", (e) => problems.push(e.message));
  page.on("console", (m) => m.type() === "error" && problems.push(m.text()));
  const cdp = await context.newCDPSession(page);

  await page.goto(baseUrl);
  await page.waitForFunction(
    () => document.querySelector('[data-testid="status"]')?.textContent === "running",
  );
  const components = await page.locator('[data-view="topology"] [data-component]').count();
  await page.locator('[data-speed="max"]').click();
  await page.waitForTimeout(1000);

  const heapStart = await heap(cdp);
  await page.evaluate(() => {
    const w = /** @type {any} */ (window);
    w.__frames = [];
    w.__longTasks = 0;
    w.__recording = true;
    new PerformanceObserver((list) => {
      w.__longTasks += list.getEntries().length;
    }).observe({ type: "longtask" });
    const frame = (/** @type {number} */ now) => {
      w.__frames.push(now);
      if (w.__recording) requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  });

  const started = Date.now();
  let runs = 1;
  let events = 0;
  let nextReport = started + 60_000;
  while (Date.now() - started < seconds * 1000) {
    await page.waitForTimeout(Math.min(1000, seconds * 1000 - (Date.now() - started)));
    const status = await page.locator('[data-testid="status"]').textContent();
    if (status === "finished") {
      events += await eventsShown(page);
      await page.locator('[data-testid="restart"]').click();
      runs++;
    }
    if (Date.now() >= nextReport) {
      const h = await heap(cdp);
      console.log(`  ${Math.round((Date.now() - started) / 1000)} s: ${heapText(h)}`);
      nextReport += 60_000;
    }
  }
  events += await eventsShown(page);
  const { frames, longTasks } = await page.evaluate(() => {
    const w = /** @type {any} */ (window);
    w.__recording = false;
    return { frames: w.__frames, longTasks: w.__longTasks };
  });
  const heapEnd = await heap(cdp);

  const deltas = [];
  for (let i = 1; i < frames.length; i++) deltas.push(frames[i] - frames[i - 1]);
  deltas.sort((a, b) => a - b);
  const quantile = (q) => deltas[Math.min(deltas.length - 1, Math.floor(q * deltas.length))];
  const over = deltas.filter((d) => d > FRAME_BUDGET_MS + JITTER_MS).length;
  const wall = (frames.at(-1) - frames[0]) / 1000;

  console.log(`archsim UI frame times: ${components} components at max speed for ${seconds} s`);
  console.log(`  chromium ${browser.version()} headless, no GPU; viewport 1440x900`);
  console.log(`  frames        ${deltas.length} (${(deltas.length / wall).toFixed(1)} per second)`);
  console.log(`  median        ${quantile(0.5).toFixed(1)} ms`);
  console.log(`  p95           ${quantile(0.95).toFixed(1)} ms`);
  console.log(`  p99           ${quantile(0.99).toFixed(1)} ms`);
  console.log(`  max           ${deltas.at(-1).toFixed(1)} ms`);
  console.log(`  over 16.7 ms  ${((100 * over) / deltas.length).toFixed(1)}% of frames`);
  console.log(`  long tasks    ${longTasks} (main thread busy > 50 ms)`);
  console.log(`  memory start  ${heapText(heapStart)}`);
  console.log(`  memory end    ${heapText(heapEnd)}`);
  console.log(`  simulation    ${runs} run(s), ${events.toLocaleString("en-US")} events`);
  if (problems.length > 0) console.log(`  page errors   ${problems.join("; ")}`);
} finally {
  await browser.close();
  await server.close();
  rmSync(outDir, { recursive: true, force: true });
}

/**
 * The page's memory after a forced full collection, so that garbage not yet collected does not
 * pass for growth. The JS heap includes compiled code, which grows for the first minutes as V8
 * optimises hot functions; array buffers (the charts' History columns, the probe rows) are
 * outside it, counted with external strings (the page's scripts). The simulation's own worker
 * is not counted.
 */
async function heap(cdp) {
  await cdp.send("HeapProfiler.collectGarbage");
  const { usedSize, backingStorageSize } = await cdp.send("Runtime.getHeapUsage");
  return { js: usedSize, buffers: backingStorageSize };
}

function heapText({ js, buffers }) {
  return `JS heap ${mb(js)} MB, buffers and external strings ${mb(buffers)} MB (after forced GC)`;
}

function mb(bytes) {
  return (bytes / 2 ** 20).toFixed(1);
}

async function eventsShown(page) {
  const text = (await page.locator('[data-testid="events"]').textContent()) ?? "0";
  return Number(text.replace(/,/g, "")) || 0;
}
