import { afterEach, describe, expect, it } from "vitest";
import { parseScenarioText } from "../../../src/scenario/parse";
import type { Scenario } from "../../../src/scenario/types";
import { liveProblemText } from "../../../src/ui/compare/live-problem";
import {
  initialCompareState,
  type LiveError,
  type LiveVariant,
} from "../../../src/ui/compare/state";
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
      error: stopped("out of memory"),
      variants: [variant("A", stalled)],
    };
    expect(liveProblemText(live)).toBe(
      "The variants could not run side by side: the comparison worker stopped: out of memory",
    );
  });

  it("names a variant that did not load with its first issue, reworded after a switch to Chinese", () => {
    const live = { ...initialCompareState().live, error: invalid("B", negativeDuration) };
    expect(liveProblemText(live)).toBe(
      "The variants could not run side by side: B: duration: must be a number > 0, got -5",
    );
    setLocale("zh-CN");
    expect(liveProblemText(live)).toBe(
      "无法并排运行各方案：B: duration: 应为大于 0 的数，实际为 -5",
    );
  });

  it("rewords the worker stopping or failing after a switch to Chinese, keeping the browser's message", () => {
    const failed: LiveError = {
      kind: "worker",
      worker: "compare.workerFailed",
      reason: "no clone",
    };
    const live = { ...initialCompareState().live, error: stopped("out of memory") };
    expect(liveProblemText({ ...live, error: failed })).toBe(
      "The variants could not run side by side: the comparison worker failed: no clone",
    );
    setLocale("zh-CN");
    expect(liveProblemText(live)).toBe("无法并排运行各方案：对比 worker 已停止：out of memory");
    expect(liveProblemText({ ...live, error: failed })).toBe(
      "无法并排运行各方案：对比 worker 出错：no clone",
    );
  });

  it("says the error is unknown when the browser gave no message", () => {
    const live = { ...initialCompareState().live, error: stopped("") };
    expect(liveProblemText(live)).toMatch(/stopped: unknown error$/);
  });
});

/** A scenario whose only issue is a duration below 0. */
const negativeDuration = JSON.stringify({
  version: 1,
  name: "backwards",
  duration: -5,
  components: [{ id: "web", type: "server", service: { dist: "const", value: 0.01 } }],
});

/** The lock-step worker stopped, with the browser's message. */
function stopped(reason: string): LiveError {
  return { kind: "worker", worker: "compare.workerStopped", reason };
}

/** Variant `name` written as `text`, which does not validate. */
function invalid(name: string, text: string): LiveError {
  const parsed = parseScenarioText(text);
  if (parsed.ok) throw new Error(`${text} is valid`);
  return { kind: "invalid", variant: name, issue: parsed.errors[0] };
}
