/**
 * Which scenario and seed the page is running, read from the store's states: the text of the
 * last scenario that loaded (not the editor's text, which may not validate) and the seed of
 * its run (which a restart with a new seed changes). It says what each state changed, so the
 * address bar can push a history entry for a load and only rewrite the entry for the rest.
 */
import type { ViewState } from "../store";

/**
 * `loaded`: a new scenario started a new run; `edited`: the scenario's text changed but its run
 * goes on (the editor moved a component); `reseeded`: the run restarted with another seed.
 */
export type RunChange = "loaded" | "edited" | "reseeded" | null;

type Observed = Pick<ViewState, "scenario" | "scenarioText" | "seed" | "history">;

export class RunTracker {
  /** The text of the scenario running, or null before the first load. */
  text: string | null = null;
  seed = "";
  private scenario: unknown = null;
  private history: unknown = null;
  private stateSeed: string | null = null;

  observe(state: Observed): RunChange {
    let change: RunChange = null;
    if (state.scenario !== this.scenario) {
      this.scenario = state.scenario;
      // A load starts a new History in the same update; an adopted edit keeps the run's.
      const newRun = state.history !== this.history;
      if (state.scenario !== null && state.scenarioText !== this.text) {
        this.text = state.scenarioText;
        if (newRun) {
          // The state's seed is the previous run's until the new run's first snapshot.
          this.seed = state.scenario.seed;
          change = "loaded";
        } else {
          change = "edited";
        }
      }
    }
    this.history = state.history;
    if (state.seed !== this.stateSeed) {
      const first = this.stateSeed === null;
      this.stateSeed = state.seed;
      if (!first && this.text !== null && state.seed !== this.seed) {
        this.seed = state.seed;
        change ??= "reseeded";
      }
    }
    return change;
  }
}
