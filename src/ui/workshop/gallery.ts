/**
 * The gallery of lessons: a dialog of cards, one per lesson preset, each with its name and goal
 * in the page's language, to open it, or to open it straight into presenter mode.
 */
import { select } from "d3";
import { localize } from "../../scenario/text";
import { label } from "../i18n/index";
import type { Store } from "../store";
import type { LessonPreset } from "./lessons";

export type OpenLesson = (lesson: LessonPreset, present: boolean) => void;

/** Mounts the header's "Lessons" button and its dialog; returns the function that opens it. */
export function mountGallery(
  el: HTMLElement,
  store: Store,
  lessons: readonly LessonPreset[],
  open: OpenLesson,
): () => void {
  const root = select(el).attr("class", "gallery-host");
  const dialog = root
    .append("dialog")
    .attr("class", "gallery")
    .attr("data-testid", "gallery")
    .call((d) => label(d.node()!, "workshop.lessons.title", undefined, "aria-label"));
  const show = () => dialog.node()!.showModal();
  root
    .append("button")
    .attr("type", "button")
    .attr("class", "button")
    .attr("data-testid", "gallery-toggle")
    .call((b) => label(b.node()!, "workshop.lessons"))
    .on("click", show);

  const head = dialog.append("header").attr("class", "gallery-head");
  head.append("h2").call((h) => label(h.node()!, "workshop.lessons.title"));
  head
    .append("button")
    .attr("type", "button")
    .attr("class", "button")
    .attr("data-testid", "gallery-close")
    .call((b) => label(b.node()!, "workshop.gallery.close"))
    .on("click", () => dialog.node()!.close());
  dialog
    .append("p")
    .attr("class", "gallery-intro")
    .call((p) => label(p.node()!, "workshop.gallery.intro"));
  const cards = dialog
    .append("ul")
    .attr("class", "gallery-cards")
    .selectAll("li")
    .data(lessons)
    .join("li")
    .attr("class", "gallery-card")
    .attr("data-lesson", (d) => d.id);
  cards.append("h3").attr("class", "gallery-card-name");
  cards.append("p").attr("class", "gallery-card-goal");
  const actions = cards.append("div").attr("class", "gallery-card-actions");
  const choose = (lesson: LessonPreset, present: boolean) => {
    dialog.node()!.close();
    open(lesson, present);
  };
  actions
    .append("button")
    .attr("type", "button")
    .attr("class", "button")
    .attr("data-testid", "gallery-open")
    .each(function () {
      label(this, "workshop.open");
    })
    .on("click", (_, d) => choose(d, false));
  actions
    .append("button")
    .attr("type", "button")
    .attr("class", "button primary")
    .attr("data-testid", "gallery-present")
    .each(function () {
      label(this, "workshop.present");
    })
    .on("click", (_, d) => choose(d, true));

  let shownLocale: string | null = null;
  store.subscribe((s) => {
    if (s.locale === shownLocale) return;
    shownLocale = s.locale;
    // Scenario text is untrusted: it goes in as text, never as markup.
    cards.select(".gallery-card-name").text((d) => localize(d.name, s.locale));
    cards.select(".gallery-card-goal").text((d) => localize(d.lesson.goal, s.locale));
  });
  return show;
}
