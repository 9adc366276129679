/**
 * The bench's two scaling curves: the engine's cost per event as the events pending grow (closed
 * users, 1 s think time, 100 to 1,000,000 users) and as a least-connections balancer's replicas
 * grow (4 to 1024, the same total capacity), each against the smallest case. Measured in CPU
 * time, sizes interleaved round by round in one process, the median round per size.
 */
import type { Scenario } from "../src/scenario/types";
import { runScenario } from "../src/sim/run";
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
}

const CURVES: Record<Curve, CurveSpec> = {
  pending: {
    title: "Cost per event as pending events grow (closed users, 1 s think, ~1M requests each)",
    sizeLabel: "pending events",
    sizes: [100, 1_000, 10_000, 100_000, 1_000_000],
    scenario: (users) => pendingScenario(users, 1_000_000),
    target: 1.5,
  },
  replicas: {
    title: "Cost per event as replicas grow (least-connections, same capacity, 500k requests each)",
    sizeLabel: "replicas",
    sizes: [4, 16, 64, 256, 1024],
    scenario: (replicas) => replicasScenario(replicas, 500_000),
    target: 1.3,
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

/**
 * Measures one curve and returns its table, then a verdict line starting `@ratio <largest/
 * smallest> <target>` for the parent.
 */
export function measureCurve(curve: Curve): string[] {
  const spec = CURVES[curve];
  const warm = spec.scenario(spec.sizes[0]);
  nsPerEvent({ ...warm, duration: warm.duration / 10 });
  const runs = spec.sizes.map((): number[] => []);
  for (let r = 0; r < ROUNDS; r++) {
    spec.sizes.forEach((size, i) => {
      runs[i].push(nsPerEvent(spec.scenario(size)));
    });
  }
  const costs = runs.map(median);
  const lines = [
    spec.title,
    `  ${spec.sizeLabel.padStart(14)}  ns/event (CPU)  vs ${spec.sizes[0]}`,
    ...spec.sizes.map(
      (size, i) =>
        `  ${size.toLocaleString("en-US").padStart(14)}  ${costs[i].toFixed(0).padStart(14)}  ${(costs[i] / costs[0]).toFixed(2).padStart(5)}x`,
    ),
  ];
  lines.push(`@ratio ${costs[costs.length - 1] / costs[0]} ${spec.target}`);
  return lines;
}
