import { plainText } from "../scenario/text";
import type { Scenario } from "../scenario/types";
import { buildModel, type Model } from "./build";
import { costOf } from "./cost";
import { FLAG_MEASURED } from "./kernel/jobs";
import type { Simulation } from "./kernel/simulation";
import { RequestStats, summarizeLatency } from "./metrics/request-stats";
import { ownRecord } from "./own-record";
import type { LatencySummary, Summary } from "./summary";
import { WorkBudget } from "./work-budget";

export interface RunOptions {
  /** Overrides the scenario's seed. */
  seed?: string;
  /** Overrides the scenario's duration (simulated seconds). */
  duration?: number;
  /** Wall clock in milliseconds for `wallSeconds`; the engine itself never reads the time of day. */
  wallClock?: () => number;
  /** Told the simulated time reached every `progressEvents` events (a million by default). */
  onProgress?: (now: number) => void;
  progressEvents?: number;
  /** Called with the built model before it runs: to attach a trace recorder (trace/attach.ts). */
  beforeRun?: (model: Model) => void;
  /** Events the run may take (work-budget.ts); DEFAULT_MAX_EVENTS when absent. */
  maxEvents?: number;
  /** Requests in flight the run may hold (memory-budget.ts); MAX_JOB_ROWS when absent. */
  maxJobRows?: number;
}

/** Runs one replication of a validated scenario to its end and summarises it. */
export function runScenario(scenario: Scenario, options: RunOptions = {}): Summary {
  const seed = options.seed ?? scenario.seed;
  const duration = options.duration ?? scenario.duration;
  const clock = options.wallClock ?? (() => performance.now());
  const started = clock();
  const model = buildModel(scenario, seed, { maxJobRows: options.maxJobRows });
  options.beforeRun?.(model);
  runWithin(model.sim, duration, new WorkBudget(duration, options.maxEvents), options);
  const wallSeconds = (clock() - started) / 1000;
  checkConservation(model);
  return summarizeModel(model, scenario, { seed, duration, wallSeconds });
}

/**
 * Runs `sim` to `duration`, stopping at each look of the budget (which throws when the run would
 * take too much) and telling `onProgress` every `progressEvents` events. Stopping changes
 * nothing: the engine carries on in the same order.
 */
function runWithin(
  sim: Simulation,
  duration: number,
  budget: WorkBudget,
  { onProgress, progressEvents = 1_000_000 }: RunOptions,
): void {
  let nextProgress = onProgress === undefined ? Number.POSITIVE_INFINITY : progressEvents;
  while (!sim.runUntil(duration, Math.min(budget.slice(sim.events), nextProgress - sim.events))) {
    budget.look(sim.events, sim.now);
    if (sim.events >= nextProgress) {
      nextProgress += progressEvents;
      onProgress?.(sim.now);
    }
  }
}

/**
 * generated = completed + failed + inFlight, with inFlight counted from the job table itself
 * rather than from the clients' own bookkeeping: a request answered twice or never accounted
 * is an engine bug, and a run with one must not report numbers.
 */
export function checkConservation(model: Model): void {
  const jobs = model.sim.jobs;
  const live = new Map<number, number>();
  for (let j = 0; j < jobs.capacity; j++) {
    if ((jobs.flags[j] & FLAG_MEASURED) !== 0)
      live.set(jobs.clientOf(j), (live.get(jobs.clientOf(j)) ?? 0) + 1);
  }
  for (const client of model.clients) {
    const s = client.stats;
    const inFlight = live.get(client.index) ?? 0;
    if (s.generated !== s.completed + s.failed + inFlight || inFlight !== client.inFlight) {
      throw new Error(
        `conservation violated at client ${client.id}: generated ${s.generated} != completed ${s.completed} + failed ${s.failed} + in flight ${inFlight} (client counted ${client.inFlight})`,
      );
    }
  }
}

/** The summary of a model run up to `run.duration` (the live view asks for it mid-run too). */
export function summarizeModel(
  model: Model,
  scenario: Scenario,
  run: { seed: string; duration: number; wallSeconds: number },
): Summary {
  const total = new RequestStats();
  let inFlight = 0;
  const byClass = new Map<string, RequestStats>();
  for (const client of model.clients) {
    total.addFrom(client.stats);
    inFlight += client.inFlight;
    client.classStats.forEach((s, i) => {
      const name = model.classes[client.classIndexOf(i)];
      if (!byClass.has(name)) byClass.set(name, new RequestStats());
      byClass.get(name)!.addFrom(s);
    });
  }
  const window = run.duration - scenario.warmup;
  const classes = ownRecord<{ completed: number; failed: number; latency: LatencySummary }>();
  for (const [name, s] of byClass) {
    classes[name] = {
      completed: s.completed,
      failed: s.failed,
      latency: summarizeLatency(s.latency),
    };
  }
  const components: Summary["components"] = ownRecord();
  for (const c of model.sim.components) components[c.id] = c.summarize();
  const summary: Summary = {
    scenario: plainText(scenario.name),
    seed: run.seed,
    duration: run.duration,
    warmup: scenario.warmup,
    events: model.sim.events,
    wallSeconds: run.wallSeconds,
    requests: total.counts(inFlight),
    throughput: window > 0 ? total.completed / window : 0,
    latency: total.latencySummary(),
    retries: total.retries,
    classes,
    components,
    ...(model.recovery === null ? {} : { recovery: model.recovery.results }),
  };
  const cost = costOf(scenario, summary);
  return cost === undefined ? summary : { ...summary, cost };
}
