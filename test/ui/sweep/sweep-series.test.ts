import { describe, expect, it } from "vitest";
import { parseSlos, sloProblemText } from "../../../src/sim/slo/parse";
import type { SweepResult } from "../../../src/sim/sweep/analyze";
import { SWEEP_FIGURES } from "../../../src/sim/sweep/analyze";
import { panelOf, sweepPanels } from "../../../src/ui/sweep/sweep-series";

function point(value: number, p99: number, failureRatio = 0) {
  const figures = Object.fromEntries(
    SWEEP_FIGURES.map((f) => [f, { mean: value, halfWidth: 0.1 }]),
  ) as SweepResult["points"][number]["figures"];
  figures.p99 = { mean: p99, halfWidth: 0.02 };
  figures.failureRatio = { mean: failureRatio, halfWidth: 0 };
  return { value, figures };
}

const slo = (text: string) => {
  const read = parseSlos([text]);
  if (!read.ok) throw new Error(read.problems.map(sloProblemText).join());
  return read.slos;
};

const result: SweepResult = {
  param: "components.users.workload.rate",
  values: [4, 8, 12],
  replications: 3,
  points: [point(4, 0.3), point(8, 0.4), point(12, 0.6)],
  knee: { value: 12, index: 2, reason: "latency" },
  slo: { objectives: ["p99<0.5"], lastMeeting: 8 },
};

const translate = (key: string, params?: Record<string, string | number>) =>
  `${key}${params === undefined ? "" : JSON.stringify(params)}`;

describe("sweepPanels", () => {
  it("plots throughput and latency against the parameter, with 95% bands, and no failures chart when none failed", () => {
    const panels = sweepPanels(result, [], "rate", translate);
    expect(panels.map((p) => p.key)).toEqual(["throughput", "latency"]);
    const latency = panels[1];
    expect(latency.series.map((s) => s.key)).toEqual(["p50", "p90", "p99"]);
    const p99 = latency.series[2];
    expect(p99.xs).toEqual([4, 8, 12]);
    expect(p99.ys).toEqual([0.3, 0.4, 0.6]);
    expect(p99.halfWidths).toEqual([0.02, 0.02, 0.02]);
    expect(p99.scale).toBe(1000);
    expect(latency.xLabel).toBe("rate");
    expect(latency.xDomain).toEqual([4, 12]);
  });

  it("runs the x axis in sweep order, so a capacity swept downwards reads left to right", () => {
    const down = { ...result, values: [12, 8, 4], points: [...result.points].reverse() };
    const panel = sweepPanels(down, [], "workers", translate)[0];
    expect(panel.xDomain).toEqual([12, 4]);
    expect(panel.xTicks).toEqual([12, 8, 4]);
  });

  it("marks the knee on every chart, and the SLO line and last value meeting it on its metric's chart", () => {
    const panels = sweepPanels(result, slo("p99<0.5"), "rate", translate);
    expect(panels[0].marks.map((m) => m.key)).toEqual(["knee"]);
    expect(panels[1].marks.map((m) => [m.key, m.axis, m.value, m.label])).toEqual([
      ["knee", "x", 12, 'sweep.mark.knee{"value":12}'],
      ["slo:p99<0.5", "y", 500, 'sweep.mark.sloMet{"slo":"p99<0.5","value":8}'],
      ["slo-met", "x", 8, ""],
    ]);
  });

  it("names the last value meeting the objectives once, on the SLO line, not atop the chart where a line near the top would be covered", () => {
    const objectives = slo("p50<0.2,p99<0.5");
    const labels = sweepPanels(result, objectives, "rate", translate)[1].marks.map((m) => m.label);
    expect(labels).toEqual([
      'sweep.mark.knee{"value":12}',
      'sweep.mark.slo{"slo":"p50<0.2"}',
      'sweep.mark.sloMet{"slo":"p99<0.5","value":8}',
      "",
    ]);
    const never = { ...result, slo: { objectives: ["p99<0.5"], lastMeeting: null } };
    expect(
      sweepPanels(never, slo("p99<0.5"), "rate", translate)[1].marks.map((m) => m.label),
    ).toEqual(['sweep.mark.knee{"value":12}', 'sweep.mark.slo{"slo":"p99<0.5"}']);
  });

  it("draws a failure-ratio objective on the failures chart, which it then shows", () => {
    const objectives = slo("failureRatio<1%");
    expect(panelOf(objectives[0])).toBe("failures");
    const panels = sweepPanels({ ...result, knee: null }, objectives, "rate", translate);
    expect(panels.map((p) => p.key)).toEqual(["throughput", "latency", "failures"]);
    expect(panels[2].marks.map((m) => [m.key, m.value])).toEqual([
      ["slo:failureRatio<1%", 1],
      ["slo-met", 8],
    ]);
    expect(panelOf(slo("throughput>=10")[0])).toBe("throughput");
  });
});
