import { describe, expect, it } from "vitest";
import type { OpenWorkload } from "../../../src/scenario/types";
import { ArrivalProcess } from "../../../src/sim/components/arrival-process";
import { createStream } from "../../../src/sim/random/stream";
import { runScenario } from "../../../src/sim/run";
import { meanAndHalfWidth } from "../../../src/sim/stats/confidence";
import { mmpp2Gaps } from "../../../src/theory/mmpp";
import { exp, openClient, scenario, server } from "../scenarios";

/** 20 batches of 50,000 gaps: each batch's mean and SCV, then their 95% intervals. */
const BATCHES = 20;
const GAPS = 50_000;

function processOf(extra: Partial<OpenWorkload>, seed: string): ArrivalProcess {
  const workload: OpenWorkload = {
    kind: "open",
    rate: 1,
    arrival: "poisson",
    schedule: [],
    ...extra,
  };
  return new ArrivalProcess(
    workload,
    createStream(seed, "c", "arrivals"),
    createStream(seed, "c", "bursts"),
    createStream(seed, "c", "batch"),
  );
}

/** Gaps as the client draws them: an MMPP's switch cuts a gap short and a fresh one starts. */
function gaps(process: ArrivalProcess, rate: number, modulated: boolean): number[] {
  const out: number[] = [];
  let now = 0;
  let last = 0;
  let switchAt = Number.POSITIVE_INFINITY;
  if (modulated) {
    process.startState();
    switchAt = process.stateLength();
  }
  while (out.length < GAPS) {
    const next = now + process.gap(rate);
    if (next > switchAt) {
      now = switchAt;
      switchAt = now + process.switchState();
      continue;
    }
    now = next;
    out.push(now - last);
    last = now;
  }
  return out;
}

function meanAndScv(xs: number[]): { mean: number; scv: number } {
  const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
  const variance = xs.reduce((s, x) => s + (x - mean) * (x - mean), 0) / (xs.length - 1);
  return { mean, scv: variance / (mean * mean) };
}

function expectWithin(label: string, values: number[], want: number): void {
  const { mean, halfWidth } = meanAndHalfWidth(values);
  expect(Math.abs(mean - want), `${label}: ${mean} ± ${halfWidth} vs ${want}`).toBeLessThanOrEqual(
    halfWidth,
  );
}

describe("ArrivalProcess", () => {
  it("draws hyper-exponential gaps of mean 1/rate and the asked SCV", () => {
    const batches = Array.from({ length: BATCHES }, (_, i) =>
      meanAndScv(gaps(processOf({ arrival: "hyperexp", scv: 4 }, `h2-${i}`), 5, false)),
    );
    expectWithin(
      "mean gap",
      batches.map((b) => b.mean),
      0.2,
    );
    expectWithin(
      "SCV",
      batches.map((b) => b.scv),
      4,
    );
  });

  it("draws MMPP-2 gaps with the mean rate and the SCV of its Markovian arrival process", () => {
    const mmpp = { factor: 10, calm: 9, burst: 1 };
    const batches = Array.from({ length: BATCHES }, (_, i) =>
      meanAndScv(gaps(processOf({ arrival: "mmpp", mmpp }, `mmpp-${i}`), 2, true)),
    );
    // Calm at r0, bursts at 10·r0, mean (9·r0 + 10·r0)/10 = 2: r0 = 20/19.
    const theory = mmpp2Gaps([20 / 19, 200 / 19], [1 / 9, 1]);
    expect(theory.rate).toBeCloseTo(2, 12);
    expectWithin(
      "mean gap",
      batches.map((b) => b.mean),
      theory.mean,
    );
    expectWithin(
      "SCV",
      batches.map((b) => b.scv),
      theory.scv,
    );
    expect(theory.scv).toBeGreaterThan(2);
  });

  it("keeps evenly spaced gaps exact and sends one request per arrival without a batch", () => {
    const p = processOf({ arrival: "uniform" }, "u");
    expect(p.gap(4)).toBe(0.25);
    expect(p.batchSize()).toBe(1);
  });

  it("rounds batch sizes and keeps them between 1 and 10,000", () => {
    const small = processOf({ batch: { dist: "const", value: 0.2 } }, "b");
    const large = processOf({ batch: { dist: "const", value: 1e9 } }, "b");
    const mid = processOf({ batch: { dist: "const", value: 3.6 } }, "b");
    expect([small.batchSize(), large.batchSize(), mid.batchSize()]).toEqual([1, 10_000, 4]);
  });
});

describe("arrival processes in a whole run", () => {
  function offered(extra: Partial<OpenWorkload>): number {
    const workload: OpenWorkload = {
      kind: "open",
      rate: 20,
      arrival: "poisson",
      schedule: [{ at: 1000, rate: 40 }],
      ...extra,
    };
    const summary = runScenario(
      scenario({
        name: "arrivals",
        duration: 2000,
        components: [
          openClient("users", "web", 20, { workload }),
          server("web", exp(0.001), { workers: 100, cores: 100 }),
        ],
      }),
      { seed: "4" },
    );
    return summary.components.users.offered ?? Number.NaN;
  }

  it("follow a rate schedule: an MMPP scales both states, a batch keeps its size", () => {
    // Half the run at 20/s, half at 40/s: 30 requests a second on average.
    const mmpp = offered({ arrival: "mmpp", mmpp: { factor: 3, calm: 1, burst: 1 } });
    const batches = offered({
      rate: 20 / 3,
      schedule: [{ at: 1000, rate: 40 / 3 }],
      batch: { dist: "const", value: 3 },
    });
    const hyper = offered({ arrival: "hyperexp", scv: 4 });
    for (const rate of [mmpp, batches, hyper]) expect(Math.abs(rate / 30 - 1)).toBeLessThan(0.03);
  });
});
