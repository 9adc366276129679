/**
 * Undo and redo over whole documents. Documents are never mutated, so a step costs only what
 * changed. A gesture that makes many edits (dragging a card writes its position at every
 * pointer move) passes one `group` for all of them and is undone as one step.
 */
import type { JsonObject } from "./json";

export const HISTORY_LIMIT = 200;

export class EditHistory {
  private past: JsonObject[] = [];
  private future: JsonObject[] = [];
  private group: string | undefined;

  constructor(
    private doc: JsonObject,
    private readonly limit = HISTORY_LIMIT,
  ) {}

  get current(): JsonObject {
    return this.doc;
  }

  get canUndo(): boolean {
    return this.past.length > 0;
  }

  get canRedo(): boolean {
    return this.future.length > 0;
  }

  /**
   * Makes `doc` the current document. With the `group` of the previous push it replaces that
   * step instead of adding one; the oldest step is forgotten past the limit.
   */
  push(doc: JsonObject, group?: string): void {
    if (doc === this.doc) return;
    this.future = [];
    if (group === undefined || group !== this.group) {
      this.past.push(this.doc);
      if (this.past.length > this.limit) this.past.shift();
    }
    this.group = group;
    this.doc = doc;
  }

  /** Steps back; the document now current, or null when there is nothing to undo. */
  undo(): JsonObject | null {
    const previous = this.past.pop();
    if (previous === undefined) return null;
    this.future.push(this.doc);
    this.doc = previous;
    this.group = undefined;
    return previous;
  }

  redo(): JsonObject | null {
    const next = this.future.pop();
    if (next === undefined) return null;
    this.past.push(this.doc);
    this.doc = next;
    this.group = undefined;
    return next;
  }
}
