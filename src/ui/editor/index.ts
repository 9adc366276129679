/**
 * The editor (see README, "The browser app"): its session holds the document and its history;
 * the topology draws and edits it (topology/editing.ts), the inspector edits its fields.
 */
import type { Controller } from "../controller";
import type { Store } from "../store";
import { mountEditorKeys } from "./keys";
import { EditorSession } from "./session";

export { EditorSession };

/** Starts the editor's session and its keys; views get the session to edit through. */
export function mountEditor(store: Store, controller: Controller): EditorSession {
  const editor = new EditorSession(store, controller);
  mountEditorKeys(store, editor, (id) => {
    controller.select(id);
    store.update({ selectedEdge: null });
  });
  return editor;
}
