/**
 * Presenter mode: large type, and the running scenario's lesson beside the live topology and
 * charts — its goal, the things to try and the question. A try is one click: an edit restarts
 * the run on the same seed (its charts begin with the change; it adds no store marker, which the
 * fingerprint reads as "changed live"), a live what-if acts on the running one and the worker
 * marks it on the charts. The room predicts before the question's change is applied and sees the
 * answer revealed with the figure before and after it, from whole runs of both texts that the
 * batch worker pool computes while the live view plays the change. `data-presenting` on <html>
 * switches the layout (workshop.css) and large type is switched on for the room without being
 * remembered, so leaving restores the page, and the user's type size, exactly as they were. */
import "./workshop.css";
import { select } from "d3";
import type { Figure, LessonChange } from "../../scenario/lesson";
import { localize } from "../../scenario/text";
import type { Lesson } from "../../scenario/types";
import { runBatch } from "../batch/worker-pool";
import { appendButton } from "../button";
import type { Controller } from "../controller";
import { label, t } from "../i18n/index";
import type { Store, ViewState } from "../store";
import { applyLook } from "../theme";
import { changedText } from "./change";
import { focusedIn, restoreFocus } from "./focus-after";
import { lessonKey } from "./lessons";
import { renderPrediction } from "./prediction";
import { ASKING, applied, computed, due, failed, pick, type Reveal } from "./reveal";
import { revealFigures, revealRuns } from "./reveal-runs";

export interface Presenter {
  /** Turns presenter mode on or off (the opposite of now when not said). */
  toggle(on?: boolean): void;
  /** Puts `tool` in the lesson's head beside the way out, kept there as the lesson redraws. */
  addHeadTool(tool: HTMLElement): void;
}

const ATTRIBUTE = "data-presenting";

export function mountPresenter(
  workspace: HTMLElement,
  store: Store,
  controller: Controller,
  onToggle: (on: boolean) => void = () => {},
  html: HTMLElement = document.documentElement,
): Presenter {
  // Before the charts, so Tab goes topology, inspector, lesson, charts: the order on the screen.
  const panel = select(workspace)
    .insert("section", '[data-view="charts"]')
    .attr("class", "panel view-lesson")
    .attr("data-view", "lesson")
    .attr("data-testid", "lesson-panel")
    .attr("aria-live", "polite");

  /** What the shown lesson has been through; kept while its try changes restart the run. */
  let key: string | null = null;
  let originalText = "";
  let done = new Set<number>();
  let reveal: Reveal = ASKING;
  /** The text a predicted change loaded, once the worker runs it: its end makes the reveal due. */
  let measuring: string | null = null;
  /** The whole runs before and after the predicted change, while the batch pool computes them. */
  let batch: AbortController | null = null;
  let shown = "";
  /** The user's own type size, put back when presenting ends. */
  let ownLargeType = false;
  /** Controls of other features shown in the lesson's head (the room's QR code). */
  const headTools: HTMLElement[] = [];

  const presenting = () => html.hasAttribute(ATTRIBUTE);

  function reset(lesson: Lesson | undefined, text: string): void {
    key = lesson === undefined ? null : lessonKey(lesson);
    originalText = text;
    done = new Set();
    reveal = ASKING;
    measuring = null;
    batch?.abort();
    batch = null;
  }

  /** Runs the text before and after the change to their ends, off the main thread. */
  async function computeFigures(before: string, after: string, figure: Figure): Promise<void> {
    const runs = revealRuns(before, after);
    if (!runs.ok) {
      reveal = failed(reveal, runs.problem);
      return;
    }
    const abort = new AbortController();
    batch = abort;
    const result = await runBatch(runs.tasks, { signal: abort.signal });
    if (batch !== abort) return;
    batch = null;
    reveal = result.ok
      ? computed(reveal, revealFigures(figure, result.summaries))
      : failed(reveal, { kind: "batch", reason: result.reason });
    if (presenting()) render(store.state, true);
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
      const asking = reveal;
      reveal = applied(reveal);
      if (reveal !== asking)
        void computeFigures(store.state.scenarioText, next.text, predicted.figure);
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
    const state = `${s.locale}|${key}|${[...done].join(",")}|${JSON.stringify(reveal)}`;
    if (!force && state === shown) {
      updateProgress(s);
      return;
    }
    shown = state;
    const had = focusedIn(panel.node()!);
    draw(s, lesson);
    restoreFocus(panel.node()!, had);
  }

  function draw(s: ViewState, lesson: Lesson | undefined): void {
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
    head.node()!.append(...headTools);
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

    // The question and its reveal before the things to try: on a projector they must be in
    // sight with the topology, and the predicted change has its own button among the choices.
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
          reveal = due(reveal);
          render(store.state, true);
        },
      });
      if (reveal.phase === "measuring") updateProgress(s);
    }

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

    appendButton(root, {
      text: "workshop.restart",
      testId: "lesson-restart",
      className: "lesson-restart",
      onClick: () => void restart(),
    });
  }

  function updateProgress(s: ViewState): void {
    if (reveal.phase !== "measuring") return;
    let text = t("workshop.computing");
    if (reveal.figures !== null) {
      // The live run's end reveals only while it is the run of the predicted change.
      text =
        measuring === s.scenarioText
          ? t("workshop.readyAtEnd", { time: Math.floor(s.time), duration: s.duration })
          : t("workshop.ready");
    }
    panel.select(".lesson-progress").text(text);
  }

  /**
   * Scrolls to the top, once the page is laid out for presenting (two frames: the topology's
   * frame is fitted when it resizes): the bar, the topology and the lesson are one screen there.
   */
  function showTopology(): void {
    requestAnimationFrame(() =>
      requestAnimationFrame(() => {
        if (presenting()) window.scrollTo({ top: 0 });
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
    if (reveal.phase === "measuring" && measuring === s.scenarioText && s.finished) {
      reveal = due(reveal);
      measuring = null;
    }
    if (presenting()) render(s);
  });

  function addHeadTool(tool: HTMLElement): void {
    headTools.push(tool);
    render(store.state, true);
  }

  return { toggle, addHeadTool };
}
