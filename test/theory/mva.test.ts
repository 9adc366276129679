import { describe, expect, it } from "vitest";
import { type MvaStation, mva } from "../../src/theory/mva";

const web: MvaStation[] = [
  { kind: "queue", demand: 0.05 },
  { kind: "queue", demand: 0.08 },
  { kind: "delay", demand: 0.2 },
  { kind: "queue", demand: 0.02 },
];

/** The machine-repairman model M/M/1//N: N users, think time Z, one exponential server. */
function repairmanThroughput(users: number, thinkTime: number, demand: number): number {
  let term = 1;
  let total = 1;
  for (let n = 1; n <= users; n++) {
    term *= ((users - n + 1) * demand) / thinkTime;
    total += term;
  }
  return (1 - 1 / total) / demand;
}

describe("mva", () => {
  it("with one user gives R = ΣD and X = 1/(Z + ΣD)", () => {
    const f = mva(1, 1, web);
    expect(f.responseTime).toBeCloseTo(0.35, 15);
    expect(f.throughput).toBeCloseTo(1 / 1.35, 15);
    expect(f.residenceTimes).toEqual([0.05, 0.08, 0.2, 0.02]);
  });

  it("approaches the bottleneck bound 1/max D as users grow", () => {
    const f = mva(2000, 1, web);
    expect(f.throughput).toBeCloseTo(1 / 0.08, 6);
    expect(f.utilizations[1]).toBeCloseTo(1, 6);
    // Asymptotically R = N·D_max - Z (Lazowska et al., ch. 5).
    expect(f.responseTime).toBeCloseTo(2000 * 0.08 - 1, 3);
  });

  it("matches the machine-repairman closed form for one queue and think time", () => {
    for (const users of [1, 2, 5, 20, 60]) {
      expect(mva(users, 3, [{ kind: "queue", demand: 0.1 }]).throughput).toBeCloseTo(
        repairmanThroughput(users, 3, 0.1),
        12,
      );
    }
  });

  it("gives X(N) = N/((N+K-1)D) for K balanced queues without think time", () => {
    const stations: MvaStation[] = Array.from({ length: 4 }, () => ({
      kind: "queue",
      demand: 0.5,
    }));
    for (const users of [1, 3, 10]) {
      expect(mva(users, 0, stations).throughput).toBeCloseTo(users / ((users + 3) * 0.5), 13);
    }
  });

  it("treats delay stations as pure latency", () => {
    const f = mva(7, 2, [
      { kind: "delay", demand: 1 },
      { kind: "delay", demand: 0.5 },
    ]);
    expect(f.throughput).toBeCloseTo(7 / 3.5, 14);
    expect(f.responseTime).toBeCloseTo(1.5, 14);
  });

  it("keeps every user somewhere: Σ Q_k + X·Z = N", () => {
    const f = mva(37, 1.5, web);
    const placed = f.queueLengths.reduce((a, b) => a + b, 0) + f.throughput * 1.5;
    expect(placed).toBeCloseTo(37, 11);
  });

  it("has zero throughput and a lone user's response time with nobody in the network", () => {
    const f = mva(0, 1, web);
    expect(f.throughput).toBe(0);
    expect(f.responseTime).toBeCloseTo(0.35, 15);
    expect(f.queueLengths).toEqual([0, 0, 0, 0]);
  });

  it("rejects fractional users and a network with neither think time nor demand", () => {
    expect(() => mva(1.5, 1, web)).toThrow(RangeError);
    expect(() => mva(3, 0, [])).toThrow(RangeError);
    expect(() => mva(3, 0, [{ kind: "queue", demand: -1 }])).toThrow(RangeError);
  });
});
