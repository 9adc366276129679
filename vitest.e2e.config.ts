import { basename } from "node:path";
import { defineConfig } from "vitest/config";
import { BaseSequencer, type TestSpecification } from "vitest/node";

/**
 * The browser tests: the built app served by Vite's preview server, driven in headless Chromium
 * (see test/e2e/). Separate from the unit tests because they need a browser and take longer;
 * `npm test` runs both, and .ci/run adds this report to its closing count.
 */
// Four files at a time unless E2E_WORKERS says otherwise. The browser tests mostly wait (for the
// page, a poll, a run at x1): one at a time on 2 cores, 79 tests took 531 s of wall time and
// 169 s of CPU. Each file has its own browser over the one build and server of the global setup.
const workers = Number(process.env.E2E_WORKERS ?? 4);

/**
 * The longest files, by seconds each took alone on a quiet machine (2026-12-07). Vitest starts
 * the files that took longest last time first, but a fresh clone has no last time and it starts
 * the largest files then: the 47 s screenshots file began 237 s into a 284 s run. Only the order
 * depends on these figures.
 */
const SECONDS_ALONE: Record<string, number> = {
  "app.test.ts": 59,
  "screenshots.test.ts": 52,
  "a11y.test.ts": 42,
  "look.test.ts": 40,
  "i18n.test.ts": 38,
  "fingerprints.test.ts": 36,
  "share.test.ts": 33,
  "presenter-fit.test.ts": 28,
};

class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const seconds = (f: TestSpecification) => SECONDS_ALONE[basename(f.moduleId)] ?? 0;
    const sorted = await super.sort(files);
    return sorted.sort((a, b) => seconds(b) - seconds(a));
  }
}

export default defineConfig({
  test: {
    include: ["test/e2e/**/*.test.ts"],
    globalSetup: ["test/e2e/global-setup.ts"],
    testTimeout: 120_000,
    hookTimeout: 180_000,
    fileParallelism: workers > 1,
    maxWorkers: workers,
    sequence: { sequencer: LongestFirst },
    // Vitest's default of 1 s for expect.poll is shorter than a page may take to answer with
    // four browsers on 2 cores: with it, the editor test's last connection had no edge within
    // the second in 2 of 2 runs of the whole suite, on a machine otherwise quiet.
    expect: { poll: { timeout: 15_000 } },
    reporters: ["default", ["json", { outputFile: "test-results/e2e.json" }]],
  },
});
