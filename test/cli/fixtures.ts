/** Hand-made summaries and a stand-in engine, so the CLI is tested without running a simulation. */
import { plainText } from "../../src/scenario/text";
import type { Scenario } from "../../src/scenario/types";
import type { RunOptions } from "../../src/sim/run";
import type { LatencySummary, Summary } from "../../src/sim/summary";

function latency(mean: number): LatencySummary {
  return { mean, p50: mean * 0.8, p90: mean * 2, p99: mean * 4, p999: mean * 6, max: mean * 9 };
}

/** One run of a client in front of a web server and a cache. */
export function oneRun(): Summary {
  return {
    scenario: "shop",
    seed: "7",
    duration: 120,
    warmup: 10,
    events: 52_310,
    wallSeconds: 0.1234,
    requests: {
      generated: 1100,
      completed: 1090,
      failed: 8,
      inFlight: 2,
      failures: { rejected: 5, timeout: 3, unavailable: 0, error: 0 },
    },
    throughput: 9.909090909090908,
    latency: { mean: 0.0123456, p50: 0.0101, p90: 0.02, p99: 0.0503, p999: 0.0801, max: 1.234 },
    retries: 4,
    classes: {
      read: { completed: 990, failed: 6, latency: latency(0.011) },
      write: { completed: 100, failed: 2, latency: latency(0.025) },
    },
    components: {
      users: { offered: 10 },
      web: {
        utilization: 0.4523,
        meanQueue: 0.12,
        meanWait: 0.00123,
        served: 1090,
        rejected: 5,
        latency: { mean: 0.011, p50: 0.0101, p99: 0.0503 },
      },
      cache: { hitRatio: 0.921 } as Summary["components"][string],
    },
  };
}

/** The same, as combineReplications leaves it after 5 runs: means and ci95 beside them. */
export function averaged(): Summary {
  const s = oneRun() as Summary & Record<string, unknown>;
  const web = s.components.web as Record<string, unknown>;
  return {
    ...s,
    events: 52_310.4,
    ci95: { events: 120.5, throughput: 0.25, duration: 0, warmup: 0, wallSeconds: 0.01 },
    requests: { ...s.requests, ci95: { generated: 30, completed: 29.5, failed: 1.5, inFlight: 0 } },
    latency: { ...s.latency, ci95: { mean: 0.0004, p50: 0.0003, p99: 0.0021 } },
    components: {
      ...s.components,
      web: {
        ...web,
        ci95: { utilization: 0.012, meanQueue: 0.01, served: 29 },
        latency: { mean: 0.011, p50: 0.0101, p99: 0.0503, ci95: { p50: 0.0002, p99: 0.002 } },
      },
    },
    replications: 5,
  } as Summary;
}

/**
 * A stand-in for runScenario whose figures depend on the seed, so averages have a spread and
 * tests can tell which seed each run received.
 */
export function fakeRun(scenario: Scenario, options: RunOptions = {}): Summary {
  const seed = options.seed ?? scenario.seed;
  const spread = [...seed].reduce((sum, ch) => sum + ch.charCodeAt(0), 0) % 10;
  const s = oneRun();
  return {
    ...s,
    scenario: plainText(scenario.name),
    seed,
    duration: options.duration ?? scenario.duration,
    warmup: scenario.warmup,
    throughput: 10 + spread,
  };
}

/** A small valid scenario document, as a user would write it. */
export const TINY_SCENARIO = {
  version: 1,
  name: "tiny",
  seed: "7",
  duration: 20,
  warmup: 2,
  components: [
    {
      id: "users",
      type: "client",
      workload: { kind: "open", rate: 20, arrival: "poisson" },
      target: "web",
    },
    { id: "web", type: "server", workers: 2, service: { dist: "exp", mean: 0.05 } },
  ],
};
