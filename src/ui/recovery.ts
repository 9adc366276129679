/**
 * After a run that froze or crashed the tab, the next load does not run the scenario again: it
 * offers to open it paused or to discard it. A marker in localStorage says a scenario was busy
 * (being drawn after a load, or running); it is cleared once the page has drawn it and it is not
 * running (paused, finished or stopped), and when the page is closed cleanly. A tab that froze
 * (its main thread stuck, so nothing clears the marker) or crashed (its worker out of memory)
 * leaves it set for the next load to find.
 */
import { select } from "d3";
import { appendButton } from "./button";
import { label } from "./i18n/index";
import type { ViewState } from "./store";

export const RUN_MARKER_KEY = "archsim.running";

type MarkerStorage = Pick<Storage, "getItem" | "setItem" | "removeItem">;

export class RunMarker {
  /** Whether the previous page left the marker set, read once before this page sets it. */
  readonly leftOver: boolean;
  private set = false;

  constructor(private readonly storage: MarkerStorage | null) {
    this.leftOver = read(storage) !== null;
  }

  mark(): void {
    if (this.set) return;
    this.set = true;
    write(this.storage, "1");
  }

  clear(): void {
    if (!this.set && !this.leftOver) return;
    this.set = false;
    write(this.storage, null);
  }
}

/**
 * Keeps the marker: `before` is to be subscribed before the views (it marks a new scenario or a
 * running one before they draw it), `after` after them (it clears when the views have drawn a
 * state that is not running, which a frozen view never lets it see).
 */
export function markerWatchers(marker: RunMarker): {
  before: (state: ViewState) => void;
  after: (state: ViewState) => void;
} {
  let shown: ViewState["scenario"] = null;
  globalThis.addEventListener?.("pagehide", () => marker.clear());
  return {
    before: (state) => {
      if (state.running || state.scenario !== shown) marker.mark();
      shown = state.scenario;
    },
    after: (state) => {
      if (!state.running && state.scenario !== null) marker.clear();
    },
  };
}

/**
 * The offer, in `el`: open the scenario paused, or discard it. The first button takes the focus,
 * so the keyboard reaches it at once; either choice removes the offer.
 */
export function mountRecoveryOffer(
  el: HTMLElement,
  choices: { openPaused: () => void; discard: () => void },
): void {
  const root = select(el)
    .attr("class", "banner recovery-offer")
    .attr("role", "alertdialog")
    .attr("data-testid", "recovery-offer");
  const text = root.append("p").attr("id", "recovery-text");
  label(text.node()!, "recovery.text");
  root.attr("aria-describedby", "recovery-text");
  const buttons = root.append("div").attr("class", "recovery-buttons");
  const choose = (choice: () => void) => () => {
    root.remove();
    choice();
  };
  const open = appendButton(buttons, {
    text: "recovery.openPaused",
    testId: "recovery-open-paused",
    primary: true,
    onClick: choose(choices.openPaused),
  });
  appendButton(buttons, {
    text: "recovery.discard",
    testId: "recovery-discard",
    onClick: choose(choices.discard),
  });
  open.node()?.focus();
}

function read(storage: MarkerStorage | null): string | null {
  try {
    return storage?.getItem(RUN_MARKER_KEY) ?? null;
  } catch {
    return null;
  }
}

function write(storage: MarkerStorage | null, value: string | null): void {
  try {
    if (value === null) storage?.removeItem(RUN_MARKER_KEY);
    else storage?.setItem(RUN_MARKER_KEY, value);
  } catch {
    // Storage full or disabled: the next load then simply opens as usual.
  }
}
