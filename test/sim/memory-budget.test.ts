import { describe, expect, it } from "vitest";
import { parseScenario } from "../../src/scenario/parse";
import type { Scenario } from "../../src/scenario/types";
import { MAX_JOB_ROWS, MemoryBudgetExceeded } from "../../src/sim/memory-budget";
import { runScenario } from "../../src/sim/run";

/** Requests arrive at 1,000 a second; `web` serves 100: its unbounded queue grows by 900 a second. */
function flooded(extra: Record<string, unknown> = {}): Scenario {
  const parsed = parseScenario({
    version: 1,
    name: "flood",
    duration: 60,
    components: [
      {
        id: "users",
        type: "client",
        workload: { kind: "open", rate: 1000 },
        target: "web",
        ...extra,
      },
      { id: "web", type: "server", workers: 1, service: { dist: "const", value: 0.01 } },
    ],
  });
  if (!parsed.ok) throw new Error(parsed.errors[0].message);
  return parsed.scenario;
}

function stopOf(s: Scenario, maxJobRows: number): MemoryBudgetExceeded {
  try {
    runScenario(s, { maxJobRows });
  } catch (error) {
    if (error instanceof MemoryBudgetExceeded) return error;
    throw error;
  }
  throw new Error("expected a MemoryBudgetExceeded, and the run returned");
}

describe("the memory budget of a run", () => {
  it("stops an unbounded queue past the budget, naming the component and how many it holds", () => {
    const stop = stopOf(flooded(), 4096);
    expect(stop.component).toBe("web");
    expect(stop.held).toBe(4096);
    expect(stop.total).toBe(4096);
    // 900 more a second: 4,096 are reached after about 4.6 s.
    expect(stop.time).toBeGreaterThan(4);
    expect(stop.time).toBeLessThan(5);
    expect(stop.message).toMatch(
      /^web holds 4,096 requests at t=4\.\d+ s \(4,096 in flight in all\), the most a run may hold/,
    );
    expect(stop.message).toMatch(/Give it a queue capacity \(queue\)/);
  });

  it("names the component where the requests wait when clients keep rows of their own too", () => {
    // A timeout gives each request a row at the client, waiting on its call, and one at the server.
    const stop = stopOf(flooded({ timeout: 1000 }), 4096);
    expect(stop.component).toBe("web");
    expect(stop.held).toBe(2048);
    expect(stop.total).toBe(4096);
  });

  it("lets a run that stays within the budget end as it always did", () => {
    const s = flooded();
    const wallClock = () => 0;
    expect(runScenario(s, { maxJobRows: 65_536, wallClock })).toEqual(
      runScenario(s, { maxJobRows: MAX_JOB_ROWS, wallClock }),
    );
  });
});
