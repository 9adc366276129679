/**
 * The question's prediction in the lesson panel: the choices the room picks from, the button
 * that applies the predicted change, the progress while its figures are worked out, and the
 * reveal — the answer, whether the room was right, and the figure before and after, with the
 * runs it comes from.
 */
import type { Selection } from "d3";
import type { Prediction } from "../../scenario/lesson";
import { localize } from "../../scenario/text";
import { appendButton } from "../button";
import { type Locale, label, t } from "../i18n/index";
import { formatFigure } from "./figures";
import type { Reveal } from "./reveal";
import { revealProblemText, wholeRunsText } from "./reveal-text";

type Root = Selection<HTMLElement, unknown, null, undefined>;

export function renderPrediction(
  root: Root,
  prediction: Prediction,
  reveal: Reveal,
  locale: Locale,
  act: { pick(choice: number): void; apply: (() => void) | null; revealNow(): void },
): void {
  const choice = (i: number) => localize(prediction.choices[i], locale);
  if (reveal.phase === "asking") {
    root
      .append("p")
      .attr("class", "lesson-hint")
      .call((p) => label(p.node()!, "workshop.predict"));
  }
  const choices = root.append("div").attr("class", "lesson-choices").attr("role", "group");
  prediction.choices.forEach((_, i) => {
    const isAnswer = reveal.phase === "revealed" && i === prediction.answer;
    choices
      .append("button")
      .attr("type", "button")
      .attr("class", `button lesson-choice${isAnswer ? " lesson-choice--answer" : ""}`)
      .attr("data-testid", `choice-${i}`)
      .attr("aria-pressed", String(reveal.picked === i))
      .property("disabled", reveal.phase !== "asking")
      .text(choice(i))
      .on("click", () => act.pick(i));
  });
  if (reveal.picked !== null) {
    root
      .append("p")
      .attr("class", "lesson-predicted")
      .attr("data-testid", "predicted")
      .text(t("workshop.predicted", { choice: choice(reveal.picked) }));
  }
  if (reveal.phase === "asking" && act.apply !== null) {
    const apply = act.apply;
    appendButton(root, {
      text: "workshop.applyAndReveal",
      testId: "apply-and-reveal",
      primary: true,
      className: "lesson-reveal-button",
      onClick: apply,
    }).property("disabled", reveal.picked === null);
  }
  if (reveal.phase === "measuring") {
    // Its text follows the clock once the figures are in: the presenter writes it on every update.
    root.append("p").attr("class", "lesson-progress").attr("data-testid", "measuring");
    // A room short of time need not wait for the live run's end: the figures are of whole runs.
    appendButton(root, {
      text: "workshop.revealNow",
      testId: "reveal-now",
      className: "lesson-reveal-button",
      onClick: act.revealNow,
    }).property("disabled", reveal.due);
  }
  if (reveal.phase === "failed") {
    root
      .append("p")
      .attr("class", "lesson-failed")
      .attr("data-testid", "reveal-failed")
      .text(revealProblemText(reveal.problem));
  }
  if (reveal.phase === "revealed") {
    const box = root.append("div").attr("class", "lesson-reveal").attr("data-testid", "reveal");
    box
      .append("p")
      .attr("class", "lesson-answer")
      .text(t("workshop.answer", { choice: choice(prediction.answer) }));
    box
      .append("p")
      .attr("class", "lesson-verdict")
      .text(
        reveal.picked === prediction.answer
          ? t("workshop.right")
          : t("workshop.wrong", { choice: choice(reveal.picked) }),
      );
    const figures = box.append("dl").attr("class", "lesson-figures");
    figures.append("dt").text(t(`workshop.figure.${prediction.figure}`));
    const { before, after } = reveal.figures;
    const dd = figures.append("dd").attr("data-testid", "reveal-figures");
    dd.append("span")
      .attr("class", "lesson-before")
      .text(`${t("workshop.before")} ${formatFigure(prediction.figure, before.value, locale)}`);
    dd.append("span").attr("class", "lesson-arrow").text(" → ");
    dd.append("span")
      .attr("class", "lesson-after")
      .text(`${t("workshop.after")} ${formatFigure(prediction.figure, after.value, locale)}`);
    box
      .append("p")
      .attr("class", "lesson-runs")
      .attr("data-testid", "reveal-runs")
      .text(wholeRunsText(reveal.figures));
  }
}
