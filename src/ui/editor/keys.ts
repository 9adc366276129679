/**
 * The editor's keys: Ctrl+Z and Ctrl+Shift+Z (or Ctrl+Y) undo and redo, Delete and Backspace
 * delete the selected component or connection. In a text field they are the field's own.
 */
import type { Store } from "../store";
import { deleteSelection } from "./actions";
import type { EditorSession } from "./session";

export function mountEditorKeys(
  store: Store,
  editor: EditorSession,
  choose: (id: string | null) => void,
): void {
  document.addEventListener("keydown", (event) => {
    if (event.altKey || isTextEntry(event.target)) return;
    const key = event.key.toLowerCase();
    const command = event.ctrlKey || event.metaKey;
    if (command && key === "z") {
      event.preventDefault();
      if (event.shiftKey) editor.redo();
      else editor.undo();
    } else if (command && key === "y") {
      event.preventDefault();
      editor.redo();
    } else if (!command && (event.key === "Delete" || event.key === "Backspace")) {
      if (deleteSelection(store, editor, choose)) event.preventDefault();
    }
  });
}

/** Whether a key goes to a field the user types in (which has its own undo and delete). */
function isTextEntry(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement) return true;
  if (target instanceof HTMLSelectElement) return true;
  return (
    target instanceof HTMLInputElement &&
    !["button", "checkbox", "radio", "range"].includes(target.type)
  );
}
