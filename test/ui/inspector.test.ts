import { describe, expect, it } from "vitest";
import type { Dist } from "../../src/scenario/types";
import { setLocale } from "../../src/ui/i18n/index";
import { formatDist } from "../../src/ui/inspector/config";
import {
  autoscalerNote,
  FAULT_WHAT_IFS,
  faultWhatIfs,
  niceStep,
  rateSlider,
  whatIfsFor,
  workersSlider,
} from "../../src/ui/inspector/what-ifs";
import { component } from "./topology/fixtures";

describe("whatIfsFor", () => {
  it("offers a server of several replicas the faults, one replica killed, and workers and replicas sliders", () => {
    const w = whatIfsFor(component("app"));
    expect(w.faults.map((f) => f.kind)).toEqual(["crash", "crash-one", "slow", "errors"]);
    expect(w.faults[1].action("app")).toEqual({
      kind: "crash",
      target: "app",
      duration: 10,
      instance: 0,
    });
    expect(w.sliders.map((x) => x.kind)).toEqual(["workers", "replicas"]);
    expect(w.sliders[1].max).toBe(4 * (component("app") as { replicas: number }).replicas);
  });

  it("offers a balancer the faults and no slider", () => {
    const w = whatIfsFor(component("lb"));
    expect(w.faults.map((f) => f.kind)).toEqual(["crash", "slow", "errors"]);
    expect(w.sliders).toEqual([]);
  });

  it("offers an open client its arrival rate and no faults (the engine refuses to fault a client)", () => {
    const w = whatIfsFor(component("users"));
    expect(w.faults).toEqual([]);
    expect(w.sliders.map((x) => x.kind)).toEqual(["rate"]);
  });

  it("offers a database, a queue and a CDN the three faults, on the whole component", () => {
    for (const id of ["store", "mail", "edge"]) {
      const w = whatIfsFor(component(id));
      expect(w.faults.map((f) => f.kind)).toEqual(["crash", "slow", "errors"]);
      expect(w.faults.map((f) => f.action(id))).toEqual(
        FAULT_WHAT_IFS.filter((f) => f.kind !== "crash-one").map((f) => f.action(id)),
      );
      expect(w.faults.every((f) => !("instance" in f.action(id)))).toBe(true);
      expect(w.sliders).toEqual([]);
      expect(w.none).toBeNull();
    }
  });

  it("words the faults for what each type is", () => {
    expect(faultWhatIfs("database")[0].title).toMatch(/whole database/);
    expect(faultWhatIfs("queue")[0].title).toMatch(/broker/);
    expect(faultWhatIfs("queue")[1].title).toMatch(/Consumers/);
    expect(faultWhatIfs("cdn")[0].title).toMatch(/edge/);
    expect(faultWhatIfs("server", 3)).toEqual(FAULT_WHAT_IFS);
    expect(faultWhatIfs("database").map((f) => f.label)).toEqual(
      FAULT_WHAT_IFS.filter((f) => f.kind !== "crash-one").map((f) => f.label),
    );
  });

  it("offers an autoscaler no what-ifs, and says what it does instead", () => {
    const scaler = component("scaler");
    const w = whatIfsFor(scaler);
    expect(w.faults).toEqual([]);
    expect(w.sliders).toEqual([]);
    if (scaler.type !== "autoscaler") throw new Error("scaler is an autoscaler");
    expect(w.none).toBe(autoscalerNote(scaler));
    const note = w.none!.replaceAll("\u00a0", " ");
    expect(note).toMatch(/serves no requests/);
    expect(note).toContain("Every 15 s it compares app's utilisation with 60%");
    expect(note).toContain("between 2 and 12 replicas");
    expect(note).toContain("after 30 s");
  });

  it("offers a closed client nothing, and says why", () => {
    const w = whatIfsFor(component("staff"));
    expect(w.faults).toEqual([]);
    expect(w.sliders).toEqual([]);
    expect(w.none).toMatch(/closed/);
  });
});

