/**
 * The language switch in the header. Switching relabels the page in place and tells the views
 * through the store; the simulation worker is not touched, so a running run keeps running.
 */
import { select } from "d3";
import {
  initialLocale,
  isLocale,
  LOCALE_NAMES,
  LOCALE_STORAGE_KEY,
  LOCALES,
  type Locale,
  label,
  relabel,
  setLocale,
} from "./i18n/index";
import type { Store } from "./store";

type Storage = Pick<globalThis.Storage, "getItem" | "setItem">;

/** Puts the language on <html lang>, in the translator and in the store, and relabels the page. */
export function applyLocale(locale: Locale, store: Store, root: HTMLElement): void {
  setLocale(locale);
  root.lang = locale;
  relabel(root);
  store.update({ locale });
}

export function openingLocale(storage: Storage | null): Locale {
  return initialLocale(storage, globalThis.navigator?.languages ?? []);
}

export function mountLanguagePicker(
  el: HTMLElement,
  store: Store,
  root: HTMLElement,
  storage: Storage | null,
): void {
  const wrap = select(el).attr("class", "language-picker");
  const id = "language-select";
  label(
    wrap.append("label").attr("for", id).attr("class", "visually-hidden").node()!,
    "app.language",
  );
  const picker = wrap.append("select").attr("id", id).attr("data-testid", "language");
  label(picker.node()!, "app.language.title", undefined, "title");
  picker
    .selectAll("option")
    .data(LOCALES)
    .join("option")
    .attr("value", (locale) => locale)
    .attr("lang", (locale) => locale)
    .text((locale) => LOCALE_NAMES[locale]);
  picker.on("change", (event: Event) => {
    const value = (event.target as HTMLSelectElement).value;
    if (!isLocale(value)) return;
    try {
      storage?.setItem(LOCALE_STORAGE_KEY, value);
    } catch {
      // Storage may be full or disabled: the language still applies for this visit.
    }
    applyLocale(value, store, root);
  });
  store.subscribe((state) => picker.property("value", state.locale));
}
