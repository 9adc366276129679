import { afterEach, describe, expect, it } from "vitest";
import { setLocale } from "../../../src/ui/i18n/translate";
import { revealRuns } from "../../../src/ui/workshop/reveal-runs";
import { revealProblemText, wholeRunsText } from "../../../src/ui/workshop/reveal-text";

afterEach(() => setLocale("en"));

const run = (seed: string, duration: number) => ({ value: 1, seed, duration });

describe("the reveal's words", () => {
  it("names the whole runs both figures come from, in the page's language", () => {
    const figures = { before: run("1", 300), after: run("1", 300) };
    expect(wholeRunsText(figures)).toBe(
      "Both figures are from whole runs of 300 s on seed 1: the scenario as it was, and with the change.",
    );
    setLocale("zh-CN");
    expect(wholeRunsText(figures)).toBe(
      "两个数字都来自完整运行（300 秒，种子 1）：改动前的场景与改动后的场景。",
    );
  });

  it("names each run when the change set its seed or its duration", () => {
    expect(wholeRunsText({ before: run("1", 1500), after: run("x7", 600) })).toBe(
      "From whole runs: before, 1,500 s on seed 1; after, 600 s on seed x7.",
    );
  });

  it("says why the figures could not be worked out, keeping a worker's own message", () => {
    expect(revealProblemText({ kind: "batch", reason: "out of memory" })).toBe(
      "The answer could not be worked out: out of memory",
    );
    const runs = revealRuns("{", "{}");
    if (runs.ok) throw new Error("a text that is not JSON was accepted");
    setLocale("zh-CN");
    expect(revealProblemText(runs.problem)).toMatch(/^无法计算出答案：（文档）: 不是有效的 JSON：/);
  });
});
