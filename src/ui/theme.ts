/**
 * The page's look: light or dark, normal or large type (for projectors). Both are remembered in
 * localStorage; without a remembered theme the system's `prefers-color-scheme` decides. The
 * choice lives on <html> as attributes, so the CSS variables of styles.css follow, and in the
 * store, so views that draw on canvas can redraw with `readPalette()`.
 */
import type { Store, Theme } from "./store";

export const THEME_STORAGE_KEY = "archsim.theme";
export const LARGE_TYPE_STORAGE_KEY = "archsim.largeType";

export interface Look {
  theme: Theme;
  largeType: boolean;
}

type Storage = Pick<globalThis.Storage, "getItem" | "setItem">;

/** The look to open with: what the user chose last time, else the system's preference. */
export function initialLook(storage: Storage | null, prefersDark: boolean): Look {
  const saved = storage?.getItem(THEME_STORAGE_KEY);
  const theme: Theme =
    saved === "light" || saved === "dark" ? saved : prefersDark ? "dark" : "light";
  return { theme, largeType: storage?.getItem(LARGE_TYPE_STORAGE_KEY) === "true" };
}

/** Puts the look on <html> (the CSS reads it there) and in the store. */
export function applyLook(look: Look, store: Store, root: HTMLElement): void {
  root.dataset.theme = look.theme;
  root.toggleAttribute("data-large-type", look.largeType);
  store.update({ theme: look.theme, largeType: look.largeType });
}

/** Changes the look and remembers it. */
export function setLook(
  change: Partial<Look>,
  store: Store,
  root: HTMLElement,
  storage: Storage | null,
): void {
  const look: Look = {
    theme: change.theme ?? store.state.theme,
    largeType: change.largeType ?? store.state.largeType,
  };
  // Only what the user changed is remembered: a theme chosen in presenter mode must not save
  // the large type that presenter mode applies for the room.
  try {
    if (change.theme !== undefined) storage?.setItem(THEME_STORAGE_KEY, look.theme);
    if (change.largeType !== undefined)
      storage?.setItem(LARGE_TYPE_STORAGE_KEY, String(look.largeType));
  } catch {
    // Storage may be full or disabled (private windows): the look still applies for this visit.
  }
  applyLook(look, store, root);
}

/** The resolved palette, for views drawing on canvas (which cannot use CSS variables). */
export interface Palette {
  fg: string;
  bg: string;
  surface: string;
  muted: string;
  grid: string;
  border: string;
  accent: string;
  ok: string;
  warn: string;
  bad: string;
  series: string[];
}

export function readPalette(root: Element = document.documentElement): Palette {
  const style = getComputedStyle(root);
  const v = (name: string) => style.getPropertyValue(`--c-${name}`).trim();
  return {
    fg: v("fg"),
    bg: v("bg"),
    surface: v("surface"),
    muted: v("muted"),
    grid: v("grid"),
    border: v("border"),
    accent: v("accent"),
    ok: v("ok"),
    warn: v("warn"),
    bad: v("bad"),
    series: [1, 2, 3, 4, 5, 6].map((i) => v(`series-${i}`)),
  };
}
