/**
 * Opening a scenario file, picked or dropped: its text goes through the same load as typed text,
 * so a file that does not validate lists its errors at their paths and is kept in the editor.
 */

import type { Controller } from "../controller";
import { t } from "../i18n/index";
import { loadAndPlay } from "../presets";
import type { Store } from "../store";

/** Far above any scenario (a recorded trace of a million timestamps is about 10 MB). */
export const MAX_FILE_BYTES = 20_000_000;

export async function openScenarioFile(
  file: File,
  store: Store,
  controller: Controller,
): Promise<void> {
  if (file.size > MAX_FILE_BYTES) {
    store.update({
      notice: t("files.tooLarge", { name: file.name, size: file.size, limit: MAX_FILE_BYTES }),
    });
    return;
  }
  let text: string;
  try {
    text = await file.text();
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    store.update({ notice: t("files.unreadable", { name: file.name, reason }) });
    return;
  }
  await loadAndPlay(controller, text);
}

/** Dropping a file anywhere on the page opens it; text dropped into the editor stays the editor's. */
export function acceptDroppedFiles(
  store: Store,
  controller: Controller,
  overlay: HTMLElement,
): void {
  const carriesFiles = (event: DragEvent) => event.dataTransfer?.types.includes("Files") ?? false;
  let depth = 0;
  const show = (on: boolean) => {
    overlay.hidden = !on;
  };
  document.addEventListener("dragenter", (event) => {
    if (!carriesFiles(event)) return;
    depth++;
    show(true);
  });
  document.addEventListener("dragleave", (event) => {
    if (!carriesFiles(event)) return;
    depth = Math.max(0, depth - 1);
    if (depth === 0) show(false);
  });
  document.addEventListener("dragover", (event) => {
    if (!carriesFiles(event)) return;
    event.preventDefault();
    if (event.dataTransfer !== null) event.dataTransfer.dropEffect = "copy";
  });
  document.addEventListener("drop", (event) => {
    if (!carriesFiles(event)) return;
    event.preventDefault();
    depth = 0;
    show(false);
    const file = event.dataTransfer?.files[0];
    if (file !== undefined) void openScenarioFile(file, store, controller);
  });
}
