/**
 * The workshop in the page: the gallery of lesson presets and presenter mode, with the header
 * buttons that reach them. Returns what the page's keyboard shortcut needs.
 */
import { select } from "d3";
import { appendButton } from "../button";
import type { Controller } from "../controller";
import { loadAndPlay, PRESETS } from "../presets";
import type { Store } from "../store";
import { focusAfterLoad } from "./focus-after";
import { mountGallery } from "./gallery";
import { lessonPresets } from "./lessons";
import { mountPresenter, type Presenter } from "./presenter";

export interface Workshop extends Presenter {
  /** Opens the gallery of lessons (the first screen's "start with a lesson"). */
  openGallery(): void;
}

export function mountWorkshop(
  tools: HTMLElement,
  workspace: HTMLElement,
  store: Store,
  controller: Controller,
): Workshop {
  const galleryHost = tools.appendChild(document.createElement("div"));
  const button = appendButton(select(tools), {
    text: "workshop.present",
    title: "workshop.present.title",
    testId: "presenter-toggle",
    onClick: () => presenter.toggle(),
  }).attr("aria-pressed", "false");
  const presenter = mountPresenter(workspace, store, controller, (on) =>
    button.attr("aria-pressed", String(on)),
  );
  const openGallery = mountGallery(
    galleryHost,
    store,
    () => lessonPresets(PRESETS),
    (lesson, present) => {
      const loaded = loadAndPlay(controller, lesson.text);
      if (present) presenter.toggle(true);
      void loaded.then(() => focusAfterLoad(workspace, present));
    },
  );
  return { ...presenter, openGallery };
}
