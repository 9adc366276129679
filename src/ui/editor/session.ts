/**
 * The editor's side of the page: it holds the document and its undo history, turns each edit
 * into a new draft in the store, and decides what becomes of the run. A valid edit that changes
 * what the engine simulates reloads the scenario from t = 0 (and keeps playing if it was); one
 * that moves cards or renames labels only is taken as it is, and the run goes on; an invalid one
 * is kept (in the JSON view and in storage) while the last valid scenario runs on. Text of the
 * same scenario loaded in the JSON view becomes a step of the history too, so undo brings back
 * what was there before; another scenario (a preset, a lesson, a file: another name) starts a
 * history of its own, so switching lessons is not an edit that Ctrl+Z takes back.
 */
import type { ParseResult } from "../../scenario/parse";
import { parseScenario } from "../../scenario/parse";
import type { Scenario } from "../../scenario/types";
import type { Controller } from "../controller";
import type { Store } from "../store";
import { EditHistory } from "./history";
import { documentText, isJsonObject, type JsonObject } from "./json";
import type { EditResult } from "./operations";
import { refusalMessage } from "./refusals";

export class EditorSession {
  private history: EditHistory | null = null;
  /** The text this session last published, to tell its own changes from a load. */
  private text: string | null = null;
  /** The variant being edited (compare/variants.ts): each has a history of its own. */
  private variant: number | undefined;

  constructor(
    private readonly store: Store,
    private readonly controller: Controller,
  ) {
    store.subscribe((s) => this.follow(s.scenarioText, s.variants.current));
  }

  /** The document edits apply to; null when the scenario text is not a JSON object. */
  get doc(): JsonObject | null {
    return this.store.state.draft === null ? null : (this.history?.current ?? null);
  }

  /**
   * Makes an edit's document current (one undo step, or part of the step of `group`), or says
   * why it was refused. True when it was made.
   */
  apply(result: EditResult, group?: string): boolean {
    if (!result.ok) {
      this.store.update({ notice: refusalMessage(result) });
      return false;
    }
    if (this.history === null) return false;
    this.history.push(result.doc, group);
    void this.publish(result.doc);
    return true;
  }

  undo(): void {
    const doc = this.history?.undo();
    if (doc) void this.publish(doc);
  }

  redo(): void {
    const doc = this.history?.redo();
    if (doc) void this.publish(doc);
  }

  /**
   * Text that arrived from elsewhere (a load, a preset): a new step, if it is a JSON object.
   * Another variant, or another scenario, starts a history of its own, so an undo never brings
   * one variant's or one lesson's document into another.
   */
  private follow(text: string, variant: number): void {
    const switched = variant !== this.variant;
    if (text === this.text && !switched) return;
    this.text = text;
    this.variant = variant;
    let doc: unknown;
    try {
      doc = JSON.parse(text);
    } catch {
      doc = undefined;
    }
    if (!isJsonObject(doc)) {
      // Nothing to draw or edit: the JSON view shows why, and edits wait until it parses.
      if (this.store.state.draft !== null) this.store.update({ draft: null });
      return;
    }
    const another = this.history !== null && !sameScenario(this.history.current, doc);
    if (this.history === null || switched || another) this.history = new EditHistory(doc);
    else this.history.push(doc);
    this.draft(doc, parseScenario(doc), false);
  }

  private draft(doc: JsonObject, parsed: ParseResult, edited: boolean): void {
    this.store.update({
      draft: {
        doc,
        errors: parsed.ok ? [] : parsed.errors,
        warnings: parsed.warnings,
        canUndo: this.history?.canUndo ?? false,
        canRedo: this.history?.canRedo ?? false,
        edited,
      },
    });
  }

  private async publish(doc: JsonObject): Promise<void> {
    const text = documentText(doc);
    this.text = text;
    const parsed = parseScenario(doc);
    this.draft(doc, parsed, true);
    if (!parsed.ok) {
      this.controller.keep(text);
      return;
    }
    const state = this.store.state;
    if (state.scenario !== null && sameRun(state.scenario, parsed.scenario)) {
      this.controller.adopt(text, parsed.scenario, parsed.warnings);
      return;
    }
    const playing = state.running;
    if ((await this.controller.load(text)) && playing) await this.controller.play();
  }
}

/** Whether two documents are versions of one scenario: by its name, in every language. */
function sameScenario(a: JsonObject, b: JsonObject): boolean {
  return JSON.stringify(a.name) === JSON.stringify(b.name);
}

/** Whether two scenarios simulate the same thing: they differ in cards' places and labels only. */
function sameRun(a: Scenario, b: Scenario): boolean {
  const bare = (s: Scenario) =>
    JSON.stringify({
      ...s,
      components: s.components.map(({ position: _p, label: _l, ...rest }) => rest),
    });
  return bare(a) === bare(b);
}
