/**
 * The bench's two scaling curves: the engine's cost per event as the events pending grow (closed
 * users, 1 s think time, 100 to 1,000,000 users) and as a least-connections balancer's replicas
 * grow (4 to 1024, the same total capacity), each against the smallest case. Measured in CPU
 * time, sizes interleaved round by round in one process, the median round per size.
 *
 * The pending-events curve fails the bench when a size costs more than 1.5x the smallest plus
 * one dependent random read of this machine's memory among as many 32-byte records, measured in
 * the same rounds (memory-read.ts): at a million pending the timers outgrow the cache, and the
 * state of the user whose timer fires is a cold read that no event queue can avoid, costing
 * from 80 to 250 ns depending on what the machine's other processes hold in the shared cache
 * (docs/engine-performance.md).
 */
import type { Scenario } from "../src/scenario/types";
import { runScenario } from "../src/sim/run";
import { dependentReadNs } from "./memory-read";
import { pendingScenario, replicasScenario } from "./scaling-scenarios";

export type Curve = "pending" | "replicas";

const ROUNDS = 3;

interface CurveSpec {
  title: string;
  sizeLabel: string;
  sizes: number[];
  scenario: (size: number) => Scenario;
  /** The largest size's cost per event may be at most this multiple of the smallest's. */
  target: number;
  /**
   * Each size's cost may also add one dependent random read among that many records, and a
   * size over its limit fails the bench; without, the target is reported, met or missed.
   */
  memoryAllowance: boolean;
}

const CURVES: Record<Curve, CurveSpec> = {
  pending: {
    title: "Cost per event as pending events grow (closed users, 1 s think, ~1M requests each)",
    sizeLabel: "pending events",
    sizes: [100, 1_000, 10_000, 100_000, 1_000_000],
    scenario: (users) => pendingScenario(users, 1_000_000),
    target: 1.5,
    memoryAllowance: true,
  },
  replicas: {
    title: "Cost per event as replicas grow (least-connections, same capacity, 500k requests each)",
    sizeLabel: "replicas",
    sizes: [4, 16, 64, 256, 1024],
    scenario: (replicas) => replicasScenario(replicas, 500_000),
    target: 1.3,
    memoryAllowance: false,
  },
};

function cpuSeconds(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
}

/** CPU nanoseconds per event of one run, from building the model to the end. */
function nsPerEvent(scenario: Scenario): number {
  const cpu: number[] = [];
  const s = runScenario(scenario, {
    wallClock: () => {
      cpu.push(cpuSeconds());
      return performance.now();
    },
  });
  return ((cpu[1] - cpu[0]) / s.events) * 1e9;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

const pad = (x: string, n: number): string => x.padStart(n);

/**
 * Measures one curve and returns its table, then a verdict line for the parent: `@ratio
 * <largest/smallest> <target>`, or for a curve with a memory allowance `@verdict <met|MISSED>
 * <what was missed>`.
 */
export function measureCurve(curve: Curve): string[] {
  const spec = CURVES[curve];
  const warm = spec.scenario(spec.sizes[0]);
  nsPerEvent({ ...warm, duration: warm.duration / 10 });
  const runs = spec.sizes.map((): number[] => []);
  const reads = spec.sizes.map((): number[] => []);
  for (let r = 0; r < ROUNDS; r++) {
    spec.sizes.forEach((size, i) => {
      runs[i].push(nsPerEvent(spec.scenario(size)));
      if (spec.memoryAllowance) reads[i].push(dependentReadNs(size));
    });
  }
  const costs = runs.map(median);
  const first = spec.sizes[0];
  if (!spec.memoryAllowance) {
    return [
      spec.title,
      `  ${pad(spec.sizeLabel, 14)}  ns/event (CPU)  vs ${first}`,
      ...spec.sizes.map(
        (size, i) =>
          `  ${pad(size.toLocaleString("en-US"), 14)}  ${pad(costs[i].toFixed(0), 14)}  ${pad((costs[i] / costs[0]).toFixed(2), 5)}x`,
      ),
      `@ratio ${costs[costs.length - 1] / costs[0]} ${spec.target}`,
    ];
  }
  const read = reads.map(median);
  const limits = read.map((r) => spec.target * costs[0] + r);
  const missed = spec.sizes.filter((_, i) => i > 0 && costs[i] > limits[i]);
  return [
    spec.title,
    `  ${pad(spec.sizeLabel, 14)}  ns/event (CPU)  vs ${first}  random read (ns)  limit (ns)`,
    ...spec.sizes.map(
      (size, i) =>
        `  ${pad(size.toLocaleString("en-US"), 14)}  ${pad(costs[i].toFixed(0), 14)}  ${pad((costs[i] / costs[0]).toFixed(2), 5)}x  ${pad(read[i].toFixed(1), 16)}  ${pad(i === 0 ? "" : `${limits[i].toFixed(0)} ${costs[i] <= limits[i] ? "met" : "MISSED"}`, 10)}`,
    ),
    `  limit: ${spec.target}x the ${first}-event cost + one dependent random read among as many 32-byte records, this machine's memory in the same rounds`,
    `@verdict ${missed.length === 0 ? "met" : "MISSED"} ${missed.map((m) => m.toLocaleString("en-US")).join(", ")}`,
  ];
}
