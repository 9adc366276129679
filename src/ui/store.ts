import type { Issue } from "../scenario/issues";
import type { Scenario } from "../scenario/types";
import type { CoarseHistogram } from "../sim/metrics/histogram";
import type { ProbeLayout } from "../sim/probe";
import type { Summary } from "../sim/summary";
import type { Marker, Speed } from "../worker/protocol";
import { type CompareState, initialCompareState } from "./compare/state";
import { singleVariant, type Variants } from "./compare/variants";
import type { Draft } from "./editor/draft";
import { History } from "./history";
import type { Locale } from "./i18n/locale";
import type { Stopped } from "./stopped";
import { initialSweepState, type SweepState } from "./sweep/state";

export type Theme = "light" | "dark";

/** Everything the views render. Views read it and never reach into the worker or the engine. */
export interface ViewState {
  /** The scenario text as the user last had it (kept even when it does not validate). */
  scenarioText: string;
  scenario: Scenario | null;
  layout: ProbeLayout | null;
  probeInterval: number;
  history: History;
  /** The newest probe row, or null before the first. */
  latest: Float64Array | null;
  time: number;
  duration: number;
  events: number;
  seed: string;
  running: boolean;
  finished: boolean;
  speed: Speed;
  markers: Marker[];
  summary: Summary | null;
  histogram: CoarseHistogram | null;
  /** Errors of the scenario last loaded, shown at their paths. */
  issues: Issue[];
  warnings: Issue[];
  /** A failure of the worker or the engine, shown in the page. */
  error: Stopped | null;
  /** A short message about the last user action (a refused what-if, say). */
  notice: string | null;
  selected: string | null;
  /** The document the editor holds, valid or not (editor/draft.ts); null before the first. */
  draft: Draft | null;
  /** The connection selected in the topology (then no component is). */
  selectedEdge: { from: string; to: string } | null;
  theme: Theme;
  largeType: boolean;
  /** Latency charts on a log scale. */
  logScale: boolean;
  /** The page's language; views that render text with `t()` re-render when it changes. */
  locale: Locale;
  /** The variants A, B, …; the current one's text is `scenarioText` (compare/variants.ts). */
  variants: Variants;
  /** Variants run side by side and compared (compare/state.ts). */
  compare: CompareState;
  /** A sweep of one parameter: its progress and result (sweep/state.ts). */
  sweep: SweepState;
}

export function initialState(): ViewState {
  return {
    scenarioText: "",
    scenario: null,
    layout: null,
    probeInterval: 1,
    history: new History(1),
    latest: null,
    time: 0,
    duration: 0,
    events: 0,
    seed: "1",
    running: false,
    finished: false,
    speed: 1,
    markers: [],
    summary: null,
    histogram: null,
    issues: [],
    warnings: [],
    error: null,
    notice: null,
    selected: null,
    draft: null,
    selectedEdge: null,
    theme: "light",
    largeType: false,
    logScale: false,
    locale: "en",
    variants: singleVariant(""),
    compare: initialCompareState(),
    sweep: initialSweepState(),
  };
}

type Listener = (state: ViewState) => void;

/**
 * The single source of the page's state. `update` merges a change and notifies listeners once
 * per animation frame at most (uPlot's dirty-flag idea): a burst of snapshots costs one render.
 */
export class Store {
  private current: ViewState;
  private readonly listeners = new Set<Listener>();
  private scheduled = false;

  constructor(
    initial: ViewState = initialState(),
    private readonly schedule: (callback: () => void) => void = (cb) => requestAnimationFrame(cb),
  ) {
    this.current = initial;
  }

  get state(): ViewState {
    return this.current;
  }

  update(change: Partial<ViewState>): void {
    this.current = { ...this.current, ...change };
    if (this.scheduled) return;
    this.scheduled = true;
    this.schedule(() => {
      this.scheduled = false;
      for (const listener of this.listeners) listener(this.current);
    });
  }

  /** Calls `listener` now and after every change; returns the unsubscribe function. */
  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    listener(this.current);
    return () => this.listeners.delete(listener);
  }
}
