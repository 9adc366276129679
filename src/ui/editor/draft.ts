/**
 * What the page knows of the document being edited: the JSON itself, what the validator says of
 * it (the same validator as the command line), and whether an undo or a redo is possible.
 */
import type { Issue } from "../../scenario/issues";
import type { JsonObject } from "./json";

export interface Draft {
  doc: JsonObject;
  /** The validator's errors; none means the simulation runs this document. */
  errors: Issue[];
  warnings: Issue[];
  canUndo: boolean;
  canRedo: boolean;
  /** Made by an edit here, rather than loaded as text: only a load refits the view. */
  edited: boolean;
}
