import { afterEach, describe, expect, it } from "vitest";
import { parseSlos, sloProblemText } from "../../../src/sim/slo/parse";
import { type PlanProblem, planProblemText } from "../../../src/sim/sweep/plan";
import { parseSweepValues, valuesProblemText } from "../../../src/sim/sweep/values";
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
        "--param components.app.wokers: refused: components[1].wokers is not a field of the scenario format; did you mean components.app.workers?",
      ],
      [
        "--param components.app.wokers：已拒绝，components[1].wokers 不是场景格式中的字段；您是不是想写 components.app.workers？",
      ],
    ]);
  });

  it("says values it cannot read as the command line does, and rewords them after a switch to Chinese", () => {
    const typed = ["4:x", "1:10:0", "1,x", "1:5000:1"];
    const problems = typed.flatMap((values) => refused(text, { values }));
    const cli = typed.map((values) => {
      const parsed = parseSweepValues(values);
      return parsed.ok ? "" : valuesProblemText(parsed.problem);
    });
    expect(said(problems)).toEqual([
      cli,
      [
        "--values '4:x'：范围写作 起:止:步长，三个数，如 10:90:10",
        "--values '1:10:0'：步长不能为零，且须从 1 走向 10",
        "--values '1,x'：列表是以逗号分隔的数，如 1,2,4,8",
        "--values '1:5000:1'：共 5000 个取值，超过上限 1000",
      ],
    ]);
  });

  it("says objectives it cannot read as the command line does, and rewords them after a switch to Chinese", () => {
    const slo = "p99=0.25, p42<1, throughput>5ms, p99<5%, errorRatio<1s, p99<1e999";
    const read = parseSlos([slo]);
    expect(said(refused(text, { slo }))).toEqual([
      read.ok ? [] : read.problems.map(sloProblemText),
      [
        "SLO 'p99=0.25' 的格式应为 <指标><比较符><数值>，如 p99<0.25 或 throughput>=90",
        "SLO 'p42<1'：未知指标 'p42'；可选 mean, p50, p90, p99, p999, max, throughput, failureRatio, errorRatio",
        "SLO 'throughput>5ms'：throughput 不能以 'ms' 为单位（每秒请求数，不带单位）",
        "SLO 'p99<5%'：p99 不能以 '%' 为单位（秒，或 ms）",
        "SLO 'errorRatio<1s'：errorRatio 不能以 's' 为单位（小数，或 %）",
        "SLO 'p99<1e999'：上限必须是有限的数",
      ],
    ]);
  });

  it("says a path it cannot read or that does not fit as the command line does, and rewords it after a switch to Chinese", () => {
    const params = [
      "a b",
      "components.web.workers",
      "components[5].workers",
      "[0]",
      "components.app.retry.max",
      "duration.x",
      "components.app.service",
      "components.app.workload.scale",
    ];
    const problems = params.flatMap((param) => refused(text, { param }));
    const closed = {
      kind: "path",
      param: "components.users.workload.scale",
      problem: { kind: "notOpen", at: "components[0].workload", found: '"closed"' },
    } as const;
    // Every one of them a problem of the plan, as the command line has it.
    const all = [...problems, closed, { kind: "noValues" }] as PlanProblem[];
    expect(said(all)).toEqual([
      all.map((problem) => planProblemText(problem)),
      [
        "--param 'a b' 不是有效路径，应形如 components.app.workers 或 components[0].workload.rate",
        "--param components.web.workers: 没有 id 为 'web' 的组件",
        "--param components[5].workers: components 没有元素 [5]",
        "--param [0]: （文档） 没有元素 [0]",
        "--param components.app.retry.max: components[1].retry 不存在",
        "--param duration.x: duration 不是对象",
        '--param components.app.service: components[1].service 不是数字，而是 {"dist":"exp","mean":0.05}',
        "--param components.app.workload.scale: components[1].workload.scale 按倍数放大开放式负载的速率和 schedule，但 components[1].workload 没有负载",
        '--param components.users.workload.scale: components[0].workload.scale 按倍数放大开放式负载的速率和 schedule，但 components[0].workload 是 "closed" 类型的负载',
        "扫描需要取值",
      ],
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
