import { powerOfTenAtOrBelow } from "../math/power-of-ten";
import { issue } from "../scenario/issues";
import { parseScenarioText } from "../scenario/parse";
import type { Scenario } from "../scenario/types";
import { type ActionResult, applyAction, type LiveAction } from "../sim/actions";
import { buildModel, type Model } from "../sim/build";
import { MemoryBudgetExceeded } from "../sim/memory-budget";
import { LatencyHistogram } from "../sim/metrics/histogram";
import { Probe } from "../sim/probe";
import { refuse } from "../sim/refusals";
import { checkConservation, summarizeModel } from "../sim/run";
import { StalledClock } from "../sim/stalled-clock";
import { attachRecorder } from "../sim/trace/attach";
import type { SampleOptions, TraceSample } from "../sim/trace/sample";
import { UnschedulableDelay } from "../sim/unschedulable-delay";
import { WorkBudget, WorkBudgetExceeded } from "../sim/work-budget";
import type { EngineFailure, LoadResult, Marker, Snapshot, Speed } from "./protocol";

/** The live view's replicas slider reaches this many times a server's configured replicas. */
export const REPLICA_HEADROOM = 4;

/**
 * The requests the page follows hop by hop, for the waterfall and Files → Traces: a uniform 500
 * of the run's, whatever its length (a few hundred kilobytes when sent).
 */
export const PAGE_SAMPLE: SampleOptions = { rate: 1, max: 500 };

/** About this many probe rows over a whole run, whatever its duration. */
const ROWS_PER_RUN = 600;

/**
 * Events run between two looks at the wall-clock budget: a few tens of milliseconds, so a pause
 * takes effect at once even when one probe interval holds billions of events.
 */
const SLICE_EVENTS = 100_000;

/**
 * One scenario being simulated for the live view: the model, its probe, and the rows not yet
 * sent. Pure and synchronous (no timers, no messages), so the pacing in the worker stays thin
 * and this runs the same in Node tests: for the same scenario and seed, the summary at the end
 * is the command line's, number for number.
 */
export class Session {
  private scenario: Scenario | null = null;
  private model: Model | null = null;
  private probe: Probe | null = null;
  private seed = "1";
  private run = 0;
  private interval = 1;
  /** Rows emitted so far; the next is due at (rowsEmitted + 1) · interval, free of rounding drift. */
  private rowsEmitted = 0;
  private rows = new Float64Array(0);
  private rowCount = 0;
  private markers: Marker[] = [];
  private error: EngineFailure | undefined;
  private wallSeconds = 0;
  private readSample: (() => TraceSample) | null = null;
  private budget = new WorkBudget(1);

  constructor(private readonly wallClock: () => number = () => performance.now()) {}

  get time(): number {
    return this.model?.sim.now ?? 0;
  }

  /** Simulated seconds between probe rows (see `probeInterval`). */
  get rowInterval(): number {
    return this.interval;
  }

  /** The loaded scenario's end, in simulated seconds; 0 before a load. */
  get duration(): number {
    return this.scenario?.duration ?? 0;
  }

  get finished(): boolean {
    return (
      this.scenario !== null && (this.time >= this.scenario.duration || this.error !== undefined)
    );
  }

  load(text: string): LoadResult {
    const parsed = parseScenarioText(text);
    if (!parsed.ok) return parsed;
    this.scenario = parsed.scenario;
    this.seed = parsed.scenario.seed;
    return { ...this.start(), warnings: parsed.warnings };
  }

  restart(seed?: string): LoadResult {
    if (this.scenario === null) {
      return { ok: false, errors: [issue("", "noScenario")], warnings: [] };
    }
    if (seed !== undefined) this.seed = seed;
    return this.start();
  }

  /** Runs until simulated time `target` (capped at the end) or until `budgetMs` of wall time. */
  advanceTo(target: number, budgetMs = Number.POSITIVE_INFINITY): void {
    const model = this.model;
    const scenario = this.scenario;
    if (model === null || scenario === null || this.finished) return;
    const end = Math.min(target, scenario.duration);
    const t0 = this.wallClock();
    try {
      while (model.sim.now < end && this.wallClock() - t0 < budgetMs) {
        const until = Math.min(end, this.nextProbe);
        const slice = Math.min(SLICE_EVENTS, this.budget.slice(model.sim.events));
        if (!model.sim.runUntil(until, slice)) {
          this.budget.look(model.sim.events, model.sim.now);
          continue;
        }
        if (until === this.nextProbe || until === scenario.duration) this.emitRow();
      }
      if (this.time >= scenario.duration) checkConservation(model);
    } catch (e) {
      this.error = failureOf(e);
    }
    this.wallSeconds += (this.wallClock() - t0) / 1000;
  }

  /**
   * Advances to a probe boundary about one interval ahead: the next one, or the one after when
   * the next is under half an interval away (a step must visibly move the clock).
   */
  step(): void {
    const next = this.nextProbe;
    this.advanceTo(next - this.time < this.interval / 2 ? next + this.interval : next);
  }

