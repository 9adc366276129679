import { availableParallelism } from "node:os";
import { defineConfig } from "vitest/config";
import { precachePlugin } from "./src/offline/precache-plugin.ts";

/** Unit tests of the pure simulation core and its numbers: no DOM, no mocks, no global state. */
const ENGINE_TESTS = [
  "test/sim/**/*.test.ts",
  "test/validation/**/*.test.ts",
  "test/models/**/*.test.ts",
  "test/theory/**/*.test.ts",
  "test/math/**/*.test.ts",
  "test/fingerprints/**/*.test.ts",
  "test/insights/**/*.test.ts",
  "test/scenario/**/*.test.ts",
  "test/bench/**/*.test.ts",
];

export default defineConfig({
  // Relative: the built site works from any path, a server's root, a subpath of a static-pages
  // host or a folder copied to a share, with its workers and files found beside index.html.
  base: "./",
  plugins: [precachePlugin()],
  server: { host: "127.0.0.1" },
  worker: { format: "es" },
  test: {
    testTimeout: 60_000,
    // A worker per core: Vitest's default leaves one core idle, which on 2 cores halves the speed
    // of these CPU-bound tests.
    maxWorkers: availableParallelism(),
    // Property tests' case counts by PROPERTY_RUNS (test/property-runs.ts): full in CI.
    setupFiles: ["test/setup/property-runs.ts"],
    // The JSON report is what .ci/run reads to print its closing "N passed, N failed" line.
    reporters: ["default", ["json", { outputFile: "test-results/vitest.json" }]],
    // The include and exclude lists live in the projects alone: a project that extends this
    // config adds its lists to the ones here instead of replacing them.
    projects: [
      {
        extends: true,
        test: {
          name: "engine",
          include: ENGINE_TESTS,
          // The engine's tests share one module graph per worker instead of importing the
          // engine afresh for each of their ~150 files: on test/sim/balancing (13 files) import
          // and setup fell from 28 to 5.5 s. Safe because nothing here mocks a module, stubs a
          // global or sets the page's language: the files that do (ui, cli, worker) are below.
          isolate: false,
        },
      },
      {
        extends: true,
        test: {
          name: "app",
          include: ["test/**/*.test.ts"],
          // The browser tests have their own config (vitest.e2e.config.ts): they need a built app.
          exclude: ["test/e2e/**", "node_modules/**", ...ENGINE_TESTS],
        },
      },
    ],
  },
});
