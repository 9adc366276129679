import { afterEach, describe, expect, it } from "vitest";
import type { Scenario } from "../../../src/scenario/types";
import { liveProblemText } from "../../../src/ui/compare/live-problem";
import { initialCompareState, type LiveVariant } from "../../../src/ui/compare/state";
import { History } from "../../../src/ui/history";
import { setLocale } from "../../../src/ui/i18n/translate";
import type { EngineFailure } from "../../../src/worker/protocol";

afterEach(() => setLocale("en"));

/** A variant of the side-by-side run, stopped by its engine when `error` is given. */
function variant(name: string, error: EngineFailure | null = null): LiveVariant {
  return {
    name,
    scenario: {} as Scenario,
    layout: { components: [], edges: [], rowLength: 1 },
    history: new History(1),
    time: 0,
    finished: error !== null,
    summary: null,
    error,
  };
}

const stalled: EngineFailure = { kind: "stalled", time: 0, reached: 0 };

describe("liveProblemText", () => {
  it("says nothing while every variant runs", () => {
    const live = { ...initialCompareState().live, variants: [variant("A"), variant("B")] };
    expect(liveProblemText(live)).toBeNull();
  });

  it("names the variant whose engine stopped, and rewords it after a switch to Chinese", () => {
    const live = { ...initialCompareState().live, variants: [variant("A"), variant("B", stalled)] };
    expect(liveProblemText(live)).toMatch(
      /^The variants could not run side by side: B: Simulated time stopped advancing at t = 0 s:/,
    );
    setLocale("zh-CN");
    expect(liveProblemText(live)).toMatch(/^无法并排运行各方案：B: 模拟时间在 t = 0 秒停止前进/);
  });

  it("puts the run's own trouble before a variant's", () => {
    const live = {
      ...initialCompareState().live,
      error: "the comparison worker stopped: out of memory",
      variants: [variant("A", stalled)],
    };
    expect(liveProblemText(live)).toBe(
      "The variants could not run side by side: the comparison worker stopped: out of memory",
    );
  });
});