  act(action: LiveAction): ActionResult {
    if (this.model === null) return refuse("noScenario");
    if (this.finished) return refuse("ended");
    const result = applyAction(this.model, action);
    if (result.ok) this.markers.push({ time: this.time, label: describe(action), action });
    return result;
  }

  /** The run's sample of requests so far (the same seed gives the same sample); null before a load. */
  traces(): TraceSample | null {
    return this.readSample?.() ?? null;
  }

  /** Hands over the rows produced since the last snapshot (their buffer is the caller's now). */
  snapshot(options: { running: boolean; speed: Speed; withSummary: boolean }): Snapshot {
    const scenario = this.scenario;
    const model = this.model;
    const rows = this.rows.slice(0, this.rowCount * this.rowLength);
    this.rowCount = 0;
    const markers = this.markers;
    this.markers = [];
    const finished = this.finished;
    const snapshot: Snapshot = {
      run: this.run,
      time: this.time,
      duration: scenario?.duration ?? 0,
      events: model?.sim.events ?? 0,
      seed: this.seed,
      running: options.running && !finished,
      finished,
      speed: options.speed,
      rows,
      markers,
    };
    if (
      model !== null &&
      scenario !== null &&
      (options.withSummary || finished) &&
      this.time > scenario.warmup
    ) {
      snapshot.summary = summarizeModel(model, scenario, {
        seed: this.seed,
        duration: this.time,
        wallSeconds: this.wallSeconds,
      });
      const latency = new LatencyHistogram();
      for (const client of model.clients) latency.mergeFrom(client.stats.latency);
      snapshot.histogram = latency.coarse();
    }
    if (this.error !== undefined) snapshot.error = this.error;
    return snapshot;
  }

  private get rowLength(): number {
    return this.probe?.layout.rowLength ?? 0;
  }

  private start(): LoadResult & { ok: true } {
    const scenario = this.scenario!;
    this.run++;
    this.error = undefined;
    this.wallSeconds = 0;
    this.markers = [];
    this.model = buildModel(scenario, this.seed, { replicaHeadroom: REPLICA_HEADROOM });
    this.probe = new Probe(this.model);
    this.readSample = attachRecorder(this.model, scenario, this.seed, PAGE_SAMPLE);
    this.interval = probeInterval(scenario.duration);
    this.budget = new WorkBudget(scenario.duration);
    this.rowsEmitted = 0;
    this.rows = new Float64Array(this.probe.layout.rowLength * 64);
    this.rowCount = 0;
    return {
      ok: true,
      scenario,
      layout: this.probe.layout,
      warnings: [],
      probeInterval: this.interval,
      run: this.run,
    };
  }

  private emitRow(): void {
    const length = this.rowLength;
    if ((this.rowCount + 1) * length > this.rows.length) {
      const bigger = new Float64Array(this.rows.length * 2);
      bigger.set(this.rows);
      this.rows = bigger;
    }
    this.probe!.read(this.rows, this.rowCount * length);
    this.rowCount++;
    this.rowsEmitted++;
  }

  private get nextProbe(): number {
    return (this.rowsEmitted + 1) * this.interval;
  }
}

/** A round interval (1, 2 or 5 times a power of ten) giving about ROWS_PER_RUN rows. */
export function probeInterval(duration: number): number {
  const raw = duration / ROWS_PER_RUN;
  const power = powerOfTenAtOrBelow(raw);
  const step = [1, 2, 5, 10].find((m) => m * power >= raw)!;
  return step * power;
}

function describe(action: LiveAction): string {
  switch (action.kind) {
    case "crash":
      return `${action.target} down ${action.duration} s`;
    case "slow":
      return `${action.target} ×${action.factor} slower`;
    case "errors":
      return `${action.target} ${Math.round(action.rate * 100)}% errors`;
    case "rate":
      return `${action.target} → ${action.rate}/s`;
    case "workers":
      return `${action.target} → ${action.workers} workers`;
    case "replicas":
      return `${action.target} → ${action.replicas} replicas`;
    case "zone":
      return `zone ${action.target} down ${action.duration} s`;
    case "zone-up":
      return `zone ${action.target} back`;
  }
}

function failureOf(e: unknown): EngineFailure {
  if (e instanceof StalledClock) return { kind: "stalled", time: e.time, reached: e.reached };
  if (e instanceof UnschedulableDelay)
    return { kind: "unschedulable", component: e.component, delay: e.delay, time: e.time };
  if (e instanceof WorkBudgetExceeded) {
    const { maxEvents, events, time, duration, projected, rate } = e;
    return { kind: "workBudget", maxEvents, events, time, duration, projected, rate };
  }
  if (e instanceof MemoryBudgetExceeded) {
    const { component, held, total, time } = e;
    return { kind: "memoryBudget", component, held, total, time };
  }
  return { kind: "bug", message: e instanceof Error ? e.message : String(e) };
}
