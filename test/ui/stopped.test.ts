import { afterEach, describe, expect, it } from "vitest";
import { setLocale } from "../../src/ui/i18n/translate";
import { engineFailureText, stoppedText } from "../../src/ui/stopped";
import { Session } from "../../src/worker/session";
import { zeroTimeLoop } from "../scenario/documents";

afterEach(() => setLocale("en"));

const zeroLoop = JSON.stringify(zeroTimeLoop());

describe("a run the engine stopped, in the page's language", () => {
  it("says where the clock stopped and what to change, in English and in Chinese", () => {
    const session = new Session();
    expect(session.load(zeroLoop).ok).toBe(true);
    session.advanceTo(10);
    const loop = session.snapshot({ running: false, speed: 1, withSummary: false });
    expect(loop.finished).toBe(true);
    expect(loop.error).toEqual({ kind: "stalled", time: 0, reached: 0 });
    const failure = loop.error!;
    expect(engineFailureText(failure)).toBe(
      "Simulated time stopped advancing at t = 0 s: over 2,000,000 events in a row at that instant. Something loops without taking any time: give the think time, the service times or the network a duration above 0.",
    );
    setLocale("zh-CN");
    expect(engineFailureText(failure)).toContain("模拟时间在 t = 0 秒停止前进");
  });

  it("names the component that asked for an event at a time no run can reach", () => {
    const session = new Session();
    const unbounded = {
      version: 1,
      name: "unbounded",
      duration: 60,
      components: [
        { id: "users", type: "client", workload: { kind: "open", rate: 10 }, target: "web" },
        { id: "web", type: "server", service: { dist: "pareto", min: 1, alpha: 1e-300 } },
      ],
    };
    expect(session.load(JSON.stringify(unbounded)).ok).toBe(true);
    session.advanceTo(60);
    const run = session.snapshot({ running: false, speed: 1, withSummary: false });
    expect(run.finished).toBe(true);
    expect(run.error).toMatchObject({ kind: "unschedulable", component: "web", delay: Infinity });
    expect(engineFailureText(run.error!)).toMatch(
      /^web asked for an event ∞ s after t = 0\.\d+ s, which is not a time the run can reach\./,
    );
    setLocale("zh-CN");
    expect(engineFailureText(run.error!)).toContain("web 在 t = 0.");
  });

  it("keeps the magnitude of a clock that crawls by steps far under a microsecond", () => {
    const crawl = { kind: "stalled" as const, time: 0, reached: 5.7e-54 };
    expect(engineFailureText(crawl)).toContain("took it only to t = 5.7e-54 s");
  });

  it("words a failed worker when shown, so a change of language rewords it", () => {
    const stopped = { worker: "banner.workerStopped" as const, reason: "" };
    expect(stoppedText(stopped)).toBe("the simulation worker stopped: unknown error");
    setLocale("zh-CN");
    expect(stoppedText(stopped)).toBe("模拟 worker 已停止：未知错误");
    expect(stoppedText({ failure: { kind: "stalled", time: 0, reached: 0 } })).toContain(
      "模拟时间在 t = 0 秒停止前进",
    );
  });

  it("calls any other failure a bug, with its message", () => {
    expect(engineFailureText({ kind: "bug", message: "job 3 freed twice" })).toBe(
      "the engine failed, which is a bug (please report it): job 3 freed twice",
    );
  });
});
