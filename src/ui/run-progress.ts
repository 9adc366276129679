/**
 * A long run's progress in the controls' row: how far it is, about how long it has left at the
 * pace it keeps, and an offer to stop it. Shown only while a run plays with more than five
 * minutes left: a lesson at ×1 (90 s, the first screen's run) never shows it.
 */
import { select } from "d3";
import { appendButton } from "./button";
import type { Controller } from "./controller";
import { formatNumber, t } from "./i18n/index";
import type { Store } from "./store";

/** Wall seconds of a run left from which it counts as long. */
export const LONG_RUN_SECONDS = 300;

/** The pace is measured over about this many wall seconds, so a burst does not swing it. */
const WINDOW_MS = 5000;

/**
 * Simulated seconds per wall second over the last few seconds, from (wall, simulated) samples;
 * and so the wall seconds left. A new run (time going back) starts over.
 */
export class EtaEstimate {
  private samples: { wallMs: number; time: number }[] = [];

  add(wallMs: number, time: number): void {
    const last = this.samples.at(-1);
    if (last !== undefined && time < last.time) this.samples = [];
    this.samples.push({ wallMs, time });
    while (this.samples.length > 2 && wallMs - this.samples[1].wallMs >= WINDOW_MS)
      this.samples.shift();
  }

  reset(): void {
    this.samples = [];
  }

  /** Wall seconds until simulated time reaches `duration`; undefined until the pace is known. */
  secondsLeft(duration: number): number | undefined {
    const first = this.samples[0];
    const last = this.samples.at(-1);
    if (first === undefined || last === undefined || last.wallMs - first.wallMs < 1000)
      return undefined;
    const pace = (last.time - first.time) / ((last.wallMs - first.wallMs) / 1000);
    if (!(pace > 0)) return Number.POSITIVE_INFINITY;
    return (duration - last.time) / pace;
  }
}

/** A time left in words: "about 3 min", "about 2 h", "about 5 days", "more than a year". */
export function timeLeftText(seconds: number): string {
  if (!(seconds < 365 * 86_400)) return t("progress.left.year");
  if (seconds < 90) return t("progress.left.seconds", { n: formatNumber(Math.round(seconds)) });
  if (seconds < 90 * 60)
    return t("progress.left.minutes", { n: formatNumber(Math.round(seconds / 60)) });
  if (seconds < 48 * 3600)
    return t("progress.left.hours", { n: formatNumber(Math.round(seconds / 3600)) });
  return t("progress.left.days", { n: formatNumber(Math.round(seconds / 86_400)) });
}

export function mountRunProgress(
  el: HTMLElement,
  store: Store,
  controller: Controller,
  clock: () => number = () => performance.now(),
): void {
  const root = select(el)
    .attr("class", "run-progress")
    .attr("data-testid", "run-progress")
    .attr("role", "status")
    .property("hidden", true);
  const text = root.append("span").attr("class", "run-progress-text");
  appendButton(root, {
    text: "progress.stop",
    title: "progress.stop.title",
    testId: "run-progress-stop",
    onClick: () => void controller.pause(),
  });
  const estimate = new EtaEstimate();
  store.subscribe((state) => {
    if (!state.running || state.duration <= 0) {
      estimate.reset();
      root.property("hidden", true);
      return;
    }
    estimate.add(clock(), state.time);
    const left = estimate.secondsLeft(state.duration);
    const long = left !== undefined && left > LONG_RUN_SECONDS;
    root.property("hidden", !long);
    if (!long) return;
    text.text(
      t("progress.text", {
        percent: formatNumber(Math.floor((100 * state.time) / state.duration)),
        left: timeLeftText(left),
      }),
    );
  });
}
