import { defineConfig } from "vitest/config";

/**
 * The browser tests: the built app served by Vite's preview server, driven in headless Chromium
 * (see test/e2e/). Separate from the unit tests because they need a browser and take longer;
 * `npm test` runs both, and .ci/run adds this report to its closing count.
 */
// Four files at a time unless E2E_WORKERS says otherwise. The browser tests mostly wait (for the
// page, a poll, a run at x1): one at a time on 2 cores, 79 tests took 531 s of wall time and
// 169 s of CPU. Each file has its own browser over the one build and server of the global setup.
const workers = Number(process.env.E2E_WORKERS ?? 4);

export default defineConfig({
  test: {
    include: ["test/e2e/**/*.test.ts"],
    globalSetup: ["test/e2e/global-setup.ts"],
    testTimeout: 120_000,
    hookTimeout: 180_000,
    fileParallelism: workers > 1,
    maxWorkers: workers,
    reporters: ["default", ["json", { outputFile: "test-results/e2e.json" }]],
  },
});
