import { describe, expect, it } from "vitest";
import { Cancelled, poolSize, type Runner, runPool } from "../../../src/ui/batch/pool";

/** A runner that answers after `delay(task)` ms and records which runner took which task. */
function runner(name: string, log: string[], delay: (t: number) => number): Runner<number, number> {
  return (task) =>
    new Promise((resolve) => {
      log.push(`${name}:${task}`);
      setTimeout(() => resolve(task * 10), delay(task));
    });
}

describe("runPool", () => {
  it("gives results in task order whatever order they finish in", async () => {
    const log: string[] = [];
    const progress: string[] = [];
    const results = await runPool(
      [1, 2, 3, 4, 5],
      [runner("a", log, (t) => (t === 1 ? 30 : 1)), runner("b", log, () => 1)],
      { onProgress: (done, total) => progress.push(`${done}/${total}`) },
    );
    expect(results).toEqual([10, 20, 30, 40, 50]);
    expect(progress).toEqual(["1/5", "2/5", "3/5", "4/5", "5/5"]);
    // The slow first task holds runner a; b takes every other task meanwhile.
    expect(log.filter((l) => l.startsWith("b:"))).toEqual(["b:2", "b:3", "b:4", "b:5"]);
  });

  it("resolves an empty batch at once", async () => {
    expect(await runPool([], [runner("a", [], () => 1)])).toEqual([]);
  });

  it("rejects with the first failure and starts nothing after it", async () => {
    const log: string[] = [];
    const failing: Runner<number, number> = (t) => {
      log.push(`f:${t}`);
      return Promise.reject(new Error(`task ${t} broke`));
    };
    await expect(runPool([1, 2, 3], [failing])).rejects.toThrow("task 1 broke");
    expect(log).toEqual(["f:1"]);
  });

  it("rejects with Cancelled as soon as the signal aborts", async () => {
    const controller = new AbortController();
    const log: string[] = [];
    const batch = runPool([1, 2, 3], [runner("a", log, () => 50)], {
      signal: controller.signal,
    });
    controller.abort();
    await expect(batch).rejects.toBeInstanceOf(Cancelled);
    await new Promise((r) => setTimeout(r, 80));
    expect(log).toEqual(["a:1"]);
  });
});

describe("poolSize", () => {
  it("uses the cores, at least 2 and at most 8, never more workers than tasks", () => {
    expect(poolSize(20, 4)).toBe(4);
    expect(poolSize(20, 1)).toBe(2);
    expect(poolSize(20, undefined)).toBe(2);
    expect(poolSize(20, 64)).toBe(8);
    expect(poolSize(1, 4)).toBe(1);
  });
});
