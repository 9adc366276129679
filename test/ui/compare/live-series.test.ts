import { describe, expect, it } from "vitest";
import type { Scenario } from "../../../src/scenario/types";
import { GLOBAL_FIELDS } from "../../../src/sim/probe-fields";
import { globalColumn } from "../../../src/ui/charts/chart-data";
import { livePanels, smooth, variantStyle } from "../../../src/ui/compare/live-series";
import { initialCompareState, type LiveVariant } from "../../../src/ui/compare/state";
import { History } from "../../../src/ui/history";

const ROW = 1 + GLOBAL_FIELDS.length;

/** A variant whose history holds `rows` rows of `completed` and `p99` values. */
function variant(name: string, rows: { t: number; completed: number; p99: number }[]): LiveVariant {
  const history = new History(ROW);
  const data = new Float64Array(rows.length * ROW);
  rows.forEach((r, i) => {
    data[i * ROW] = r.t;
    data[i * ROW + globalColumn("completed")] = r.completed;
    data[i * ROW + globalColumn("p99")] = r.p99;
  });
  history.append(data);
  return {
    name,
    scenario: {} as Scenario,
    layout: { components: [], edges: [], rowLength: ROW },
    history,
    time: rows.at(-1)?.t ?? 0,
    finished: false,
    summary: null,
    error: null,
  };
}

describe("livePanels", () => {
  const live = {
    ...initialCompareState().live,
    duration: 60,
    variants: [
      variant("A", [
        { t: 1, completed: 18, p99: 0.5 },
        { t: 2, completed: 17, p99: 0.7 },
      ]),
      variant("two servers", [{ t: 1, completed: 18, p99: 0.1 }]),
    ],
  };
  const panels = livePanels(live, (key) => `[${key}]`);

  it("draws throughput, p50, p99 and the error rate over the runs' shared time axis", () => {
    expect(panels.map((p) => [p.key, p.title, p.unit])).toEqual([
      ["throughput", "[compare.chart.throughput]", "req/s"],
      ["p50", "[compare.chart.p50]", "ms"],
      ["p99", "[compare.chart.p99]", "ms"],
      ["errors", "[compare.chart.errors]", "%"],
    ]);
    for (const p of panels) expect(p.xDomain).toEqual([0, 60]);
  });

  it("gives each variant one line on its own times, in its own colour in every panel", () => {
    const p99 = panels[2];
    expect(p99.series.map((s) => s.label)).toEqual(["A", "two servers"]);
    expect(Array.from(p99.series[0].xs)).toEqual([1, 2]);
    // Smoothed: each point is the mean of the last SMOOTHING_ROWS rows.
    expect(Array.from(p99.series[0].ys)).toEqual([0.5, 0.6]);
    expect(p99.series[0].scale).toBe(1000);
    expect(Array.from(p99.series[1].xs)).toEqual([1]);
    for (const p of panels) {
      p.series.forEach((s, i) => {
        expect(s.color).toBe(variantStyle(i).color);
      });
    }
    expect(variantStyle(0).color).not.toBe(variantStyle(1).color);
  });

  it("leaves a gap in the error rate where nothing was answered", () => {
    const errors = panels[3].series[0];
    expect(Array.from(errors.ys)).toEqual([0, 0]);
    const idle = livePanels(
      { ...live, variants: [variant("A", [{ t: 1, completed: 0, p99: Number.NaN }])] },
      String,
    );
    expect(Number.isNaN(idle[3].series[0].ys[0])).toBe(true);
  });
});

describe("smooth", () => {
  it("averages the last values over a trailing window, skipping gaps", () => {
    const ys = Float64Array.from([1, 3, Number.NaN, 5, 7]);
    expect(Array.from(smooth(ys, 2))).toEqual([1, 2, 3, 5, 6]);
    expect(Array.from(smooth(Float64Array.from([Number.NaN, 2]), 1))).toEqual([Number.NaN, 2]);
  });
});
