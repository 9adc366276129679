/**
 * Headless Chromium for the browser tests (Debian's build, driven by playwright-core), and a page
 * of the app that records what a user would not want to see: console errors, uncaught
 * exceptions and dialogs.
 */
import {
  type Browser,
  type BrowserContextOptions,
  chromium,
  type Locator,
  type Page,
} from "playwright-core";

export const CHROMIUM = process.env.ARCHSIM_CHROMIUM ?? "/usr/bin/chromium";

/**
 * Chromium 156 in headless mode renders the address bar's two suggestion popups, each a WebUI
 * page in a renderer of its own, for every new browser context: 0.6 s of CPU each time, for an
 * address bar no test has (the suite opens about a hundred contexts). Chromium reads only the
 * last --disable-features it is given, so ours repeats playwright-core's own list (1.65,
 * chromiumSwitches.ts) before adding the two.
 */
const DISABLED_FEATURES = [
  "AvoidUnnecessaryBeforeUnloadCheckSync",
  "DestroyProfileOnBrowserClose",
  "HttpsUpgrades",
  "HttpsFirstBalancedModeAutoEnable",
  "LensOverlay",
  "MediaRouter",
  "PaintHolding",
  "ThirdPartyStoragePartitioning",
  "AvoidCorsURLLoaderRestartOnRedirect",
  "TcpPortRandomizationWin",
  "OptimizationHints",
  "NetworkTimeServiceQuerying",
  "AimEnabled",
  "PreconnectToSearch",
  "msForceBrowserSignIn",
  "msEdgeUpdateLaunchServicesPreferredVersion",
  "WebUIOmniboxPopup",
  "WebUIOmniboxAimPopup",
];

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--disable-background-networking",
      "--disable-dev-shm-usage",
      `--disable-features=${DISABLED_FEATURES.join(",")}`,
    ],
  });
}

export interface AppPage {
  page: Page;
  /** Console errors and uncaught exceptions, in the page and its worker. */
  problems: string[];
  /** Messages of alert/confirm/prompt dialogs that opened (each is dismissed). */
  dialogs: string[];
  close(): Promise<void>;
}

export interface OpenOptions extends BrowserContextOptions {
  /** localStorage entries present before the app starts. */
  storage?: Record<string, string>;
}

/** Opens the app in a fresh context (its own localStorage) and waits for the first render. */
export async function openApp(
  browser: Browser,
  baseUrl: string,
  options: OpenOptions = {},
): Promise<AppPage> {
  const { storage, ...contextOptions } = options;
  const context = await browser.newContext({
    viewport: { width: 1440, height: 900 },
    // Each page would fetch the whole site again into its offline copy, which only
    // offline.test.ts looks at (in a context of its own).
    serviceWorkers: "block",
    ...contextOptions,
    storageState:
      storage === undefined
        ? undefined
        : {
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
  const dialogs: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(`console: ${message.text()}`);
  });
  page.on("pageerror", (error) => problems.push(`exception: ${error.message}`));
  page.on("worker", (worker) => {
    worker.on("console", (message) => {
      if (message.type() === "error") problems.push(`worker console: ${message.text()}`);
    });
  });
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.goto(baseUrl);
  await page.waitForSelector('[data-testid="scenario-name"]');
  return { page, problems, dialogs, close: () => context.close() };
}

/** The text of the element with this `data-testid` ("" when it is absent). */
export async function read(page: Page, testId: string): Promise<string> {
  return (await page.locator(`[data-testid="${testId}"]`).first().textContent()) ?? "";
}

/** A number as the page writes it ("12,345.6"). */
export function numberIn(text: string): number {
  return Number.parseFloat(text.replace(/,/g, ""));
}

/** The simulated time the controls show, in seconds. */
export async function simTime(page: Page): Promise<number> {
  return numberIn(await read(page, "sim-time"));
}

/** Waits until the clock shows at least `seconds` of simulated time. */
export async function waitForSimTime(page: Page, seconds: number, timeout = 60_000): Promise<void> {
  await page.waitForFunction(
    (t) => {
      const text = document.querySelector('[data-testid="sim-time"]')?.textContent ?? "";
      return Number.parseFloat(text.replace(/,/g, "")) >= t;
    },
    seconds,
    { timeout },
  );
}

/** A headline figure of the summary table ("failed", "throughput req/s", ...), as shown. */
export async function summaryFigure(page: Page, label: string): Promise<string> {
  const figure = page.locator(`[data-testid="summary-figures"] [data-figure="${label}"] dd`);
  return (await figure.textContent()) ?? "";
}

/** Everything the charts draw from data: path geometry and the text of their readouts. */
export function chartReading(page: Page): Promise<string> {
  return page.$$eval('[data-view="charts"] path, [data-view="charts"] rect', (shapes) =>
    shapes
      .map((s) => s.getAttribute("d") ?? `${s.getAttribute("height")}x${s.getAttribute("y")}`)
      .join("|"),
  );
}

/**
 * Pauses the run, if it runs, and waits until the page says so. A page held still costs the
 * machine nothing while a test measures it or takes its picture; running at x100 it kept a core
 * busy (the look test took 68 s of CPU live and 56 s paused).
 */
export async function pause(page: Page): Promise<void> {
  const status = page.locator('[data-testid="status"]');
  if ((await status.getAttribute("data-status")) === "running") {
    await page.locator('[data-testid="play"]').click();
  }
  await page.waitForSelector('[data-testid="status"]:not([data-status="running"])');
}

export async function setSpeed(page: Page, speed: string): Promise<void> {
  await page.locator(`[data-speed="${speed}"]`).click();
  await page.waitForSelector(`[data-speed="${speed}"][aria-pressed="true"]`);
}

/** Replaces the editor's text and presses Load. */
export async function loadText(page: Page, text: string): Promise<void> {
  await page.locator('[data-testid="scenario-text"]').fill(text);
  await page.locator('[data-testid="load-scenario"]').click();
}

/**
 * A picture of what the locator shows, taken as it is now. Playwright's element screenshot waits
 * for the element to hold still over two frames, which a live page under a loaded machine may
 * not grant within the test's time; these pictures are for a person to look at, not compared.
 */
export async function snapshot(locator: Locator, path: string): Promise<void> {
  await locator.evaluate((e) => e.scrollIntoView({ block: "nearest", inline: "nearest" }));
  const box = await locator.boundingBox();
  if (box === null) throw new Error(`nothing to photograph for ${path}: the element is hidden`);
  await locator.page().screenshot({ path, clip: box });
}
