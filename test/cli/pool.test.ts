/**
 * The pool on real worker threads: the worker entry is bundled with esbuild as bin/archsim.js
 * bundles it, into a directory of its own under node_modules/.cache, where the packages it
 * imports resolve.
 */
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { build } from "esbuild";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runOnPool, withBudget } from "../../src/cli/pool";
import { type RunTask, runTasks } from "../../src/sim/batch/task";
import type { Summary } from "../../src/sim/summary";
import { WorkBudgetExceeded } from "../../src/sim/work-budget";
import { TINY_SCENARIO } from "./fixtures";

let dir: string;
let script: URL;

beforeAll(async () => {
  const cache = join(import.meta.dirname, "..", "..", "node_modules", ".cache");
  mkdirSync(cache, { recursive: true });
  dir = mkdtempSync(join(cache, "archsim-pool-test-"));
  const outfile = join(dir, "task-worker.mjs");
  await build({
    entryPoints: [join(import.meta.dirname, "..", "..", "src", "cli", "task-worker.ts")],
    bundle: true,
    platform: "node",
    format: "esm",
    outfile,
    logLevel: "error",
    packages: "external",
  });
  script = pathToFileURL(outfile);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const TASKS: RunTask[] = ["a", "b", "c", "d", "e"].map((seed) => ({
  document: { ...TINY_SCENARIO, duration: 10 },
  seed,
}));

/** Everything but the wall-clock time, which no seed controls. */
function figures(summaries: Summary[]) {
  return summaries.map(({ wallSeconds: _, ...rest }) => rest);
}

describe("runOnPool", { timeout: 30_000 }, () => {
  it("returns, in task order, exactly the summaries of a run in this thread", async () => {
    const pooled = await runOnPool(TASKS, { workers: 2, script: async () => script });
    expect(figures(pooled)).toEqual(figures(runTasks(TASKS)));
    expect(pooled.map((s) => s.seed)).toEqual(["a", "b", "c", "d", "e"]);
  });

  it("runs in this thread with one worker, without bundling anything", async () => {
    let asked = false;
    const summaries = await runOnPool(TASKS.slice(0, 2), {
      workers: 1,
      script: async () => {
        asked = true;
        return script;
      },
    });
    expect(asked).toBe(false);
    expect(summaries).toHaveLength(2);
  });

  it("rejects with the worker's error when a task fails, and stops its threads", async () => {
    const broken = [...TASKS, { document: { version: 1 }, seed: "x" }];
    await expect(runOnPool(broken, { workers: 2, script: async () => script })).rejects.toThrow(
      /^a batch task holds an invalid scenario \(name: /,
    );
  });

  it("rebuilds a run stopped by its work budget as that stop, the scenario's fault", async () => {
    const over = withBudget(TASKS, 10);
    const error = await runOnPool(over, { workers: 2, script: async () => script }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(WorkBudgetExceeded);
    expect((error as WorkBudgetExceeded).maxEvents).toBe(10);
    expect((error as WorkBudgetExceeded).message).toMatch(/--max-events/);
  });
});
