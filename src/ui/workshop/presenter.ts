/**
 * Presenter mode: large type, and the running scenario's lesson beside the live topology and
 * charts — its goal, the things to try and the question. A try is one click: an edit restarts
 * the run on the same seed (its charts begin with the change; it adds no store marker, which the
 * fingerprint reads as "changed live"), a live what-if acts on the running one and the worker
 * marks it on the charts. The room predicts before the question's change is applied and sees the
 * answer revealed with the figure measured before and after. `data-presenting` on <html>
 * switches the layout (workshop.css) and large type is switched on for the room without being
 * remembered, so leaving restores the page, and the user's type size, exactly as they were. */
import "./workshop.css";
import { select } from "d3";
import type { LessonChange, Prediction } from "../../scenario/lesson";
import { localize } from "../../scenario/text";
import type { Lesson } from "../../scenario/types";
import { appendButton } from "../button";
import type { Controller } from "../controller";
import { label, t } from "../i18n/index";
import type { Store, ViewState } from "../store";
import { applyLook } from "../theme";
import { changedText } from "./change";
import { figureValue } from "./figures";
import { lessonKey } from "./lessons";
import { renderPrediction } from "./prediction";
import { ASKING, applied, type Measured, measured, pick, type Reveal } from "./reveal";

export interface Presenter {
  /** Turns presenter mode on or off (the opposite of now when not said). */
  toggle(on?: boolean): void;
}

const ATTRIBUTE = "data-presenting";

