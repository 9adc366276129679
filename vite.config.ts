import { defineConfig } from "vitest/config";
import { precachePlugin } from "./src/offline/precache-plugin.ts";

export default defineConfig({
  // Relative: the built site works from any path, a server's root, a subpath of a static-pages
  // host or a folder copied to a share, with its workers and files found beside index.html.
  base: "./",
  plugins: [precachePlugin()],
  server: { host: "127.0.0.1" },
  worker: { format: "es" },
  test: {
    include: ["test/**/*.test.ts"],
    // The browser tests have their own config (vitest.e2e.config.ts): they need a built app.
    exclude: ["test/e2e/**", "node_modules/**"],
    testTimeout: 60_000,
    // Property tests' case counts by PROPERTY_RUNS (test/property-runs.ts): full in CI.
    setupFiles: ["test/setup/property-runs.ts"],
    // The JSON report is what .ci/run reads to print its closing "N passed, N failed" line.
    reporters: ["default", ["json", { outputFile: "test-results/vitest.json" }]],
  },
});
