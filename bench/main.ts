/**
 * `npm run bench`: the engine's speed and memory against a tight-loop yardstick. Each comparison
 * runs in a process of its own, yardstick and engine in the same process so that the figures
 * compare as ratios on a shared, noisy machine, interleaved round by round; each absolute figure
 * is the median over the rounds, and each ratio the median of the rounds' own ratios, so a round
 * slowed by other load counts once.
 *
 * A process of its own per comparison, because V8 optimises for the types it has seen: after the
 * cache, database and queue scenario had run in the same process, the engine's call sites that
 * dispatch to components had seen six classes instead of two or three, and M/M/1 measured about
 * 15% slower (27% of the yardstick instead of 32%, in CPU time). Each figure is now what a run of
 * that scenario alone (`archsim run`) gets.
 *
 * Each comparison runs in PROCESSES processes, and the verdict is taken on the median process:
 * V8 compiles the same code differently from one process to the next (what it inlines, and so
 * what it allocates), and identical builds measured up to 7% apart in two processes, while
 * rounds within one process agree far more closely.
 *
 * Every run is timed twice: on the wall clock and in CPU time (process.cpuUsage, user + system).
 * On a shared 2-core machine the wall clock also counts the time other processes held the core,
 * which swung the ratios by a third from one run of the bench to the next; CPU time counts only
 * the work done, so the ratios against the targets are taken on it. Both are printed.
 */
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import type { Scenario } from "../src/scenario/types";
import { buildModel } from "../src/sim/build";
import { runScenario } from "../src/sim/run";
import { type Curve, measureCurve } from "./scaling";
import { componentsScenario, mm1Scenario, multiTierScenario } from "./scenarios";
import { cheTenMillionKeys } from "./theory";
import { yardstickMM1 } from "./yardstick";
import { yardstickMultiTier } from "./yardstick-multi-tier";

const ROUNDS = 5;
const PROCESSES = 3;
const MM1_CUSTOMERS = 2_000_000;
const MULTI_TIER_REQUESTS = 1_000_000;
const FLAT_MEMORY_REQUESTS = 10_000_000;

interface Measure {
  events: number;
  requests: number;
  wallSeconds: number;
  cpuSeconds: number;
}

