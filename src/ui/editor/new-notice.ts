/**
 * What New leaves on screen: a line saying the scenario was replaced by an empty one, with an
 * Undo beside it, so a click on New by mistake costs nothing and is seen. It goes when the new
 * scenario is edited, another is loaded, or Undo is pressed.
 */
import { select } from "d3";
import { appendButton } from "../button";
import { label } from "../i18n/index";
import type { Store } from "../store";
import type { JsonObject } from "./json";
import type { EditorSession } from "./session";

/** Mounts the line (hidden) after `bar`; the function returned shows it. */
export function mountNewNotice(bar: HTMLElement, store: Store, editor: EditorSession): () => void {
  const el = document.createElement("div");
  bar.after(el);
  const notice = select(el)
    .attr("class", "editor-new-notice")
    .attr("role", "status")
    .attr("data-testid", "editor-new-notice")
    .property("hidden", true);
  label(notice.append("span").node()!, "editor.new.notice");
  appendButton(notice, {
    text: "editor.undo",
    title: "editor.new.undo.title",
    testId: "editor-new-undo",
    onClick: () => editor.undo(),
  });
  /** The document New made; once the editor holds another, the line goes. */
  let made: JsonObject | null = null;
  store.subscribe(() => {
    if (made === null || editor.doc === made) return;
    made = null;
    notice.property("hidden", true);
  });
  return () => {
    made = editor.doc;
    notice.property("hidden", made === null);
  };
}
