/**
 * The gallery of lessons: a dialog of cards, one per lesson preset, each with its name and goal
 * in the page's language, to open it, or to open it straight into presenter mode.
 */
import { type Selection, select } from "d3";
import { localize } from "../../scenario/text";
import { appendButton } from "../button";
import { label } from "../i18n/index";
import type { Store } from "../store";
import { focusCard, galleryKeys } from "./gallery-keys";
import type { LessonPreset } from "./lessons";

export type OpenLesson = (lesson: LessonPreset, present: boolean) => void;

type Cards = Selection<HTMLLIElement, LessonPreset, HTMLUListElement, unknown>;

/**
 * Mounts the header's "Lessons" button and its dialog; returns what opens it. The lessons are
 * read (every preset validated) when the gallery is first opened, not while the page loads.
 */
export function mountGallery(
  el: HTMLElement,
  store: Store,
  lessons: () => readonly LessonPreset[],
  open: OpenLesson,
): () => void {
  const root = select(el).attr("class", "gallery-host");
  const dialog = root
    .append("dialog")
    .attr("class", "gallery")
    .attr("data-testid", "gallery")
    .call((d) => label(d.node()!, "workshop.lessons.title", undefined, "aria-label"));
  const head = dialog.append("header").attr("class", "gallery-head");
  head.append("h2").call((h) => label(h.node()!, "workshop.lessons.title"));
  appendButton(head, {
    text: "workshop.gallery.close",
    testId: "gallery-close",
    onClick: () => dialog.node()!.close(),
  });
  dialog
    .append("p")
    .attr("class", "gallery-intro")
    .call((p) => label(p.node()!, "workshop.gallery.intro"));
  const list = dialog.append("ul").attr("class", "gallery-cards");
  galleryKeys(list.node()!, (card) => card.querySelector(".gallery-card-name")?.textContent ?? "");

  let cards: Cards | null = null;
  const choose = (lesson: LessonPreset, present: boolean) => {
    dialog.node()!.close();
    open(lesson, present);
  };
  const openGallery = () => {
    if (cards === null) {
      cards = buildCards(list, lessons(), choose);
      localizeCards(cards, store.state.locale);
    }
    dialog.node()!.showModal();
    // On the first lesson, so that the arrows and type-ahead work at once.
    focusCard(list.node()!.querySelector<HTMLElement>(":scope > li") ?? undefined);
  };
  appendButton(root, { text: "workshop.lessons", testId: "gallery-toggle" }).on(
    "click",
    openGallery,
  );

  let shownLocale: string | null = null;
  store.subscribe((s) => {
    if (s.locale === shownLocale) return;
    shownLocale = s.locale;
    if (cards !== null) localizeCards(cards, s.locale);
  });
  return openGallery;
}

function buildCards(
  list: Selection<HTMLUListElement, unknown, null, undefined>,
  lessons: readonly LessonPreset[],
  choose: OpenLesson,
): Cards {
  const cards = list
    .selectAll<HTMLLIElement, LessonPreset>("li")
    .data(lessons)
    .join("li")
    .attr("class", "gallery-card")
    .attr("data-lesson", (d) => d.id);
  cards.append("h3").attr("class", "gallery-card-name");
  cards.append("p").attr("class", "gallery-card-goal");
  const actions = cards.append("div").attr("class", "gallery-card-actions");
  appendButton(actions, { text: "workshop.open", testId: "gallery-open" }).on("click", (_, d) =>
    choose(d, false),
  );
  appendButton(actions, {
    text: "workshop.present",
    testId: "gallery-present",
    primary: true,
  }).on("click", (_, d) => choose(d, true));
  return cards;
}

function localizeCards(cards: Cards, locale: string): void {
  // Scenario text is untrusted: it goes in as text, never as markup.
  cards.select(".gallery-card-name").text((d) => localize(d.name, locale));
  cards.select(".gallery-card-goal").text((d) => localize(d.lesson.goal, locale));
}
