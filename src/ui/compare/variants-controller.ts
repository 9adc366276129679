/**
 * Keeps the variants in the store and in localStorage, and the current one in step with the
 * rest of the page, which edits "the current scenario" through `controller.load(text)`: whatever
 * text the page loads is written into the current variant, and switching variant loads its text.
 */
import type { Controller } from "../controller";
import { loadAndPlay } from "../presets";
import type { Store } from "../store";
import {
  currentVariant,
  duplicateCurrent,
  readVariants,
  removeVariant,
  renameVariant,
  selectVariant,
  singleVariant,
  type Variants,
  type VariantsChange,
  withCurrentText,
} from "./variants";

export const VARIANTS_STORAGE_KEY = "archsim.variants";

type Storage = Pick<globalThis.Storage, "getItem" | "setItem">;

export class VariantsController {
  /** The variants last written to storage. */
  private saved: Variants | null = null;
  /** The page's text last written into a variant: only a new one is written again. */
  private synced = "";
  /** Text typed in the page and not loaded yet (the scenario panel's), kept on a switch. */
  unloaded: () => string | null = () => null;

  constructor(
    private readonly store: Store,
    private readonly controller: Controller,
    private readonly storage: Storage | null,
  ) {
    const saved = this.read();
    store.update({ variants: saved ?? singleVariant(store.state.scenarioText) });
    store.subscribe(() => {
      this.sync();
      // Variants set by another part of the page (a share link that carries several) are kept
      // too. Read from the store, not the notified state, which a sync above may have outdated.
      const { variants } = this.store.state;
      if (variants !== this.saved) this.save(variants);
    });
  }

  /** Duplicates the current variant as the next letter and switches to it (same text: no reload). */
  duplicate(): void {
    this.sync();
    this.set(duplicateCurrent(this.store.state.variants));
  }

  /** Makes variant `index` current and loads its text, as if the user had loaded it. */
  select(index: number): Promise<boolean> {
    this.sync();
    this.keepUnloaded();
    const before = this.store.state.variants;
    const after = selectVariant(before, index);
    if (after === before) return Promise.resolve(true);
    this.set(after);
    return loadAndPlay(this.controller, currentVariant(after).text);
  }

  rename(index: number, name: string): VariantsChange {
    const change = renameVariant(this.store.state.variants, index, name);
    if (change.ok) this.set(change.variants);
    return change;
  }

  /** Deletes a variant; deleting the current one loads the one that becomes current. */
  remove(index: number): VariantsChange {
    this.sync();
    const before = this.store.state.variants;
    const change = removeVariant(before, index);
    if (!change.ok) return change;
    this.set(change.variants);
    if (index === before.current)
      void loadAndPlay(this.controller, currentVariant(change.variants).text);
    return change;
  }

  /**
   * Writes the text the page last loaded into the current variant, once per new text. Called on
   * every store change and before each operation, so a load just before a switch is never lost;
   * an empty text (the state before the first load) is not a scenario anyone typed. Text kept
   * in a variant meanwhile (unloaded typing, a link's variants) is not written over.
   */
  private sync(): void {
    const { scenarioText, variants } = this.store.state;
    if (scenarioText === "" || scenarioText === this.synced) return;
    this.synced = scenarioText;
    const next = withCurrentText(variants, scenarioText);
    if (next !== variants) this.set(next);
  }

  /**
   * Keeps text typed and not loaded yet in the variant being left, so switching never drops it:
   * back on that variant, it loads (or, if it does not validate, shows its errors and stays).
   */
  private keepUnloaded(): void {
    const text = this.unloaded();
    if (text !== null) this.set(withCurrentText(this.store.state.variants, text));
  }

  private set(variants: Variants): void {
    this.store.update({ variants });
    this.save(variants);
  }

  private save(variants: Variants): void {
    this.saved = variants;
    try {
      this.storage?.setItem(VARIANTS_STORAGE_KEY, JSON.stringify(variants));
    } catch {
      // Full or disabled storage: the variants still live in the page for this visit.
    }
  }

  private read(): Variants | null {
    try {
      const text = this.storage?.getItem(VARIANTS_STORAGE_KEY);
      return text == null ? null : readVariants(JSON.parse(text));
    } catch {
      return null;
    }
  }
}
