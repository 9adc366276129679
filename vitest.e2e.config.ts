import { defineConfig } from "vitest/config";

/**
 * The browser tests: the built app served by Vite's preview server, driven in headless Chromium
 * (see test/e2e/). Separate from the unit tests because they need a browser and take longer;
 * `npm test` runs both, and .ci/run adds this report to its closing count.
 */
// One file at a time unless E2E_WORKERS says more: with two, on a machine loaded by other work
// (load average 14-20 on 2 cores), 3 of 61 tests failed: a 120 s timeout running every preset,
// a live readout that had moved on, and an editor poll (13 min 15 s in all).
const workers = Number(process.env.E2E_WORKERS ?? 1);

export default defineConfig({
  test: {
    include: ["test/e2e/**/*.test.ts"],
    globalSetup: ["test/e2e/global-setup.ts"],
    testTimeout: 120_000,
    hookTimeout: 180_000,
    // With E2E_WORKERS=2, two test files at a time, each with its own browser, over the one
    // build and server of the global setup.
    fileParallelism: workers > 1,
    maxWorkers: workers,
    reporters: ["default", ["json", { outputFile: "test-results/e2e.json" }]],
  },
});
