/** Edits that the toolbar and the keyboard both make. */
import type { Store } from "../store";
import { disconnect, removeComponent } from "./operations";
import type { EditorSession } from "./session";

/** Deletes the selected connection, or else the selected component; false when nothing is. */
export function deleteSelection(
  store: Store,
  editor: EditorSession,
  choose: (id: string | null) => void,
): boolean {
  const doc = editor.doc;
  const { selected, selectedEdge } = store.state;
  if (doc === null) return false;
  if (selectedEdge !== null) {
    const done = editor.apply(disconnect(doc, selectedEdge.from, selectedEdge.to));
    if (done) store.update({ selectedEdge: null });
    return done;
  }
  if (selected === null) return false;
  const done = editor.apply(removeComponent(doc, selected));
  if (done) choose(null);
  return done;
}
