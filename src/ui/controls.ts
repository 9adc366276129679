/**
 * The run's controls, like a media player's: play/pause, step, speed, restart with the same seed
 * or another, and the clock (simulated time over duration, seed, events). Keyboard shortcuts
 * call the same functions (see app.ts).
 */
import { type Selection, select } from "d3";
import type { Speed } from "../worker/protocol";
import type { Controller } from "./controller";
import type { Store, ViewState } from "./store";

export const SPEEDS: { speed: Speed; label: string }[] = [
  { speed: 0.1, label: "×0.1" },
  { speed: 1, label: "×1" },
  { speed: 10, label: "×10" },
  { speed: 100, label: "×100" },
  { speed: 1000, label: "×1000" },
  { speed: "max", label: "max" },
];

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

const SECONDS = new Intl.NumberFormat("en-US", {
  minimumFractionDigits: 1,
  maximumFractionDigits: 1,
});
const COUNT = new Intl.NumberFormat("en-US", { maximumFractionDigits: 0 });

/** Simulated seconds for the clock: one decimal, thousands grouped. */
export function formatSeconds(seconds: number): string {
  return SECONDS.format(seconds);
}

export function formatCount(n: number): string {
  return COUNT.format(n);
}

type RunStatus = "empty" | "running" | "paused" | "finished" | "stopped";

export function runStatus(state: ViewState): RunStatus {
  if (state.scenario === null) return "empty";
  if (state.error !== null) return "stopped";
  if (state.finished) return "finished";
  return state.running ? "running" : "paused";
}

const STATUS_TEXT: Record<RunStatus, string> = {
  empty: "no scenario",
  running: "running",
  paused: "paused",
  finished: "finished",
  stopped: "stopped",
};

export function mountControls(el: HTMLElement, store: Store, controller: Controller): void {
  const root = select(el).attr("class", "panel controls").attr("aria-label", "Run controls");

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
    .attr("title", "Advance one probe interval (.)")
    .text("Step ›")
    .on("click", () => void stepOnce(store, controller));

  const speedGroup = root.append("div").attr("class", "control-group");
  speedGroup.append("span").attr("class", "label").attr("id", "speed-label").text("Speed");
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
    .attr("data-speed", (d) => String(d.speed))
    .attr("title", (d) =>
      d.speed === "max" ? "As fast as the engine goes" : `${d.speed} simulated s per second`,
    )
    .text((d) => d.label)
    .on("click", (_event, d) => void controller.setSpeed(d.speed));

  const restartGroup = root.append("div").attr("class", "control-group");
  const restart = restartGroup
    .append("button")
    .attr("type", "button")
    .attr("class", "button")
    .attr("data-testid", "restart")
    .attr("title", "Run again from t = 0 with the same seed: the same numbers again")
    .text("↺ Restart")
    .on("click", async () => {
      if (await controller.restart()) await controller.play();
    });
  restartGroup.append("label").attr("class", "label").attr("for", "seed-input").text("Seed");
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
    reseed
      .text(fresh ? "New seed" : "Run this seed")
      .attr(
        "title",
        fresh
          ? "Run again from t = 0 with a random new seed: another sample of the same system"
          : "Run again from t = 0 with the seed typed here",
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
  timeFigure.append("span").attr("class", "label").text("time ");
  const time = timeFigure.append("strong").attr("data-testid", "sim-time");
  const seedFigure = figures.append("span");
  seedFigure.append("span").attr("class", "label").text("seed ");
  const seed = seedFigure.append("strong").attr("data-testid", "seed");
  const eventsFigure = figures.append("span");
  eventsFigure.append("span").attr("class", "label").text("events ");
  const events = eventsFigure.append("strong").attr("data-testid", "events");
  const progress = clock
    .append("div")
    .attr("class", "progress")
    .attr("role", "progressbar")
    .attr("aria-label", "Simulated time")
    .attr("aria-valuemin", "0");
  const bar = progress.append("div").attr("class", "progress-bar");

  let shownSeed: string | null = null;
  let shownMode = "";
  let shownProgress = -1;
  store.subscribe((state) => {
    const loaded = state.scenario !== null;
    // Snapshots arrive 30 times a second: touch the DOM only where something changed.
    const mode = [loaded, state.running, state.finished, state.error, state.speed].join("|");
    if (mode !== shownMode) {
      shownMode = mode;
      play
        .text(state.running ? "❚❚ Pause" : state.finished ? "↻ Run again" : "▶ Play")
        .attr(
          "title",
          state.running ? "Pause (space)" : state.finished ? "Run again (space)" : "Play (space)",
        )
        .property("disabled", !loaded || state.error !== null);
      step.property("disabled", !loaded || state.running || state.finished);
      speeds.attr("aria-pressed", (d) => String(d.speed === state.speed));
      restart.property("disabled", !loaded);
      reseed.property("disabled", !loaded);
      seedInput.property("disabled", !loaded);
      const now = runStatus(state);
      status.attr("data-status", now).text(STATUS_TEXT[now]);
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
      loaded ? `${formatSeconds(state.time)} / ${formatSeconds(state.duration)} s` : "–",
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