describe("the fault what-ifs", () => {
  it("kill for 10 s (all or one replica), slow ×5 for 30 s and fail 10% for 30 s", () => {
    expect(FAULT_WHAT_IFS.map((f) => f.action("app"))).toEqual([
      { kind: "crash", target: "app", duration: 10 },
      { kind: "crash", target: "app", duration: 10, instance: 0 },
      { kind: "slow", target: "app", duration: 30, factor: 5 },
      { kind: "errors", target: "app", duration: 30, rate: 0.1 },
    ]);
    expect(FAULT_WHAT_IFS.map((f) => f.label)).toEqual([
      "Kill 10 s",
      "Kill one replica 10 s",
      "Slow ×5 for 30 s",
      "10% errors for 30 s",
    ]);
  });
});

describe("a fault's button while the fault is in force", () => {
  it("counts the fault down in the page's language", () => {
    expect(FAULT_WHAT_IFS.map((f) => f.active("8 s"))).toEqual([
      "Down: 8 s left",
      "Replica down: 8 s left",
      "Slowed ×5: 8 s left",
      "10% errors: 8 s left",
    ]);
    setLocale("zh-CN");
    try {
      expect(FAULT_WHAT_IFS.map((f) => f.active("8 秒"))).toEqual([
        "宕机中：剩 8 秒",
        "单副本停机：剩 8 秒",
        "变慢 ×5：剩 8 秒",
        "10% 出错：剩 8 秒",
      ]);
    } finally {
      setLocale("en");
    }
  });

  it("keeps its countdown on a database, a queue and a CDN, whose tooltips differ", () => {
    for (const type of ["database", "queue", "cdn"] as const) {
      expect(faultWhatIfs(type).map((f) => f.active("8 s"))).toEqual([
        "Down: 8 s left",
        "Slowed ×5: 8 s left",
        "10% errors: 8 s left",
      ]);
    }
  });
});

describe("workersSlider", () => {
  it("goes from 1 to four times the configured workers, starting at the configured count", () => {
    const app = component("app");
    if (app.type !== "server") throw new Error("app is a server");
    const s = workersSlider(app);
    expect([s.min, s.max, s.step, s.initial]).toEqual([1, 32, 1, 8]);
    expect(s.action("app", 12)).toEqual({ kind: "workers", target: "app", workers: 12 });
  });
});

describe("rateSlider", () => {
  it("goes from 0 to three times the configured rate, in readable steps", () => {
    const users = component("users");
    if (users.type !== "client") throw new Error("users is a client");
    const s = rateSlider(users);
    expect([s.min, s.max, s.step, s.initial]).toEqual([0, 450, 1, 150]);
    expect(s.format(225)).toBe("225/s");
    expect(s.action("users", 225)).toEqual({ kind: "rate", target: "users", rate: 225 });
  });
});

describe("niceStep", () => {
  it("rounds down to 1, 2 or 5 times a power of ten", () => {
    expect(niceStep(1.5)).toBe(1);
    expect(niceStep(0.3)).toBe(0.2);
    expect(niceStep(0.007)).toBe(0.005);
    expect(niceStep(60)).toBe(50);
    expect(niceStep(0)).toBe(1);
  });
});

describe("formatDist", () => {
  it("writes every family in words with its mean or bounds", () => {
    const cases: [Dist, string][] = [
      [{ dist: "const", value: 0.05 }, "50 ms"],
      [{ dist: "exp", mean: 2 }, "exponential, mean 2 s"],
      [{ dist: "uniform", min: 0.01, max: 0.05 }, "uniform 10 ms – 50 ms"],
      [{ dist: "lognormal", mean: 0.1, cv: 2 }, "lognormal, mean 100 ms, cv 2"],
      [{ dist: "erlang", mean: 0.2, k: 3 }, "Erlang-3, mean 200 ms"],
      [{ dist: "pareto", min: 0.01, alpha: 1.5 }, "Pareto, min 10 ms, α 1.5"],
    ];
    for (const [d, text] of cases) expect(formatDist(d).replaceAll("\u00a0", " ")).toBe(text);
  });

  it("writes them in the page's language", () => {
    setLocale("zh-CN");
    try {
      expect(formatDist({ dist: "lognormal", mean: 0.1, cv: 2 }).replaceAll("\u00a0", " ")).toBe(
        "对数正态分布，均值 100 ms，变异系数 2",
      );
    } finally {
      setLocale("en");
    }
  });
});
