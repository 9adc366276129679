/**
 * The goal of the whose-rejections preset, confirmed by a whole run on its seed: the checkout
 * API's line shows as its rejections and busy threads what payments refused and made it wait
 * for, and its own figures and CPU say so. (Its prediction is checked with the others in
 * predictions.test.ts.)
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { applyChange, type SetOperation } from "../../src/scenario/lesson-change";
import { parseScenario } from "../../src/scenario/parse";
import type { Scenario } from "../../src/scenario/types";
import { runScenario } from "../../src/sim/run";
import type { Summary } from "../../src/sim/summary";

const MODELS = join(import.meta.dirname, "../../models");

function preset(set: SetOperation[] = []): Scenario {
  const document = JSON.parse(readFileSync(join(MODELS, "whose-rejections.json"), "utf8"));
  const changed = applyChange(document, set);
  if (!changed.ok) throw new Error(changed.reason);
  const parsed = parseScenario(changed.document);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return parsed.scenario;
}

const failedShare = ({ requests: { completed, failed } }: Summary) => failed / (completed + failed);

describe("whose rejections", () => {
  const summary = runScenario(preset());
  const { api, payments } = summary.components;

  it("fails about 1 request in 9, all shown as the API's rejections and none its own", () => {
    expect(failedShare(summary)).toBeCloseTo(1 / 9, 1);
    expect(api.rejected).toBe(summary.requests.failed);
    expect(api.own?.rejected).toBe(0);
    expect(payments.own?.rejected).toBe(summary.requests.failed);
  });

  it("keeps 59% of the API's threads busy while its CPU computes under 40% and briefly", () => {
    expect(api.utilization).toBeCloseTo(0.59, 2);
    expect(api.cpuUtilization).toBeLessThan(0.4);
    expect(api.own!.meanSojourn).toBeLessThan(summary.latency.mean / 10);
  });

  it("ends the rejections with two more workers at payments, not at the API", () => {
    expect(
      failedShare(runScenario(preset([{ path: "components.payments.workers", value: 6 }]))),
    ).toBeLessThan(0.001);
  });

  it("frees the API's threads when non-blocking, its CPU and the rejections unchanged", () => {
    const async = runScenario(preset([{ path: "components.api.blocking", value: false }]));
    expect(async.components.api.utilization).toBeLessThan(0.1);
    expect(async.components.api.cpuUtilization).toBeCloseTo(api.cpuUtilization!, 6);
    expect(failedShare(async) / failedShare(summary)).toBeCloseTo(1, 1);
  });
});
