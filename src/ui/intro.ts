/**
 * The first screen's line under the header: what archsim is, in one sentence, and the visible
 * way in, a button that opens the gallery of lessons. Hidden in presenter mode, where the room
 * sees the lesson itself.
 */
import "./intro.css";
import { select } from "d3";
import { appendButton } from "./button";
import { label } from "./i18n/index";

export function mountIntro(el: HTMLElement, openGallery: () => void): void {
  const root = select(el).attr("class", "app-intro").attr("data-testid", "intro");
  label(root.append("p").attr("class", "app-intro-what").node()!, "intro.what");
  appendButton(root, {
    text: "intro.start",
    title: "intro.start.title",
    testId: "start-lesson",
    primary: true,
    onClick: () => openGallery(),
  });
}
