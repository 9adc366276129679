import { describe, expect, it } from "vitest";
import { parseScenarioText } from "../../src/scenario/parse";
import type { Scenario } from "../../src/scenario/types";
import type { Summary } from "../../src/sim/summary";
import { componentNames } from "../../src/ui/component-names";
import {
  COMPONENT_COLUMNS,
  componentRows,
  otherFigures,
  overviewFigures,
  summaryState,
} from "../../src/ui/summary-table";

function summary(overrides: Partial<Summary> = {}): Summary {
  return {
    scenario: "s",
    seed: "1",
    duration: 120,
    warmup: 10,
    events: 1000,
    wallSeconds: 0.1,
    requests: {
      generated: 1000,
      completed: 990,
      failed: 8,
      inFlight: 2,
      failures: { rejected: 5, timeout: 3, unavailable: 0, error: 0 },
    },
    throughput: 9.0,
    latency: { mean: 0.0491, p50: 0.0397, p90: 0.0881, p99: 0.186, p999: 0.313, max: 0.631 },
    retries: 4,
    classes: {},
    components: {
      db: { utilization: 0.97, meanQueue: 3.2, meanWait: 0.012, served: 990, rejected: 5 },
      users: { offered: 9.09, served: 990, failed: 8, retries: 4 },
    },
    ...overrides,
  };
}

function scenario(): Scenario {
  const parsed = parseScenarioText(
    JSON.stringify({
      version: 1,
      name: "s",
      duration: 120,
      warmup: 10,
      components: [
        { id: "users", type: "client", workload: { kind: "open", rate: 9 }, target: "db" },
        { id: "db", type: "server", service: { dist: "exp", mean: 0.01 } },
      ],
    }),
  );
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return parsed.scenario;
}

describe("summary table figures", () => {
  it("lists the run's requests, throughput and latency in milliseconds", () => {
    const figures = Object.fromEntries(overviewFigures(summary()).map((f) => [f.id, f]));
    expect(figures.generated.value).toBe("1,000");
    expect(figures.failed).toEqual({
      id: "failed",
      label: "failed",
      value: "8 (0.802%)",
      state: "bad",
    });
    expect(figures["throughput req/s"].value).toBe("9.00");
    expect(figures["p99.9 ms"].value).toBe("313");
    expect(figures["failures by kind"].value).toBe("rejected 5, timeout 3");
  });

  it("marks nothing when no request failed", () => {
    const s = summary();
    s.requests.failed = 0;
    s.requests.failures = { rejected: 0, timeout: 0, unavailable: 0, error: 0 };
    const figures = overviewFigures(s);
    expect(figures.find((f) => f.label === "failed")).toEqual({
      id: "failed",
      label: "failed",
      value: "0",
      state: undefined,
    });
    expect(figures.at(-1)?.value).toBe("none");
  });

  it("gives one row per component in the scenario's order, with a cell per column", () => {
    const rows = componentRows(summary(), scenario());
    expect(rows.map((r) => [r.id, r.kind])).toEqual([
      ["users", "client"],
      ["db", "server"],
    ]);
    for (const row of rows) expect(row.cells).toHaveLength(COMPONENT_COLUMNS.length);
    const db = rows[1].cells;
    expect(db[0]).toEqual({ text: "97.0", state: "bad" });
    expect(db[2].text).toBe("12.0");
    expect(db[4]).toEqual({ text: "5", state: "warn" });
    expect(rows[0].cells[0].text).toBe("–");
    expect(rows[0].cells[9].text).toBe("offered 9.09/s, retries 4");
  });

  it("names each row by the component's label in the page's language, its id in the tooltip", () => {
    const s = scenario();
    const labelled = {
      ...s,
      components: s.components.map((c) =>
        c.id === "db" ? { ...c, label: { en: "Database", "zh-CN": "数据库" } } : c,
      ),
    };
    const rows = componentRows(summary(), labelled, componentNames(labelled, "zh-CN"));
    expect(rows.map((r) => [r.id, r.name, r.title])).toEqual([
      ["users", "users", "users"],
      ["db", "数据库", "数据库 (db)"],
    ]);
  });

  it("keeps components the scenario does not list, after the others", () => {
    const rows = componentRows(summary(), null);
    expect(rows.map((r) => r.id)).toEqual(["db", "users"]);
  });

  it("names the extra figures of caches, queues, balancers and shards", () => {
    expect(otherFigures({ hitRatio: 0.875, evictions: 0 })).toBe("hit ratio 87.5%");
    expect(otherFigures({ meanDepth: 2.5, maxDepth: 40, deadLettered: 3 })).toBe(
      "mean depth 2.50, max depth 40, dead-lettered 3",
    );
    expect(otherFigures({ sent: { "app#0": 100, "app#1": 1200 } })).toBe(
      "sent 100–1,200 per backend",
    );
    expect(otherFigures({ shardLoad: { "shard-0": 30, "shard-1": 70 } })).toBe(
      "hottest shard-1 70.0%",
    );
  });

  it("names a server's CPU, its own figures when it calls out, and its busiest replica", () => {
    const replica = { utilization: 0.9, meanQueue: 3, served: 10, rejected: 0, failed: 0 };
    const s1 = {
      rejected: 500,
      failed: 0,
      latency: { mean: 0.2, p50: 0.1, p99: 1 },
      cpuUtilization: 0.85,
      own: { rejected: 0, failed: 0, meanWait: 0.001, meanService: 0.01, meanSojourn: 0.011 },
      hottestReplica: { replica: "s1#2", ...replica },
    };
    expect(otherFigures(s1, true)).toBe(
      "CPU 85.0%, own time 11.0 ms, own rejections 0, busiest s1#2 90.0%",
    );
    // Without calls its own figures are its end-to-end ones: not repeated.
    expect(otherFigures(s1)).toBe("CPU 85.0%, busiest s1#2 90.0%");
  });

  it("says whether the figures are live or final, and why there are none yet", () => {
    const s = scenario();
    expect(summaryState({ scenario: null, summary: null, finished: false })).toBe(
      "no scenario loaded",
    );
    expect(summaryState({ scenario: s, summary: null, finished: false })).toBe(
      "statistics start after the 10.0 s warm-up",
    );
    expect(summaryState({ scenario: s, summary: summary(), finished: true })).toBe(
      "final, over 10.0–120 s",
    );
    expect(summaryState({ scenario: s, summary: summary(), finished: false })).toMatch(/^live/);
  });
});
