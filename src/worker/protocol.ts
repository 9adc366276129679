/**
 * The contract between the page and the simulation worker: types only. The worker exposes a
 * `SimulatorApi` through comlink; the page holds a `Remote<SimulatorApi>`.
 */
import type { Issue } from "../scenario/issues";
import type { Scenario } from "../scenario/types";
import type { ActionResult, LiveAction } from "../sim/actions";
import type { CoarseHistogram } from "../sim/metrics/histogram";
import type { ProbeLayout } from "../sim/probe";
import type { Summary } from "../sim/summary";
import type { TraceSample } from "../sim/trace/sample";

/** Simulated seconds per real second, or "max" to run as fast as the engine goes. */
export type Speed = number | "max";

export type LoadResult =
  | {
      ok: true;
      scenario: Scenario;
      layout: ProbeLayout;
      warnings: Issue[];
      probeInterval: number;
      /** The new run's number (Snapshot.run): snapshots of earlier runs still on their way are stale. */
      run: number;
    }
  | { ok: false; errors: Issue[]; warnings: Issue[] };

/** A what-if as it was applied, for markers on the charts. */
export interface Marker {
  time: number;
  label: string;
  /** The what-if it marks, so the page can word it in its own language. */
  action?: LiveAction;
}

/**
 * What the page receives about 15 times a second while the simulation runs. `rows` holds the
 * probe rows produced since the previous snapshot, `layout.rowLength` numbers each (see
 * src/sim/probe-fields.ts); its buffer is transferred, not copied.
 */
export interface Snapshot {
  /** Increases with each load or restart, so a late snapshot of an old run can be ignored. */
  run: number;
  time: number;
  duration: number;
  events: number;
  seed: string;
  running: boolean;
  finished: boolean;
  speed: Speed;
  rows: Float64Array;
  markers: Marker[];
  /** The summary so far, sent about once a second and at the end. */
  summary?: Summary;
  /** The end-to-end latency distribution of the measured window, sent with the summary. */
  histogram?: CoarseHistogram;
  /** Why the engine stopped the run before its end: the page says so, in its language. */
  error?: EngineFailure;
}

/**
 * A run the engine had to stop: the scenario's clock stopped advancing (StalledClock, its
 * fault: time is where, reached how far a crawling clock got), a component asked for an event
 * after a delay that is not a time (UnschedulableDelay, its fault too), the run would take more
 * events than a run may (WorkBudgetExceeded) or hold more requests (MemoryBudgetExceeded), or a
 * bug in the engine.
 */
export type EngineFailure =
  | { kind: "stalled"; time: number; reached: number }
  | { kind: "unschedulable"; component: string; delay: number; time: number }
  | {
      kind: "workBudget";
      maxEvents: number;
      events: number;
      time: number;
      duration: number;
      projected: number;
      rate: number;
    }
  | { kind: "memoryBudget"; component: string; held: number; total: number; time: number }
  | { kind: "bug"; message: string };

export interface SimulatorApi {
  /**
   * Validates and loads a scenario (JSON text); the previous run is dropped. Paused at t = 0.
   * Text that does not validate changes nothing: the previous run goes on, playing if it was.
   */
  load(scenarioText: string): LoadResult;
  /** Receives every snapshot from now on (a comlink proxy). */
  subscribe(listener: (snapshot: Snapshot) => void): void;
  play(): void;
  pause(): void;
  /** Advances one probe interval while paused. */
  step(): void;
  setSpeed(speed: Speed): void;
  /** Starts the loaded scenario again from t = 0, with the same seed or a new one. */
  restart(seed?: string): LoadResult;
  /** A live what-if, applied at the current simulated time. */
  act(action: LiveAction): ActionResult;
  /** The sample of requests recorded hop by hop so far: the waterfall's and the trace export's. */
  traces(): TraceSample | null;
}
