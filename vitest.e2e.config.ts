import { defineConfig } from "vitest/config";

/**
 * The browser tests: the built app served by Vite's preview server, driven in headless Chromium
 * (see test/e2e/). Separate from the unit tests because they need a browser and take longer;
 * `npm test` runs both, and .ci/run adds this report to its closing count.
 */
const workers = Number(process.env.E2E_WORKERS ?? 2);

export default defineConfig({
  test: {
    include: ["test/e2e/**/*.test.ts"],
    globalSetup: ["test/e2e/global-setup.ts"],
    testTimeout: 120_000,
    hookTimeout: 180_000,
    // Two test files at a time, each with its own browser, over the one build and server of the
    // global setup; E2E_WORKERS=1 runs them one by one. A check of a live page polls for what it
    // expects (simulated time moving, a settled layout) rather than reading it after a fixed
    // wait, so a second browser on the cores slows it down without failing it.
    fileParallelism: workers > 1,
    maxWorkers: workers,
    reporters: ["default", ["json", { outputFile: "test-results/e2e.json" }]],
  },
});
