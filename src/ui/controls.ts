/**
 * The run's controls, like a media player's: play/pause, step, speed, restart with the same seed
 * or another, and the clock (simulated time over duration, seed, events). Keyboard shortcuts
 * call the same functions (see app.ts).
 */
import { type Selection, select } from "d3";
import type { Speed } from "../worker/protocol";
import type { Controller } from "./controller";
import { formatFixed, formatNumber, label, type MessageKey, t } from "./i18n/index";
import type { Store, ViewState } from "./store";

export const SPEEDS: Speed[] = [0.1, 1, 10, 100, 1000, "max"];

/** Play, pause, or (once the run has ended) run it again with the same seed. */
export async function togglePlay(store: Store, controller: Controller): Promise<void> {
  const state = store.state;
  if (state.scenario === null) return;
  if (state.running) await controller.pause();
  else if (state.finished) {
    if (await controller.restart()) await controller.play();
  } else await controller.play();
}

export async function stepOnce(store: Store, controller: Controller): Promise<void> {
  const state = store.state;
  if (state.scenario === null || state.running || state.finished) return;
  await controller.step();
}

/** A short random seed, for "restart with a new seed". */
export function randomSeed(): string {
  const bytes = crypto.getRandomValues(new Uint32Array(1));
  return bytes[0].toString(36);
}

/** Simulated seconds for the clock: one decimal, thousands grouped as the language does. */
export function formatSeconds(seconds: number): string {
  return formatFixed(seconds, 1);
}

export function formatCount(n: number): string {
  return formatNumber(n, undefined, 0);
}

type RunStatus = "empty" | "running" | "paused" | "finished" | "stopped";

export function runStatus(state: ViewState): RunStatus {
  if (state.scenario === null) return "empty";
  if (state.error !== null) return "stopped";
  if (state.finished) return "finished";
  return state.running ? "running" : "paused";
}

const STATUS_TEXT: Record<RunStatus, MessageKey> = {
  empty: "status.empty",
  running: "status.running",
  paused: "status.paused",
  finished: "status.finished",
  stopped: "status.stopped",
};

