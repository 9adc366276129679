/**
 * The goals of the priority and backpressure presets, confirmed by whole runs on their seed:
 * premium requests keep short latency through the spike while free ones pay for it, and
 * backpressure turns a full service's rejections into waiting upstream. (Their predictions
 * are checked with the others in predictions.test.ts.)
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { applyChange, type SetOperation } from "../../src/scenario/lesson-change";
import { parseScenario } from "../../src/scenario/parse";
import type { Scenario } from "../../src/scenario/types";
import { runScenario } from "../../src/sim/run";

const MODELS = join(import.meta.dirname, "../../models");

function preset(id: string, set: SetOperation[] = []): Scenario {
  const document = JSON.parse(readFileSync(join(MODELS, `${id}.json`), "utf8"));
  const changed = applyChange(document, set);
  if (!changed.ok) throw new Error(changed.reason);
  const parsed = parseScenario(changed.document);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return parsed.scenario;
}

describe("premium traffic during a spike", () => {
  const withPriority = runScenario(preset("priority-premium-spike"));
  const oneLine = runScenario(
    preset("priority-premium-spike", [
      { path: "components.premium.mix", value: [{ class: "premium", weight: 1 }] },
    ]),
  );

  it("keeps premium's p99 under a twentieth of free's while the backlog lasts", () => {
    const { premium, free } = withPriority.classes;
    expect(premium.latency.p99).toBeLessThan(free.latency.p99 / 20);
  });

  it("charges the free class for it: free waits longer than in one line, premium far less", () => {
    expect(withPriority.classes.free.latency.mean).toBeGreaterThan(
      oneLine.classes.free.latency.mean,
    );
    expect(withPriority.classes.premium.latency.mean).toBeLessThan(
      oneLine.classes.premium.latency.mean / 10,
    );
  });
});

describe("backpressure in a pipeline", () => {
  const rejecting = runScenario(preset("backpressure-pipeline"));
  const blocking = runScenario(
    preset("backpressure-pipeline", [{ path: "components.resize.whenFull", value: "block" }]),
  );

  it("turns resize's rejections into ingest workers held, at the price of latency", () => {
    expect(rejecting.components.resize.rejected).toBeGreaterThan(100);
    expect(blocking.components.resize.rejected).toBe(0);
    expect(blocking.components.resize.blocked).toBeGreaterThan(100);
    expect(blocking.latency.p99).toBeGreaterThan(4 * rejecting.latency.p99);
  });
});
