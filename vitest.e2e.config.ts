import { defineConfig } from "vitest/config";

/**
 * The browser tests: the built app served by Vite's preview server, driven in headless Chromium
 * (see test/e2e/). Separate from the unit tests because they need a browser and take longer;
 * `npm test` runs both, and .ci/run adds this report to its closing count.
 */
export default defineConfig({
  test: {
    include: ["test/e2e/**/*.test.ts"],
    globalSetup: ["test/e2e/global-setup.ts"],
    testTimeout: 120_000,
    hookTimeout: 180_000,
    // One browser at a time: the tests measure a live page and must not starve each other.
    fileParallelism: false,
    reporters: ["default", ["json", { outputFile: "test-results/e2e.json" }]],
  },
});
