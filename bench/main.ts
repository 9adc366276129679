/**
 * `npm run bench`: the engine's speed and memory against a tight-loop yardstick, in one process
 * so that the figures compare as ratios on a shared, noisy machine. Each figure is the median of
 * three runs, yardstick and engine interleaved.
 */
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import type { Scenario } from "../src/scenario/types";
import { buildModel } from "../src/sim/build";
import { runScenario } from "../src/sim/run";
import { componentsScenario, mm1Scenario, multiTierScenario } from "./scenarios";
import { yardstickMM1 } from "./yardstick";

const ROUNDS = 3;
const MM1_CUSTOMERS = 2_000_000;
const MULTI_TIER_REQUESTS = 1_000_000;
const FLAT_MEMORY_REQUESTS = 10_000_000;

interface Measure {
  events: number;
  requests: number;
  wallSeconds: number;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function measureYardstick(customers: number): Measure {
  const t0 = performance.now();
  const r = yardstickMM1(0.8, 1, customers);
  return { events: r.events, requests: customers, wallSeconds: (performance.now() - t0) / 1000 };
}

function measureEngine(scenario: Scenario): Measure {
  const s = runScenario(scenario);
  return { events: s.events, requests: s.requests.generated, wallSeconds: s.wallSeconds };
}

function rate(m: Measure[], pick: (x: Measure) => number): number {
  return median(m.map((x) => pick(x) / x.wallSeconds));
}

function fmt(x: number): string {
  return x >= 1e6
    ? `${(x / 1e6).toFixed(2)}M`
    : x >= 1e3
      ? `${(x / 1e3).toFixed(1)}k`
      : x.toFixed(2);
}

function line(label: string, m: Measure[]): string {
  return `${label.padEnd(28)} ${fmt(rate(m, (x) => x.events)).padStart(8)} events/s  ${fmt(
    rate(m, (x) => x.requests),
  ).padStart(8)} requests/s  ${median(m.map((x) => x.wallSeconds)).toFixed(2)} s wall`;
}

/**
 * Flat memory: 10 million requests run in slices in a process of their own, so that its peak
 * RSS is this run's alone; the heap is read between slices.
 */
function flatMemory(): void {
  const model = buildModel(mm1Scenario(FLAT_MEMORY_REQUESTS), "1");
  const end = FLAT_MEMORY_REQUESTS / 0.8;
  const heaps: string[] = [];
  const gc = (globalThis as { gc?: () => void }).gc;
  const t0 = performance.now();
  for (let k = 1; k <= 5; k++) {
    model.sim.runUntil((end * k) / 5);
    gc?.();
    heaps.push(`${(process.memoryUsage().heapUsed / 2 ** 20).toFixed(1)}`);
  }
  const seconds = (performance.now() - t0) / 1000;
  const peakRssMb = process.resourceUsage().maxRSS / 1024;
  console.log(
    `10M requests M/M/1: ${model.clients[0].stats.generated} generated in ${seconds.toFixed(1)} s; heap MB after each fifth: ${heaps.join(", ")}`,
  );
  console.log(
    `peak RSS of that process: ${peakRssMb.toFixed(0)} MB  (target < 200 MB)  ${peakRssMb < 200 ? "met" : "MISSED"}`,
  );
}

function speed(): void {
  const mm1 = mm1Scenario(MM1_CUSTOMERS);
  const multiTier = multiTierScenario(MULTI_TIER_REQUESTS);
  const withComponents = componentsScenario(MULTI_TIER_REQUESTS, false);
  const serversOnly = componentsScenario(MULTI_TIER_REQUESTS, true);
  const yard: Measure[] = [];
  const eng: Measure[] = [];
  const multi: Measure[] = [];
  const comps: Measure[] = [];
  const servers: Measure[] = [];
  measureYardstick(200_000); // warm the JIT
  measureEngine(mm1Scenario(200_000));
  for (let r = 0; r < ROUNDS; r++) {
    yard.push(measureYardstick(MM1_CUSTOMERS));
    eng.push(measureEngine(mm1));
    multi.push(measureEngine(multiTier));
    comps.push(measureEngine(withComponents));
    servers.push(measureEngine(serversOnly));
  }

  const yardRate = rate(yard, (x) => x.events);
  const mm1Ratio = rate(eng, (x) => x.events) / yardRate;
  const multiRatio = rate(multi, (x) => x.events) / yardRate;
  console.log(`archsim bench (median of ${ROUNDS}; Node ${process.version})`);
  console.log(line("yardstick M/M/1 tight loop", yard));
  console.log(line("engine M/M/1", eng));
  console.log(line("engine multi-tier", multi));
  console.log(line("engine cache, db and queue", comps));
  console.log(line("engine same, servers only", servers));
  const componentsRatio = rate(comps, (x) => x.events) / rate(servers, (x) => x.events);
  console.log(
    `engine/yardstick M/M/1:      ${(mm1Ratio * 100).toFixed(0)}%  (target >= 40%)  ${mm1Ratio >= 0.4 ? "met" : "MISSED"}`,
  );
  console.log(
    `engine/yardstick multi-tier: ${(multiRatio * 100).toFixed(0)}%  (target >= 33%)  ${multiRatio >= 1 / 3 ? "met" : "MISSED"}`,
  );

  console.log(
    `cache+db+queue/servers-only: ${(componentsRatio * 100).toFixed(0)}%  (target >= 67%)  ${componentsRatio >= 2 / 3 ? "met" : "MISSED"}`,
  );
}

if (process.argv.includes("--memory")) {
  flatMemory();
} else {
  speed();
  const child = spawnSync(
    process.execPath,
    ["--expose-gc", fileURLToPath(import.meta.url), "--memory"],
    {
      stdio: "inherit",
    },
  );
  process.exitCode = child.status ?? 1;
}
