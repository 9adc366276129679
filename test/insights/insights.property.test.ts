/**
 * Insights never throw and never cite NaN, whatever figures a summary holds: arbitrary valid
 * scenarios meet arbitrary summaries (zeros, huge values, missing figures), with no engine run.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { describe as describeFinding, insightsOf } from "../../src/insights/index";
import { parseScenario } from "../../src/scenario/parse";
import type { Scenario } from "../../src/scenario/types";
import type { ComponentSummary, Summary } from "../../src/sim/summary";
import { propertyRuns } from "../property-runs";
import { validScenario } from "../scenario/arbitraries";

// Counts and times as a summary holds them: zero, or from a thousandth up (averaged replications
// make counts fractional, never subnormal).
const amount = fc.oneof(fc.constant(0), fc.double({ min: 0.001, max: 1e6, noNaN: true }));
const share = fc.double({ min: 0, max: 1, noNaN: true });

const component: fc.Arbitrary<ComponentSummary> = fc.record(
  {
    utilization: share,
    meanQueue: amount,
    meanWait: amount,
    served: amount,
    rejected: amount,
    failed: amount,
    retries: amount,
    offered: amount,
    hitRatio: share,
    hits: amount,
    misses: amount,
    breakerOpened: amount,
    shortCircuited: amount,
    meanAge: amount,
    maxDepth: amount,
    deadLettered: amount,
    latency: fc.record({ mean: amount, p50: amount, p99: amount }),
    shardLoad: fc.dictionary(fc.constantFrom("shard-0", "shard-1", "shard-2"), amount),
  },
  { requiredKeys: [] },
);

function summaryFor(scenario: Scenario): fc.Arbitrary<Summary> {
  return fc
    .record({
      components: fc.tuple(...scenario.components.map(() => component)),
      generated: amount,
      timeout: amount,
      unavailable: amount,
    })
    .map(({ components, generated, timeout, unavailable }) => ({
      scenario: "s",
      seed: "1",
      duration: scenario.duration,
      warmup: scenario.warmup,
      events: 0,
      wallSeconds: 0,
      requests: {
        generated,
        completed: 0,
        failed: 0,
        inFlight: 0,
        failures: { rejected: 0, timeout, unavailable, error: 0 },
      },
      throughput: 0,
      latency: { mean: 0, p50: 0, p90: 0, p99: 0, p999: 0, max: 0 },
      retries: 0,
      classes: {},
      components: Object.fromEntries(scenario.components.map((c, i) => [c.id, components[i]])),
    }));
}

/** Without labels, which are arbitrary text ("NaN" is a fine label), so the ids name them. */
function unlabelled(s: Scenario): Scenario {
  return { ...s, components: s.components.map((c) => ({ ...c, label: undefined })) };
}

const cases = validScenario.chain((doc) => {
  const parsed = parseScenario(doc);
  if (!parsed.ok) return fc.constant(null);
  const scenario = unlabelled(parsed.scenario);
  return summaryFor(scenario).map((summary) => ({ scenario, summary }));
});

describe("insights of arbitrary summaries", () => {
  it("never throw, and every finding reads in both languages without NaN, undefined or infinity", () => {
    fc.assert(
      fc.property(cases, (c) => {
        if (c === null) return;
        for (const finding of insightsOf(c.scenario, c.summary)) {
          for (const locale of ["en", "zh-CN"] as const) {
            expect(describeFinding(finding, c.scenario, locale)).not.toMatch(
              /NaN|undefined|Infinity|∞/,
            );
          }
        }
      }),
      { numRuns: propertyRuns(300) },
    );
  });
});
