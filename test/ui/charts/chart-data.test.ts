import { afterEach, describe, expect, it } from "vitest";
import {
  componentColumn,
  componentSeries,
  componentsWhere,
  errorRate,
  faultSpans,
  globalColumn,
  histogramBars,
  namedMarkers,
  rowAt,
} from "../../../src/ui/charts/chart-data";
import { componentNames } from "../../../src/ui/component-names";
import { setLocale } from "../../../src/ui/i18n/index";
import { historyOf, layout, row, scenario } from "./fixtures";

afterEach(() => setLocale("en"));

const names = componentNames(scenario, "en");

/** The fixture with Chinese labels on app and db, named as a page in Chinese names them. */
const labelledScenario = {
  ...scenario,
  components: scenario.components.map((c) =>
    c.id === "app"
      ? { ...c, label: { en: "App", "zh-CN": "应用" } }
      : c.id === "db"
        ? { ...c, label: { en: "Database", "zh-CN": "数据库" } }
        : c,
  ),
};
const labelled = componentNames(labelledScenario, "zh-CN");

describe("column lookup", () => {
  it("finds a global figure by name right after the time column", () => {
    const r = row({ time: 3, global: { offered: 12, p99: 0.25 } });
    expect(globalColumn("offered")).toBe(1);
    expect(r[globalColumn("offered")]).toBe(12);
    expect(r[globalColumn("p99")]).toBe(0.25);
  });

  it("finds a component's figure by its id and the field's name", () => {
    const r = row({ time: 3, components: { app: { meanQueue: 4 }, db: { utilization: 0.7 } } });
    expect(r[componentColumn(layout, "app", "meanQueue")]).toBe(4);
    expect(r[componentColumn(layout, "db", "utilization")]).toBe(0.7);
  });

  it("answers -1 for a component the layout does not have", () => {
    expect(componentColumn(layout, "cache", "served")).toBe(-1);
  });
});

describe("series extraction", () => {
  it("lists the components of the types asked for, in layout order", () => {
    expect(componentsWhere(scenario, layout, (type) => type === "server")).toEqual(["app", "db"]);
    expect(componentsWhere(scenario, layout, (type) => type !== "server")).toEqual(["users", "lb"]);
    expect(componentsWhere(null, layout, () => true)).toEqual([]);
  });

  it("draws one line per component, reading its column of the history", () => {
    const history = historyOf(
      { time: 1, components: { app: { meanQueue: 1 }, db: { meanQueue: 5 } } },
      { time: 2, components: { app: { meanQueue: 2 }, db: { meanQueue: 6 } } },
    );
    const series = componentSeries(history, layout, ["app", "db"], "meanQueue", names);
    expect(series.map((s) => [s.label, s.component, [...s.ys]])).toEqual([
      ["app", "app", [1, 2]],
      ["db", "db", [5, 6]],
    ]);
  });

  it("labels each line with the component's label in the page's language, its id on hover", () => {
    setLocale("zh-CN");
    const series = componentSeries(historyOf(), layout, ["app", "lb"], "meanQueue", labelled);
    expect(series.map((s) => [s.label, s.component, s.title])).toEqual([
      ["应用", "app", "选中 应用 (app)"],
      ["lb", "lb", "选中 lb"],
    ]);
  });

  it("gives each component its own colour and skips ids the layout lacks", () => {
    const series = componentSeries(
      historyOf(),
      layout,
      ["app", "nope", "db"],
      "utilization",
      names,
      100,
    );
    expect(series.map((s) => s.label)).toEqual(["app", "db"]);
    expect(series[0].color).not.toBe(series[1].color);
    expect(series[0].scale).toBe(100);
  });
});

describe("error rate", () => {
  it("is failed answers of every kind over all answers", () => {
    const history = historyOf({
      time: 1,
      global: { completed: 60, rejected: 10, timeout: 10, unavailable: 10, error: 10 },
    });
    expect([...errorRate(history)]).toEqual([0.4]);
  });

  it("is a gap, not zero, where nothing was answered", () => {
    const history = historyOf(
      { time: 1, global: { completed: 0 } },
      { time: 2, global: { completed: 5 } },
    );
    const rate = errorRate(history);
    expect(rate[0]).toBeNaN();
    expect(rate[1]).toBe(0);
  });

  it("is 100% when every answer failed", () => {
    expect([...errorRate(historyOf({ time: 1, global: { timeout: 3 } }))]).toEqual([1]);
  });
});

describe("the row under the cursor", () => {
  const xs = Float64Array.from([1, 2, 3, 4]);

  it("is the nearest row in time", () => {
    expect(rowAt(xs, 2.4)).toBe(1);
    expect(rowAt(xs, 2.6)).toBe(2);
  });

  it("is the first or the last row within one interval outside the recorded time", () => {
    expect(rowAt(xs, 0.2)).toBe(0);
    expect(rowAt(xs, 4.9)).toBe(3);
  });

  it("is none over time not simulated yet, or without rows", () => {
    expect(rowAt(xs, 5.5)).toBe(-1);
    expect(rowAt(new Float64Array(0), 1)).toBe(-1);
  });
});

describe("fault spans", () => {
  it("shade each scheduled fault from its start for its duration, labelled by what it does", () => {
    expect(faultSpans(scenario)).toEqual([
      { from: 10, to: 30, label: "slow db ×5" },
      { from: 50, to: 55, label: "crash app#1" },
    ]);
  });

  it("name the component by its label, in the page's language", () => {
    setLocale("zh-CN");
    expect(faultSpans(labelledScenario, labelled).map((s) => s.label)).toEqual([
      "变慢 数据库 ×5",
      "宕机 应用#1",
    ]);
  });

  it("are none without a scenario", () => {
    expect(faultSpans(null)).toEqual([]);
  });
});

describe("what-if markers", () => {
  it("are worded in the page's language, naming the component by its label", () => {
    setLocale("zh-CN");
    const action = { kind: "slow", target: "db", duration: 30, factor: 5 } as const;
    expect(
      namedMarkers(
        [
          { time: 3, label: "db ×5 slower", action },
          { time: 4, label: "restart" },
        ],
        labelled,
      ),
    ).toEqual([
      { time: 3, label: "数据库 慢 5 倍", action },
      { time: 4, label: "restart" },
    ]);
  });
});

describe("histogram bars", () => {
  it("give each bucket in ms with its share of all requests", () => {
    const bars = histogramBars({ from: [0.001, 0.002], to: [0.002, 0.004], count: [1, 3] });
    expect(bars).toEqual([
      { fromMs: 1, toMs: 2, percent: 25, count: 1 },
      { fromMs: 2, toMs: 4, percent: 75, count: 3 },
    ]);
  });

  it("are none before any latency was measured", () => {
    expect(histogramBars(null)).toEqual([]);
    expect(histogramBars({ from: [], to: [], count: [] })).toEqual([]);
  });
});