export function mountControls(el: HTMLElement, store: Store, controller: Controller): void {
  const root = select(el).attr("class", "panel controls");
  label(el, "controls.region", undefined, "aria-label");

  const transport = root.append("div").attr("class", "control-group");
  const play = transport
    .append("button")
    .attr("type", "button")
    .attr("class", "button primary play-button")
    .attr("data-testid", "play")
    .attr("aria-keyshortcuts", "Space")
    .on("click", () => void togglePlay(store, controller));
  const step = transport
    .append("button")
    .attr("type", "button")
    .attr("class", "button")
    .attr("data-testid", "step")
    .attr("aria-keyshortcuts", ".")
    .on("click", () => void stepOnce(store, controller));
  label(step.node()!, "controls.step");
  label(step.node()!, "controls.step.title", undefined, "title");

  const speedGroup = root.append("div").attr("class", "control-group");
  label(
    speedGroup.append("span").attr("class", "label").attr("id", "speed-label").node()!,
    "controls.speed",
  );
  const speeds = speedGroup
    .append("div")
    .attr("class", "segmented")
    .attr("role", "group")
    .attr("aria-labelledby", "speed-label")
    .selectAll("button")
    .data(SPEEDS)
    .join("button")
    .attr("type", "button")
    .attr("class", "button")
    .attr("data-speed", (d) => String(d))
    .each(function (d) {
      const button = this as HTMLButtonElement;
      if (d === "max") {
        label(button, "controls.speed.max");
        label(button, "controls.speed.max.title", undefined, "title");
      } else {
        // "×" and the factor read the same in every language; the title says what it means.
        button.textContent = `×${d}`;
        label(button, "controls.speed.title", { speed: d }, "title");
      }
    })
    .on("click", (_event, d) => void controller.setSpeed(d));

  const restartGroup = root.append("div").attr("class", "control-group");
  const restart = restartGroup
    .append("button")
    .attr("type", "button")
    .attr("class", "button")
    .attr("data-testid", "restart")
    .on("click", async () => {
      if (await controller.restart()) await controller.play();
    });
  label(restart.node()!, "controls.restart");
  label(restart.node()!, "controls.restart.title", undefined, "title");
  label(
    restartGroup.append("label").attr("class", "label").attr("for", "seed-input").node()!,
    "controls.seed",
  );
  const seedInput = restartGroup
    .append("input")
    .attr("id", "seed-input")
    .attr("class", "field seed-input")
    .attr("data-testid", "seed-input")
    .attr("spellcheck", "false")
    .attr("autocomplete", "off");
  const reseed = restartGroup
    .append("button")
    .attr("type", "button")
    .attr("class", "button")
    .attr("data-testid", "reseed");

  const restartWithSeed = async () => {
    const typed = String(seedInput.property("value")).trim();
    const seed = typed === "" || typed === store.state.seed ? randomSeed() : typed;
    seedInput.property("value", seed);
    if (await controller.restart(seed)) await controller.play();
  };
  const labelReseed = () => {
    const typed = String(seedInput.property("value")).trim();
    const fresh = typed === "" || typed === store.state.seed;
    label(reseed.node()!, fresh ? "controls.newSeed" : "controls.thisSeed");
    label(
      reseed.node()!,
      fresh ? "controls.newSeed.title" : "controls.thisSeed.title",
      undefined,
      "title",
    );
  };
  reseed.on("click", () => void restartWithSeed());
  seedInput.on("input", labelReseed).on("keydown", (event: KeyboardEvent) => {
    if (event.key === "Enter") void restartWithSeed();
  });

  const clock = root.append("div").attr("class", "clock");
  const figures = clock.append("div").attr("class", "clock-figures");
  const status = figures.append("span").attr("class", "status").attr("data-testid", "status");
  const timeFigure = figures.append("span");
  label(timeFigure.append("span").attr("class", "label").node()!, "controls.time");
  const time = timeFigure.append("strong").attr("data-testid", "sim-time");
  const seedFigure = figures.append("span");
  label(seedFigure.append("span").attr("class", "label").node()!, "controls.seedFigure");
  const seed = seedFigure.append("strong").attr("data-testid", "seed");
  const eventsFigure = figures.append("span");
  label(eventsFigure.append("span").attr("class", "label").node()!, "controls.events");
  const events = eventsFigure.append("strong").attr("data-testid", "events");
  const progress = clock
    .append("div")
    .attr("class", "progress")
    .attr("role", "progressbar")
    .attr("aria-valuemin", "0");
  label(progress.node()!, "controls.progress", undefined, "aria-label");
  const bar = progress.append("div").attr("class", "progress-bar");

  let shownSeed: string | null = null;
  let shownMode = "";
  let shownProgress = -1;
  store.subscribe((state) => {
    const loaded = state.scenario !== null;
    // Snapshots arrive 15 times a second: touch the DOM only where something changed.
    const mode = [
      loaded,
      state.running,
      state.finished,
      state.error !== null,
      state.speed,
      state.locale,
    ].join("|");
    if (mode !== shownMode) {
      shownMode = mode;
      const action = state.running ? "pause" : state.finished ? "runAgain" : "play";
      play
        .text(t(`controls.${action}`))
        .attr("title", t(`controls.${action}.title`))
        .property("disabled", !loaded || state.error !== null);
      step.property("disabled", !loaded || state.running || state.finished);
      speeds.attr("aria-pressed", (d) => String(d === state.speed));
      restart.property("disabled", !loaded);
      reseed.property("disabled", !loaded);
      seedInput.property("disabled", !loaded);
      const now = runStatus(state);
      status.attr("data-status", now).text(t(STATUS_TEXT[now]));
      progress.attr("data-finished", state.finished ? "" : null);
    }
    if (state.seed !== shownSeed) {
      // Follow the run's seed unless the user is typing one.
      if (document.activeElement !== seedInput.node()) seedInput.property("value", state.seed);
      shownSeed = state.seed;
      labelReseed();
    }
    setText(seed, loaded ? state.seed : "–");
    setText(
      time,
      loaded
        ? t("controls.clock", {
            time: formatSeconds(state.time),
            duration: formatSeconds(state.duration),
          })
        : "–",
    );
    setText(events, loaded ? formatCount(state.events) : "–");
    // A thousandth of the bar is finer than a pixel; the bar moves by transform, off the layout.
    const fraction = state.duration > 0 ? Math.min(1, state.time / state.duration) : 0;
    const permille = Math.round(fraction * 1000);
    if (permille !== shownProgress) {
      shownProgress = permille;
      bar.style("transform", `scaleX(${permille / 1000})`);
      progress
        .attr("aria-valuemax", String(state.duration))
        .attr("aria-valuenow", String(Math.round(state.time)));
    }
  });
}

/** Sets an element's text only when it differs, sparing the page a relayout. */
function setText(selection: Selection<HTMLElement, unknown, null, undefined>, text: string): void {
  const node = selection.node();
  if (node !== null && node.textContent !== text) node.textContent = text;
}
