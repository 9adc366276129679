/**
 * The method of independent replications for the validation tests (Law, "Simulation Modeling
 * and Analysis", 5th ed., §9.4.1): one scenario run with R derived seeds; each figure's R values
 * give a mean and a 95% Student-t half-width, and the theory must fall inside that interval.
 *
 * Seeds are fixed strings, so every test is deterministic: it always passes or always fails.
 */
import { expect } from "vitest";
import type { Scenario } from "../../src/scenario/types";
import { replicationSeed } from "../../src/sim/random/stream";
import { runScenario } from "../../src/sim/run";
import { type MeanAndHalfWidth, meanAndHalfWidth } from "../../src/sim/stats/confidence";
import type { ComponentSummary, Summary } from "../../src/sim/summary";

/**
 * The latency histogram reads a percentile back as the midpoint of its bucket, within half a
 * percent of the true order statistic (src/sim/metrics/histogram.ts states its bound).
 * Percentiles get 1% of the theory on top of their half-width, twice that bound. Means, areas
 * and counts are kept exactly and get no slack, unless a test documents a bound of its own.
 */
export const HISTOGRAM_SLACK = 0.01;

/** Absorbs floating-point rounding when a half-width is exactly 0. */
const TINY = 1e-12;

/** R runs of `scenario` with seeds replicationSeed(seed, 0..R-1). */
export function replicate(scenario: Scenario, seed: string, replications: number): Summary[] {
  return Array.from({ length: replications }, (_, i) =>
    runScenario(scenario, { seed: replicationSeed(seed, i) }),
  );
}

/** Computes `make()` on first use and returns the same value afterwards: runs shared by tests. */
export function once<T>(make: () => T): () => T {
  let value: T | undefined;
  let made = false;
  return () => {
    if (!made) {
      value = make();
      made = true;
    }
    return value as T;
  };
}

/** The mean over the runs of one figure, with its 95% half-width. */
export function estimate(runs: readonly Summary[], figure: (run: Summary) => number) {
  return meanAndHalfWidth(runs.map(figure));
}

/** A component's summary; throws if the run has no such component (a bug in the test). */
export function component(run: Summary, id: string): Required<ComponentSummary> {
  const c = run.components[id];
  if (c === undefined) throw new Error(`no component ${id} in the summary`);
  return c as Required<ComponentSummary>;
}

/** "5.0297 ± 0.2599 vs theory 5.0000", for failure messages and the test report. */
export function describeCheck(label: string, est: MeanAndHalfWidth, theory: number): string {
  const digits = (x: number) => x.toPrecision(5);
  return `${label}: ${digits(est.mean)} ± ${digits(est.halfWidth)} vs theory ${digits(theory)}`;
}

/**
 * Asserts |mean - theory| <= halfWidth + slack, and returns the line describing the check.
 * `slack` is 0 except where a documented bias applies (HISTOGRAM_SLACK·theory for percentiles).
 */
export function expectCovers(
  label: string,
  est: MeanAndHalfWidth,
  theory: number,
  slack = 0,
): string {
  const line = describeCheck(label, est, theory);
  expect(Number.isFinite(est.mean), line).toBe(true);
  expect(Math.abs(est.mean - theory), line).toBeLessThanOrEqual(est.halfWidth + slack + TINY);
  return line;
}

/** Asserts that the whole interval of `low` lies below the whole interval of `high`. */
export function expectBelow(
  lowLabel: string,
  low: MeanAndHalfWidth,
  highLabel: string,
  high: MeanAndHalfWidth,
): string {
  const digits = (x: number) => x.toPrecision(5);
  const line =
    `${lowLabel} ${digits(low.mean)} ± ${digits(low.halfWidth)} < ` +
    `${highLabel} ${digits(high.mean)} ± ${digits(high.halfWidth)}`;
  expect(low.mean + low.halfWidth, line).toBeLessThan(high.mean - high.halfWidth);
  return line;
}

/**
 * Asserts that a paired difference is positive: its whole interval lies above 0. With common
 * random numbers (the same seeds for two variants) the pairs share their arrivals, and the
 * difference has far less noise than the two figures apart.
 */
export function expectPositive(label: string, difference: MeanAndHalfWidth): string {
  const digits = (x: number) => x.toPrecision(5);
  const line = `${label}: ${digits(difference.mean)} ± ${digits(difference.halfWidth)} > 0`;
  expect(difference.mean - difference.halfWidth, line).toBeGreaterThan(0);
  return line;
}