function cpuSeconds(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function measureYardstick(customers: number): Measure {
  const c0 = cpuSeconds();
  const t0 = performance.now();
  const r = yardstickMM1(0.8, 1, customers);
  const wallSeconds = (performance.now() - t0) / 1000;
  return { events: r.events, requests: customers, wallSeconds, cpuSeconds: cpuSeconds() - c0 };
}

function measureHandLoop(requests: number): Measure {
  const c0 = cpuSeconds();
  const t0 = performance.now();
  const r = yardstickMultiTier(1000, requests);
  const wallSeconds = (performance.now() - t0) / 1000;
  return { events: r.events, requests, wallSeconds, cpuSeconds: cpuSeconds() - c0 };
}

/** Timed as runScenario times itself, from building the model to the end of the run. */
function measureEngine(scenario: Scenario): Measure {
  // runScenario reads its clock once at the start and once at the end of the run.
  const cpu: number[] = [];
  const s = runScenario(scenario, {
    wallClock: () => {
      cpu.push(cpuSeconds());
      return performance.now();
    },
  });
  return {
    events: s.events,
    requests: s.requests.generated,
    wallSeconds: s.wallSeconds,
    cpuSeconds: cpu[1] - cpu[0],
  };
}

function rate(m: Measure[], pick: (x: Measure) => number, clock: Clock): number {
  return median(m.map((x) => pick(x) / x[clock]));
}

type Clock = "wallSeconds" | "cpuSeconds";

/** The median over rounds of the engine's events/s over the yardstick's in the same round. */
function ratio(engine: Measure[], yard: Measure[], clock: Clock): number {
  return median(engine.map((e, r) => e.events / e[clock] / (yard[r].events / yard[r][clock])));
}

function fmt(x: number): string {
  return x >= 1e6
    ? `${(x / 1e6).toFixed(2)}M`
    : x >= 1e3
      ? `${(x / 1e3).toFixed(1)}k`
      : x.toFixed(2);
}

function line(label: string, m: Measure[]): string {
  const events = fmt(rate(m, (x) => x.events, "wallSeconds")).padStart(8);
  const requests = fmt(rate(m, (x) => x.requests, "wallSeconds")).padStart(8);
  const wall = median(m.map((x) => x.wallSeconds)).toFixed(2);
  const cpuEvents = fmt(rate(m, (x) => x.events, "cpuSeconds")).padStart(8);
  const cpu = median(m.map((x) => x.cpuSeconds)).toFixed(2);
  return `${label.padEnd(28)} ${events} events/s  ${requests} requests/s  ${wall} s wall  | CPU time: ${cpuEvents} events/s  ${cpu} s`;
}

/** A process's ratio, as a line (`@ratio cpu wall`) for the parent. */
function report(engine: Measure[], yard: Measure[]): string {
  const cpu = ratio(engine, yard, "cpuSeconds");
  const wall = ratio(engine, yard, "wallSeconds");
  return `@ratio ${cpu} ${wall}`;
}

/**
 * The multi-tier process's reference figures (`@reference engine/yardstick hand/yardstick`, in
 * CPU time), printed beside the verdict and not part of it.
 */
function reference(engine: Measure[], hand: Measure[], yard: Measure[]): string {
  return `@reference ${ratio(engine, yard, "cpuSeconds")} ${ratio(hand, yard, "cpuSeconds")}`;
}

function percent(x: number): string {
  return `${(x * 100).toFixed(0)}%`;
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

type Comparison = "mm1" | "multi-tier" | "components";

/** Warms the JIT on short runs, then interleaves the rounds of each measure. */
function rounds(measures: (() => Measure)[], warm: () => void): Measure[][] {
  warm();
  const results = measures.map((): Measure[] => []);
  for (let r = 0; r < ROUNDS; r++) {
    measures.forEach((m, i) => {
      results[i].push(m());
    });
  }
  return results;
}

function speed(comparison: Comparison): void {
  const yardstick = () => measureYardstick(MM1_CUSTOMERS);
  if (comparison === "mm1") {
    const mm1 = mm1Scenario(MM1_CUSTOMERS);
    const [yard, eng] = rounds([yardstick, () => measureEngine(mm1)], () => {
      measureYardstick(200_000);
      measureEngine(mm1Scenario(200_000));
    });
    console.log(line("yardstick M/M/1 tight loop", yard));
    console.log(line("engine M/M/1", eng));
    console.log(report(eng, yard));
  } else if (comparison === "multi-tier") {
    const multiTier = multiTierScenario(MULTI_TIER_REQUESTS);
    const [yard, hand, multi] = rounds(
      [yardstick, () => measureHandLoop(MULTI_TIER_REQUESTS), () => measureEngine(multiTier)],
      () => {
        measureYardstick(200_000);
        measureHandLoop(100_000);
        measureEngine(multiTierScenario(100_000));
      },
    );
    console.log(line("yardstick M/M/1 tight loop", yard));
    console.log(line("multi-tier as a tight loop", hand));
    console.log(line("engine multi-tier", multi));
    console.log(report(multi, hand));
    console.log(reference(multi, hand, yard));
  } else {
    const withComponents = componentsScenario(MULTI_TIER_REQUESTS, false);
    const serversOnly = componentsScenario(MULTI_TIER_REQUESTS, true);
    const [comps, servers] = rounds(
      [() => measureEngine(withComponents), () => measureEngine(serversOnly)],
      () => {
        measureEngine(componentsScenario(100_000, false));
        measureEngine(componentsScenario(100_000, true));
      },
    );
    console.log(line("engine cache, db and queue", comps));
    console.log(line("engine same, servers only", servers));
    console.log(report(comps, servers));
  }
}

/** Runs this file again with `args` in a fresh process: its exit status and what it printed. */
function child(args: string[], capture: boolean): { status: number; out: string } {
  const run = spawnSync(
    process.execPath,
    ["--expose-gc", fileURLToPath(import.meta.url), ...args],
    { stdio: ["inherit", capture ? "pipe" : "inherit", "inherit"], encoding: "utf8" },
  );
  return { status: run.status ?? 1, out: run.stdout ?? "" };
}

/**
 * A floor fails the bench (exit status 1) when the median process falls below it; a target is
 * reported, met or missed, without failing. The floors are those of issue 19: the earlier
 * targets (M/M/1 at 40% of the yardstick, multi-tier at a third of it) asked the multi-tier
 * engine for the speed of a hand-written loop, as docs/engine-performance.md shows, so the
 * multi-tier floor is taken against its own hand-written loop.
 *
 * The M/M/1 floor was 30%, what the engine measured on a quiet machine on 6 December. The same
 * code, measured since in alternating processes beside the current one, reads 20-32% (median
 * 26%) on the shared machine, so 30% failed code that had not changed. 22% sits below what the
 * unchanged code's median of three processes reads in 95 runs out of 100 (docs/engine-
 * performance.md, "Re-basing the M/M/1 floor").
 */
const COMPARISONS: { name: Comparison; label: string; target: number; floor: boolean }[] = [
  { name: "mm1", label: "engine/yardstick M/M/1:", target: 0.22, floor: true },
  { name: "multi-tier", label: "engine/own loop multi-tier:", target: 0.45, floor: true },
  { name: "components", label: "cache+db+queue/servers-only:", target: 2 / 3, floor: false },
];

/**
 * One comparison in PROCESSES fresh processes: prints the figures of the process with the median
 * ratio in CPU time, every process's ratio, and the verdict on the median. Returns the status:
 * 1 when a floor is missed.
 */
function compare({ name, label, target, floor }: (typeof COMPARISONS)[number]): number {
  const runs: { cpu: number; wall: number; reference: string; lines: string[] }[] = [];
  for (let p = 0; p < PROCESSES; p++) {
    const { status, out } = child(["--speed", name], true);
    if (status !== 0) {
      process.stdout.write(out);
      return status;
    }
    const lines = out.trimEnd().split("\n");
    const [, cpu, wall] = (lines.find((l) => l.startsWith("@ratio ")) ?? "").split(" ");
    runs.push({
      cpu: Number(cpu),
      wall: Number(wall),
      reference: lines.find((l) => l.startsWith("@reference ")) ?? "",
      lines: lines.filter((l) => !l.startsWith("@")),
    });
  }
  const byCpu = [...runs].sort((a, b) => a.cpu - b.cpu);
  const mid = byCpu[Math.floor(byCpu.length / 2)];
  for (const l of mid.lines) console.log(l);
  const each = runs.map((r) => percent(r.cpu)).join(", ");
  const met = mid.cpu >= target;
  const kind = floor ? "floor" : "target";
  console.log(
    `${label.padEnd(28)} ${percent(mid.cpu)} in CPU time (${percent(mid.wall)} wall), median of ${PROCESSES} processes (${each})  (${kind} >= ${percent(target)})  ${met ? "met" : "MISSED"}`,
  );
  if (mid.reference !== "") {
    const [, engineToYardstick, handToYardstick] = mid.reference.split(" ").map(Number);
    console.log(
      `  for reference: the tight loop of the same scenario runs at ${percent(handToYardstick)} of the M/M/1 yardstick; the engine at ${percent(engineToYardstick)} of it`,
    );
  }
  if (floor && !met) {
    console.error(
      `bench FAILED: ${label.replace(/:$/, "")} is ${percent(mid.cpu)}, below its floor of ${percent(target)}`,
    );
    return 1;
  }
  return 0;
}

/**
 * One scaling curve in a fresh process: its table, and its verdict. The replicas curve's target
 * is reported, met or missed; the pending-events curve fails the bench (status 1) when a size
 * costs more than its limit, 1.5x the smallest case plus one random read of the machine's
 * memory (scaling.ts).
 */
function scaling(curve: Curve): number {
  const { out, status } = child(["--scaling", curve], true);
  const lines = out.trimEnd().split("\n");
  for (const l of lines) if (!l.startsWith("@")) console.log(l);
  const ratioLine = lines.find((l) => l.startsWith("@ratio "));
  const verdictLine = lines.find((l) => l.startsWith("@verdict "));
  if (status !== 0 || (ratioLine === undefined && verdictLine === undefined)) {
    console.log(`  ${curve} curve: no figures (exit status ${status})`);
    return 1;
  }
  if (verdictLine !== undefined) {
    const [, verdict, ...sizes] = verdictLine.split(" ");
    if (verdict === "met") {
      console.log("  every size within its limit: met");
      return 0;
    }
    console.error(`bench FAILED: ${curve} curve over its limit at ${sizes.join(" ")}`);
    return 1;
  }
  const [, ratio, target] = (ratioLine ?? "").split(" ");
  const met = Number(ratio) <= Number(target);
  console.log(
    `  largest/smallest: ${Number(ratio).toFixed(2)}x  (target <= ${target}x)  ${met ? "met" : "MISSED"}`,
  );
  return 0;
}

const mode = process.argv.indexOf("--speed");
const curve = process.argv.indexOf("--scaling");
if (process.argv.includes("--memory")) {
  flatMemory();
} else if (curve >= 0) {
  for (const l of measureCurve(process.argv[curve + 1] as Curve)) console.log(l);
} else if (mode >= 0) {
  speed(process.argv[mode + 1] as Comparison);
} else {
  console.log(
    `archsim bench (median of ${ROUNDS} interleaved rounds in each of ${PROCESSES} processes per comparison; Node ${process.version})`,
  );
  let status = 0;
  // Every comparison runs, a failed floor included, so one run shows all the figures.
  for (const comparison of COMPARISONS) status = compare(comparison) || status;
  status = child(["--memory"], false).status || status;
  console.log(cheTenMillionKeys());
  if (!process.argv.includes("--no-scaling")) {
    status = scaling("pending") || status;
    scaling("replicas");
  }
  if (status !== 0) console.error("bench FAILED: see the floors and limits above");
  process.exitCode = status;
}
