import { afterEach, describe, expect, it } from "vitest";
import { MAX_JOB_ROWS } from "../../src/sim/memory-budget";
import { DEFAULT_MAX_EVENTS, LOOK_EVENTS } from "../../src/sim/work-budget";
import { setLocale } from "../../src/ui/i18n/translate";
import { engineFailureText } from "../../src/ui/stopped";
import { Session } from "../../src/worker/session";

afterEach(() => setLocale("en"));

/** 20 closed users retrying every 20 ns against a full server: 3.8e9 events a simulated second. */
const retryLoop = JSON.stringify({
  version: 1,
  name: "retry loop",
  duration: 5,
  components: [
    {
      id: "users",
      type: "client",
      workload: { kind: "closed", users: 20, think: { dist: "const", value: 0 } },
      target: "web",
      retry: { max: 1e9, backoff: 2e-8, multiplier: 1, jitter: false },
    },
    { id: "web", type: "server", workers: 1, queue: 0, service: { dist: "const", value: 10 } },
  ],
});

describe("a run the page's worker stopped for its work, in the page's language", () => {
  it("stops within two looks, with the projection, and says it in English and in Chinese", () => {
    const session = new Session();
    expect(session.load(retryLoop).ok).toBe(true);
    session.advanceTo(5);
    const run = session.snapshot({ running: false, speed: 1, withSummary: false });
    expect(run.finished).toBe(true);
    expect(run.events).toBeLessThanOrEqual(2 * LOOK_EVENTS);
    expect(run.error).toMatchObject({ kind: "workBudget", maxEvents: DEFAULT_MAX_EVENTS });
    const text = engineFailureText(run.error!);
    expect(text).toMatch(
      /^This run would take about 4,\d{3},000,000 events \(9\d\d,000,000 per simulated second for 5 s\), more than the 200,000,000 a run may take/,
    );
    expect(text).not.toMatch(/NaN|Infinity|∞/);
    setLocale("zh-CN");
    expect(engineFailureText(run.error!)).toMatch(/^这次运行大约需要 4,\d{3},000,000 个事件/);
  });

  it("says a run spent its events with the clock at 0 in words of its own", () => {
    const failure = {
      kind: "workBudget" as const,
      maxEvents: 1000,
      events: 1001,
      time: 0,
      duration: 5,
      projected: 1001,
      rate: 0,
    };
    expect(engineFailureText(failure)).toMatch(
      /^This run took the 1,000 events a run may take \(about a minute of computing\) with the simulated clock still at 0\./,
    );
  });

  it("names the component whose queue filled the memory a run may take, and how many it holds", () => {
    const failure = {
      kind: "memoryBudget" as const,
      component: "web",
      held: MAX_JOB_ROWS,
      total: MAX_JOB_ROWS,
      time: 4660.5,
    };
    expect(engineFailureText(failure)).toBe(
      "web holds 4,194,304 requests at t = 4,660.5 s (4,194,304 in flight in all), the most a run may hold. Its queue grows without bound, as more arrives than it can serve: give it a queue capacity (queue), more workers or replicas, or less load.",
    );
    setLocale("zh-CN");
    expect(engineFailureText(failure)).toContain("web 在 t = 4,660.5 秒时持有 4,194,304 个请求");
  });
});
