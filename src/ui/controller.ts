import type { Remote } from "comlink";
import type { Issue } from "../scenario/issues";
import type { Scenario } from "../scenario/types";
import type { LiveAction } from "../sim/actions";
import type { TraceSample } from "../sim/trace/sample";
import type { LoadResult, SimulatorApi, Snapshot, Speed } from "../worker/protocol";
import { History } from "./history";
import { refusalText } from "./live-action-text";
import type { Store } from "./store";

/** Where the last scenario the user had is kept, so no error and no reload loses it. */
export const SCENARIO_STORAGE_KEY = "archsim.scenario";

/**
 * Turns user intents into worker calls and worker snapshots into state. The only UI module that
 * talks to the worker; views call its methods and render the store.
 */
export class Controller {
  private run = 0;
  /** Loads asked for so far: an answer to any but the last is superseded. */
  private loads = 0;

  constructor(
    private readonly store: Store,
    private readonly api: Remote<SimulatorApi>,
    private readonly storage: Pick<
      Storage,
      "getItem" | "setItem"
    > | null = globalThis.localStorage ?? null,
  ) {}

  /** Receives snapshots from the worker (pass it to `api.subscribe` through `Comlink.proxy`). */
  readonly onSnapshot = (s: Snapshot): void => {
    if (s.run < this.run) return;
    const state = this.store.state;
    let history = state.history;
    let markers = state.markers;
    let latest = state.latest;
    if (s.run > this.run) {
      this.run = s.run;
      history = new History(state.layout?.rowLength ?? 1);
      markers = [];
      latest = null;
    }
    const n = history.rowLength;
    if (s.rows.length >= n) {
      history.append(s.rows);
      latest = s.rows.slice(s.rows.length - n);
    }
    this.store.update({
      history,
      latest,
      time: s.time,
      duration: s.duration,
      events: s.events,
      seed: s.seed,
      running: s.running,
      finished: s.finished,
      speed: s.speed,
      markers: s.markers.length > 0 ? [...markers, ...s.markers] : markers,
      summary: s.summary ?? state.summary,
      histogram: s.histogram ?? state.histogram,
      error: s.error === undefined ? state.error : { failure: s.error },
    });
  };

  /** Loads scenario text; on errors the text is kept (in the state and in storage) and shown. */
  async load(text: string): Promise<boolean> {
    this.storage?.setItem(SCENARIO_STORAGE_KEY, text);
    this.store.update({ scenarioText: text });
    const ticket = ++this.loads;
    let result: LoadResult;
    try {
      result = await this.api.load(text);
    } catch (e) {
      this.store.update({ error: { worker: "banner.workerFailed", reason: message(e) } });
      return false;
    }
    return this.accept(result, ticket === this.loads);
  }

  /**
   * Keeps edited text that does not validate, in the state and in storage, without loading it:
   * the last valid scenario runs on, and the editor shows the errors at their fields.
   */
  keep(text: string): void {
    this.storage?.setItem(SCENARIO_STORAGE_KEY, text);
    this.store.update({ scenarioText: text, issues: [] });
  }

  /**
   * Takes edited text whose scenario runs exactly as the loaded one (only the layout or the
   * labels differ), without restarting the run.
   */
  adopt(text: string, scenario: Scenario, warnings: Issue[]): void {
    this.storage?.setItem(SCENARIO_STORAGE_KEY, text);
    this.store.update({ scenarioText: text, scenario, issues: [], warnings });
  }

  /** Forgets the scenario the user had (the offer after a frozen tab, recovery.ts). */
  forget(): void {
    this.storage?.setItem(SCENARIO_STORAGE_KEY, "");
  }

  /** The scenario the user had last time, if any. */
  savedScenario(): string | null {
    return this.storage?.getItem(SCENARIO_STORAGE_KEY) || null;
  }

  play(): Promise<void> {
    return this.call(() => this.api.play());
  }

  pause(): Promise<void> {
    return this.call(() => this.api.pause());
  }

  step(): Promise<void> {
    return this.call(() => this.api.step());
  }

  setSpeed(speed: Speed): Promise<void> {
    this.store.update({ speed });
    return this.call(() => this.api.setSpeed(speed));
  }

  async restart(seed?: string): Promise<boolean> {
    try {
      return this.accept(await this.api.restart(seed));
    } catch (e) {
      this.store.update({ error: { worker: "banner.workerFailed", reason: message(e) } });
      return false;
    }
  }

  async act(action: LiveAction): Promise<boolean> {
    try {
      const result = await this.api.act(action);
      this.store.update({ notice: result.ok ? null : refusalText(result) });
      return result.ok;
    } catch (e) {
      this.store.update({ error: { worker: "banner.workerFailed", reason: message(e) } });
      return false;
    }
  }

  /** The run's sample of requests so far, for the waterfall and the trace export. */
  traces(): Promise<TraceSample | null> {
    return Promise.resolve(this.api.traces());
  }

  select(id: string | null): void {
    this.store.update({ selected: id });
  }

  /**
   * `latest`: no load was asked for after this one. A slow worker answers an edit after the user
   * made the next one (renamed the component, say, and the selection followed the new name); the
   * earlier answer must not drop a selection that only the later document has.
   */
  private accept(result: LoadResult, latest = true): boolean {
    if (!result.ok) {
      this.store.update({ issues: result.errors, warnings: result.warnings });
      return false;
    }
    // Snapshots of the run this replaces may still be on their way: they must not bring its
    // rows or its summary back into the new run's views.
    this.run = Math.max(this.run, result.run);
    const selected = this.store.state.selected;
    this.store.update({
      scenario: result.scenario,
      layout: result.layout,
      probeInterval: result.probeInterval,
      history: new History(result.layout.rowLength),
      latest: null,
      markers: [],
      summary: null,
      histogram: null,
      issues: [],
      warnings: result.warnings,
      error: null,
      notice: null,
      time: 0,
      finished: false,
      selected:
        selected !== null && (!latest || result.layout.components.includes(selected))
          ? selected
          : null,
    });
    return true;
  }

  private async call(f: () => Promise<void> | void): Promise<void> {
    try {
      await f();
    } catch (e) {
      this.store.update({ error: { worker: "banner.workerFailed", reason: message(e) } });
    }
  }
}

function message(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
