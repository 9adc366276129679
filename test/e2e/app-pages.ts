/**
 * The set-up every browser test file shares: one Chromium for the file, and the app page of the
 * running test, closed after it. A page that logged an error or threw fails its test, whatever
 * the test itself checked.
 */
import type { Browser } from "playwright-core";
import { afterAll, afterEach, beforeAll, expect, inject } from "vitest";
import { type AppPage, launchBrowser, type OpenOptions, openApp } from "./browser";

export interface AppPages {
  readonly baseUrl: string;
  /** The file's browser, for pages a test opens and closes itself (a colleague's tab, say). */
  readonly browser: Browser;
  /** Opens the app (at `url`, the app's address by default) as the test's page. */
  open(options?: OpenOptions, url?: string): Promise<AppPage>;
}

/** Call once at the top of a test file. */
export function useAppPages(): AppPages {
  const baseUrl = inject("baseUrl");
  let browser: Browser | undefined;
  let app: AppPage | undefined;

  beforeAll(async () => {
    browser = await launchBrowser();
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

  const started = (): Browser => {
    if (browser === undefined) throw new Error("the browser starts in beforeAll");
    return browser;
  };
  return {
    baseUrl,
    get browser() {
      return started();
    },
    async open(options, url = baseUrl) {
      app = await openApp(started(), url, options);
      return app;
    },
  };
}
