/**
 * The built site hosted as a static-pages host would: under a subpath, served by archsim serve's
 * own server. After one visit its service worker holds the site, so with the server stopped a new
 * tab still opens it and runs a preset to the command line's fingerprint.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createStaticServer } from "../../src/cli/serve/static-server";
import { parseScenarioText } from "../../src/scenario/parse";
import { summaryFingerprint } from "../../src/sim/fingerprint";
import { runScenario } from "../../src/sim/run";
import { launchBrowser, read, setSpeed } from "./browser";

const SUBPATH = "/workshops/archsim/";
// A preset whose page and command-line runs agree today (issue 13 makes every one agree).
const PRESET = "one-server-saturating";
let browser: Browser;
let folder: string;
let server: Server;

beforeAll(async () => {
  browser = await launchBrowser();
  folder = mkdtempSync(join(tmpdir(), "archsim-subpath-"));
  const site = join(folder, ...SUBPATH.split("/").filter(Boolean));
  mkdirSync(site, { recursive: true });
  cpSync(inject("distDir"), site, { recursive: true });
  server = createStaticServer(folder);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
});

afterAll(async () => {
  await browser?.close();
  await stopServer();
  rmSync(folder, { recursive: true, force: true });
});

/** Stops accepting connections, then ends the open ones (keep-alive would hold it open). */
function stopServer(): Promise<void> {
  if (!server.listening) return Promise.resolve();
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  server.closeAllConnections();
  return closed;
}

function expectedFingerprint(): string {
  const text = readFileSync(join(import.meta.dirname, `../../models/${PRESET}.json`), "utf8");
  const parsed = parseScenarioText(text);
  if (!parsed.ok) throw new Error("preset invalid");
  return summaryFingerprint(runScenario(parsed.scenario));
}

async function runToFingerprint(page: Page): Promise<string> {
  await page.waitForSelector('[data-testid="scenario-name"]');
  await expect.poll(() => page.locator('[data-testid="preset-picker"]').inputValue()).toBe(PRESET);
  await setSpeed(page, "max");
  await expect.poll(() => read(page, "status"), { timeout: 60_000 }).toBe("finished");
  await expect.poll(() => read(page, "fingerprint")).toMatch(/^[0-9a-f]{10}$/);
  return read(page, "fingerprint");
}

describe("the built site", () => {
  it("runs from a subpath, then offline from its service worker, to the same fingerprint", async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    const problems: string[] = [];
    const watch = (page: Page) =>
      page.on("console", (m) => {
        // The offline page's only failures may be the network's, never the app's.
        if (m.type() === "error" && !/ERR_CONNECTION_REFUSED/.test(m.text())) {
          problems.push(m.text());
        }
      });
    try {
      const site = `http://127.0.0.1:${(server.address() as AddressInfo).port}${SUBPATH}`;
      const online = await context.newPage();
      watch(online);
      await online.goto(`${site}#preset=${PRESET}`);
      const fingerprint = expectedFingerprint();
      expect(await runToFingerprint(online)).toBe(fingerprint);
      // The worker is the subpath's own, and holds the whole build (index.html, scripts, workers).
      const scope = await online.evaluate(async () => (await navigator.serviceWorker.ready).scope);
      expect(scope).toBe(site);
      await expect
        .poll(() => online.evaluate(() => navigator.serviceWorker.controller !== null))
        .toBe(true);
      const cached = await online.evaluate(async () => {
        const names = await caches.keys();
        const cache = await caches.open(names[0]!);
        return { names, urls: (await cache.keys()).map((r) => new URL(r.url).pathname) };
      });
      expect(cached.names).toHaveLength(1);
      expect(cached.names[0]).toMatch(/^archsim-[0-9a-f]{16}$/);
      expect(cached.urls).toContain(`${SUBPATH}index.html`);
      expect(cached.urls.some((u) => /\/assets\/sim\.worker-[^/]+\.js$/.test(u))).toBe(true);
      await online.close();

      await stopServer();
      // The server is really gone: a plain request fails.
      await expect(fetch(site)).rejects.toThrow();

      const offline = await context.newPage();
      watch(offline);
      await offline.goto(`${site}#preset=${PRESET}`);
      expect(await runToFingerprint(offline)).toBe(fingerprint);
      await offline.screenshot({ path: "test-results/screenshots/offline/subpath-offline.png" });
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
