import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseScenarioText } from "../../../src/scenario/parse";
import type { Client, Scenario } from "../../../src/scenario/types";
import { runScenario } from "../../../src/sim/run";
import { constant, openClient, scenario, server } from "../scenarios";

function retryStorm(budget?: number): Scenario {
  const text = readFileSync(join(import.meta.dirname, "../../../models/retry-storm.json"), "utf8");
  const parsed = parseScenarioText(text);
  if (!parsed.ok) throw new Error("preset invalid");
  const users = parsed.scenario.components[0] as Client;
  users.retry = { ...users.retry!, budget };
  return parsed.scenario;
}

describe("a retry budget", () => {
  it("caps retries near its share of requests, and the storm recovers", () => {
    const unlimited = runScenario(retryStorm());
    const budgeted = runScenario(retryStorm(0.1));
    const generated = budgeted.requests.generated;
    // The reserve of 10 retries plus a tenth of the requests.
    expect(budgeted.retries).toBeLessThanOrEqual(10 + 0.1 * generated);
    expect(unlimited.retries).toBeGreaterThan(budgeted.retries * 5);
    expect(budgeted.components.users.budgetExhausted).toBeGreaterThan(0);
    expect(budgeted.recovery![0].seconds).not.toBeNull();
    expect(unlimited.recovery![0].seconds).toBeNull();
  });
});

describe("a bulkhead on a call", () => {
  // Pages call a dependency that has become very slow; health checks do not call it.
  const bulkhead = (maxConcurrent?: number) =>
    scenario({
      duration: 60,
      faults: [{ kind: "slow", at: 10, target: "recs", duration: 100, factor: 100 }],
      components: [
        openClient("users", "web", 50, {
          workload: { kind: "open", rate: 50, arrival: "uniform", schedule: [] },
          mix: [
            { class: "page", weight: 1 },
            { class: "health", weight: 1 },
          ],
        }),
        server("web", constant(0.005), {
          workers: 20,
          queue: 50,
          calls: [{ target: "recs", when: "page", mode: "sync", maxConcurrent: maxConcurrent }],
        }),
        server("recs", constant(0.01), { workers: 1000 }),
      ],
    });

  it("refuses calls beyond its limit so the rest of the server keeps its workers", () => {
    const without = runScenario(bulkhead());
    const withBulkhead = runScenario(bulkhead(5));
    expect(withBulkhead.components.web.bulkheadRejected).toBeGreaterThan(500);
    expect(withBulkhead.classes.health.failed).toBe(0);
    expect(without.classes.health.failed).toBeGreaterThan(100);
  });
});
