/**
 * The question's prediction in the lesson panel: the choices the room picks from, the button
 * that applies the predicted change, the progress while the new run is measured, and the
 * reveal — the answer, whether the room was right, and the figure before and after.
 */
import type { Selection } from "d3";
import type { Prediction } from "../../scenario/lesson";
import { localize } from "../../scenario/text";
import { appendButton } from "../button";
import { type Locale, label, t } from "../i18n/index";
import { formatFigure } from "./figures";
import type { Measured, Reveal } from "./reveal";

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
    // Its text follows the clock: the presenter writes it on every update.
    root.append("p").attr("class", "lesson-progress").attr("data-testid", "measuring");
    // A room short of time need not wait for a long run: the figure so far, marked as such.
    appendButton(root, {
      text: "workshop.revealNow",
      testId: "reveal-now",
      onClick: act.revealNow,
    });
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
    const name = t(`workshop.figure.${prediction.figure}`);
    figures.append("dt").text(name);
    const format = (m: Measured) =>
      `${formatFigure(prediction.figure, m.value, locale)}${
        m.partial ? ` ${t("workshop.partial", { time: Math.round(m.time) })}` : ""
      }`;
    const dd = figures.append("dd").attr("data-testid", "reveal-figures");
    dd.append("span")
      .attr("class", "lesson-before")
      .text(`${t("workshop.before")} ${format(reveal.before)}`);
    dd.append("span").attr("class", "lesson-arrow").text(" → ");
    dd.append("span")
      .attr("class", "lesson-after")
      .text(`${t("workshop.after")} ${format(reveal.after)}`);
  }
}
