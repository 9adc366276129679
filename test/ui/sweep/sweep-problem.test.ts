import { afterEach, describe, expect, it } from "vitest";
import { setLocale } from "../../../src/ui/i18n/translate";
import type { SweepProblem, SweepWarning } from "../../../src/ui/sweep/state";
import { type SweepInputs, sweepRequest } from "../../../src/ui/sweep/sweep-inputs";
import { sweepProblemText, sweepWarningText } from "../../../src/ui/sweep/sweep-problem";

afterEach(() => setLocale("en"));

const text = JSON.stringify({
  version: 1,
  name: "M/M/1",
  duration: 30,
  components: [
    { id: "users", type: "client", workload: { kind: "open", rate: 10 }, target: "app" },
    { id: "app", type: "server", service: { dist: "exp", mean: 0.05 } },
  ],
});

const inputs: SweepInputs = {
  param: "components.app.workers",
  values: "1,2",
  replications: 2,
  slo: "",
};

/** Why the panel's fields were refused, as the controller keeps it. */
function refused(scenario: string, change: Partial<SweepInputs>): SweepProblem[] {
  const request = sweepRequest(scenario, { ...inputs, ...change });
  if (request.ok) throw new Error("the sweep was accepted");
  return request.problems;
}

/** Each problem in English, then in Chinese. */
function said(problems: SweepProblem[]): [string[], string[]] {
  const en = problems.map(sweepProblemText);
  setLocale("zh-CN");
  return [en, problems.map(sweepProblemText)];
}

describe("sweepProblemText", () => {
  it("rewords a scenario that does not load and replications out of range after a switch to Chinese", () => {
    expect(said([...refused("{ nope", {}), ...refused(text, { replications: 51 })])).toEqual([
      [
        "the scenario does not load: fix it in the editor first",
        "replications must be a whole number from 1 to 50",
      ],
      ["场景无法载入：请先在编辑器中修正", "重复次数必须是 1 到 50 之间的整数"],
    ]);
  });

  it("rewords a value the validator refuses, its issue included, keeping the value as written", () => {
    expect(said(refused(text, { values: "2,1500.5" }))).toEqual([
      [
        "at components.app.workers = 1500.5: components[1].workers: must be an integer >= 1, got 1500.5",
      ],
      [
        "components.app.workers = 1500.5 时：components[1].workers: 应为大于等于 1 的整数，实际为 1500.5",
      ],
    ]);
  });

  it("rewords a field the validator does not know after a switch to Chinese", () => {
    expect(said(refused(text, { param: "components.app.wokers" }))).toEqual([
      [
        '--param components.app.wokers: components[1].wokers: unknown field (ignored); did you mean "workers"?',
      ],
      [
        '--param components.app.wokers: components[1].wokers: 未知字段（已忽略）；您是不是想写 "workers"？',
      ],
    ]);
  });

  it("keeps the sweep core's own words, which it says only in English", () => {
    const problems = refused(text, { values: "4:x", slo: "p42<1" });
    const [en, zh] = said(problems);
    expect(zh).toEqual(en);
    expect(en).toEqual([
      "--values '4:x': a range is from:to:step, three numbers, e.g. 10:90:10",
      expect.stringMatching(/^SLO 'p42<1': unknown metric 'p42'/),
    ]);
  });

  it("keeps a worker's message inside the Chinese page, and says 'unknown error' when it gave none", () => {
    const problems: SweepProblem[] = [
      { kind: "batch", reason: "out of memory" },
      { kind: "batch", reason: "" },
    ];
    expect(said(problems)).toEqual([
      ["out of memory", "unknown error"],
      ["out of memory", "未知错误"],
    ]);
  });
});

describe("sweepWarningText", () => {
  it("says a scheduled rate does not set the load, and names the multiplier as the picker does, in either language", () => {
    const warning: SweepWarning = {
      kind: "scheduledRate",
      param: "components.users.workload.rate",
      client: "users",
      from: 1200,
      scale: "components.users.workload.scale",
    };
    expect(sweepWarningText(warning)).toBe(
      "users has a schedule that replaces its rate from 1,200 s on, so the load offered does not follow the values swept: the knee and the SLO reading name rates that were not offered. To scale its whole load, sweep “users · load multiplier (rate and schedule)”.",
    );
    setLocale("zh-CN");
    expect(sweepWarningText(warning)).toBe(
      "users 的 schedule 从 1,200 秒起取代其速率，因此提供负载不随扫描的取值变化：拐点与 SLO 结论所指的速率并未实际提供。要按比例放大其全部负载，请扫描“users · 负载倍数（速率及 schedule）”。",
    );
  });
});