export function mountPresenter(
  workspace: HTMLElement,
  store: Store,
  controller: Controller,
  onToggle: (on: boolean) => void = () => {},
  html: HTMLElement = document.documentElement,
): Presenter {
  const panel = select(workspace)
    .append("section")
    .attr("class", "panel view-lesson")
    .attr("data-view", "lesson")
    .attr("data-testid", "lesson-panel")
    .attr("aria-live", "polite");

  /** What the shown lesson has been through; kept while its try changes restart the run. */
  let key: string | null = null;
  let originalText = "";
  let done = new Set<number>();
  let reveal: Reveal = ASKING;
  /** The text a predicted change loaded, once the worker runs it: the "after" is measured on it. */
  let measuring: string | null = null;
  let shown = "";
  /** The user's own type size, put back when presenting ends. */
  let ownLargeType = false;

  const presenting = () => html.hasAttribute(ATTRIBUTE);

  function reset(lesson: Lesson | undefined, text: string): void {
    key = lesson === undefined ? null : lessonKey(lesson);
    originalText = text;
    done = new Set();
    reveal = ASKING;
    measuring = null;
  }

  async function apply(index: number, change: LessonChange): Promise<void> {
    const predicted = store.state.scenario?.lesson?.question.prediction;
    if ("live" in change) {
      if (await controller.act(change.live)) done.add(index);
      render(store.state, true);
      return;
    }
    const next = changedText(store.state.scenarioText, change.set);
    if (!next.ok) {
      store.update({ notice: t("workshop.changeFailed", { reason: next.reason }) });
      return;
    }
    if (predicted !== undefined && predicted.try === index) {
      reveal = applied(reveal, measure(store.state, predicted));
    }
    // The edit starts a new run: the live what-ifs applied to the old one are gone with it.
    const tries = store.state.scenario?.lesson?.try ?? [];
    for (const i of done) {
      const change = tries[i]?.change;
      if (change !== undefined && "live" in change) done.delete(i);
    }
    done.add(index);
    render(store.state, true);
    if (await controller.load(next.text)) {
      if (reveal.phase === "measuring") measuring = next.text;
      await controller.play();
    }
  }

  async function restart(): Promise<void> {
    const text = originalText;
    reset(store.state.scenario?.lesson, text);
    render(store.state, true);
    if (await controller.load(text)) await controller.play();
  }

  function render(s: ViewState, force = false): void {
    const lesson = s.scenario?.lesson;
    const state = `${s.locale}|${key}|${[...done].join(",")}|${reveal.phase}|${reveal.picked}`;
    if (!force && state === shown) {
      updateProgress(s);
      return;
    }
    shown = state;
    const root = panel.html(null);
    const head = root.append("header").attr("class", "lesson-head");
    head
      .append("h2")
      .attr("class", "lesson-name")
      .text(s.scenario === null ? "" : localize(s.scenario.name, s.locale));
    appendButton(head, {
      text: "workshop.exit",
      testId: "presenter-exit",
      onClick: () => toggle(false),
    });
    if (lesson === undefined) {
      root
        .append("p")
        .attr("class", "lesson-goal")
        .call((p) => label(p.node()!, "workshop.noLesson"));
      return;
    }
    const text = (value: Parameters<typeof localize>[0]) => localize(value, s.locale);
    const prediction = lesson.question.prediction;

    root.append("h3").call((h) => label(h.node()!, "workshop.goal"));
    root.append("p").attr("class", "lesson-goal").text(text(lesson.goal));

    root.append("h3").call((h) => label(h.node()!, "workshop.try"));
    const list = root.append("ol").attr("class", "lesson-tries");
    lesson.try.forEach((item, i) => {
      const li = list.append("li").attr("class", "lesson-try").attr("data-try", i);
      li.append("span").attr("class", "lesson-try-text").text(text(item.text));
      const change = item.change;
      if (change === undefined) return;
      const waiting = prediction?.try === i && reveal.phase === "asking" && reveal.picked === null;
      appendButton(li, {
        text: waiting
          ? "workshop.predictFirst"
          : done.has(i)
            ? "workshop.applied"
            : "workshop.apply",
        testId: `try-${i}`,
        primary: !done.has(i),
        onClick: () => void apply(i, change),
      }).property("disabled", waiting);
      if ("live" in change) {
        li.append("span")
          .attr("class", "lesson-live")
          .call((x) => label(x.node()!, "workshop.live"));
      }
    });

    root.append("h3").call((h) => label(h.node()!, "workshop.question"));
    root.append("p").attr("class", "lesson-question").text(text(lesson.question.text));
    if (prediction !== undefined) {
      const change = lesson.try[prediction.try]?.change;
      renderPrediction(root, prediction, reveal, s.locale, {
        pick: (i) => {
          reveal = pick(reveal, i);
          render(store.state, true);
        },
        apply: change === undefined ? null : () => void apply(prediction.try, change),
        revealNow: () => {
          if (measuring !== store.state.scenarioText) return;
          reveal = measured(reveal, measure(store.state, prediction), true);
          measuring = null;
          render(store.state, true);
        },
      });
      if (reveal.phase === "measuring") updateProgress(s);
    }

    appendButton(root, {
      text: "workshop.restart",
      testId: "lesson-restart",
      className: "lesson-restart",
      onClick: () => void restart(),
    });
  }

  function updateProgress(s: ViewState): void {
    panel
      .select(".lesson-progress")
      .text(t("workshop.measuring", { time: Math.floor(s.time), duration: s.duration }));
  }

  /**
   * Scrolls the page the least that brings the whole topology into sight, once it is laid out
   * (two frames: its frame is fitted when it resizes). On a 1280x720 projector a drawing of six
   * rows is a screen tall: the header and the run's controls are then a scroll up (Space still
   * plays and pauses, P still leaves).
   */
  function showTopology(): void {
    const topology = workspace.querySelector<HTMLElement>('[data-view="topology"]');
    requestAnimationFrame(() =>
      requestAnimationFrame(() => {
        if (presenting()) topology?.scrollIntoView({ block: "nearest" });
      }),
    );
  }

  function toggle(on = !presenting()): void {
    const changed = on !== presenting();
    if (changed && on) ownLargeType = store.state.largeType;
    if (on) html.setAttribute(ATTRIBUTE, "");
    else html.removeAttribute(ATTRIBUTE);
    // applyLook, not setLook: the projector's large type must not become the user's choice.
    if (changed)
      applyLook({ theme: store.state.theme, largeType: on || ownLargeType }, store, html);
    onToggle(on);
    render(store.state, true);
    if (changed && on) showTopology();
  }

  store.subscribe((s) => {
    const lesson = s.scenario?.lesson;
    const next = lesson === undefined ? null : lessonKey(lesson);
    if (next !== key) {
      reset(lesson, s.scenarioText);
      if (presenting()) showTopology();
    }
    const prediction = lesson?.question.prediction;
    if (
      reveal.phase === "measuring" &&
      prediction !== undefined &&
      measuring === s.scenarioText &&
      s.finished &&
      s.summary !== null
    ) {
      reveal = measured(reveal, measure(s, prediction));
      measuring = null;
    }
    if (presenting()) render(s);
  });

  return { toggle };
}

function measure(s: ViewState, prediction: Prediction): Measured {
  return {
    value: s.summary === null ? Number.NaN : figureValue(s.summary, prediction.figure),
    partial: !s.finished,
    time: s.time,
  };
}
