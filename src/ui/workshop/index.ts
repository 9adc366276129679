/**
 * The workshop in the page: the gallery of lesson presets and presenter mode, with the header
 * buttons that reach them. Returns what the page's keyboard shortcut needs.
 */
import { select } from "d3";
import type { Controller } from "../controller";
import { label } from "../i18n/index";
import { loadAndPlay, PRESETS } from "../presets";
import type { Store } from "../store";
import { mountGallery } from "./gallery";
import { lessonPresets } from "./lessons";
import { mountPresenter, type Presenter } from "./presenter";

export function mountWorkshop(
  tools: HTMLElement,
  workspace: HTMLElement,
  store: Store,
  controller: Controller,
): Presenter {
  const galleryHost = tools.appendChild(document.createElement("div"));
  const button = select(tools)
    .append("button")
    .attr("type", "button")
    .attr("class", "button")
    .attr("data-testid", "presenter-toggle")
    .attr("aria-pressed", "false")
    .call((b) => label(b.node()!, "workshop.present.title", undefined, "title"))
    .call((b) => label(b.node()!, "workshop.present"))
    .on("click", () => presenter.toggle());
  const presenter = mountPresenter(workspace, store, controller, (on) =>
    button.attr("aria-pressed", String(on)),
  );
  mountGallery(
    galleryHost,
    store,
    () => lessonPresets(PRESETS),
    (lesson, present) => {
      void loadAndPlay(controller, lesson.text);
      if (present) presenter.toggle(true);
    },
  );
  return presenter;
}
