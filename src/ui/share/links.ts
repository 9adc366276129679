/**
 * The address bar follows the scenario: each scenario the user loads (a preset, the editor, a
 * file, a link) becomes a history entry whose fragment is its share link, and a restart with a
 * new seed or an edit that keeps the run rewrites the current entry. Back, forward and a link
 * typed or pasted into the address bar load their entry's scenario. A scenario loaded *from*
 * the address never pushes an entry of its own, so there is no loop.
 */
import { parseScenarioText } from "../../scenario/parse";
import type { ScenarioDocument } from "../../scenario/share-link";
import { sharedVariants, variantsFromLink } from "../compare/variant-link";
import type { Controller } from "../controller";
import { t } from "../i18n/index";
import { loadAndPlay } from "../presets";
import type { Store } from "../store";
import {
  type AddressProblem,
  decodeAddress,
  isAddressLink,
  type LinkablePreset,
  presetLinkFor,
} from "./address";
import { linkFor, textForDocument } from "./link-text";
import { RunTracker } from "./tracker";

/** The link this tab last put in its address bar: a reload of it is not a colleague's link. */
const SHOWN_LINK_KEY = "archsim.shownLink";

/**
 * Rewrites of the entry (a drag in the editor changes the text every frame) wait this long for
 * the next: browsers ignore history calls past about 200 in 10 s.
 */
const REWRITE_AFTER_MS = 300;

export class ShareLinks {
  private readonly tracker = new RunTracker();
  /** The next load comes from the address bar (or is the first): rewrite the entry, push none. */
  private fromAddress = true;
  /** The fragment being loaded from the address, so popstate and hashchange load it once. */
  private pending: string | null = null;
  /** The variants the address bar's link was last written with (compare/variant-link.ts). */
  private variants: unknown = null;
  private rewrite: ReturnType<typeof setTimeout> | undefined;
  /** The link the current entry is about to be rewritten to. */
  private rewriteTo: string | null = null;
  /** The user's scenario when a colleague's link opened over it, as they wrote it. */
  private ownText: string | null = null;
  /** Say, once the link's scenario runs, that the user's own is one step back. */
  private announceOwn = false;
  /** How the first scenario is started: played, or (after a run that froze the tab) paused. */
  private start: (controller: Controller, text: string) => Promise<boolean> = loadAndPlay;

  constructor(
    private readonly store: Store,
    private readonly controller: Controller,
    private readonly presets: readonly LinkablePreset[],
    private readonly report: (problem: AddressProblem | null) => void,
  ) {
    store.subscribe((state) => {
      const change = this.tracker.observe(state);
      // Variants added, renamed or removed change the link but not the run: rewrite the entry.
      const regrouped = state.variants !== this.variants;
      this.variants = state.variants;
      this.follow(change ?? (regrouped ? "edited" : null));
    });
    const fromAddress = () => void this.openAddress();
    addEventListener("popstate", fromAddress);
    addEventListener("hashchange", fromAddress);
  }

  /** The link of the scenario running with its run's seed, or null before one has loaded. */
  currentLink(): string | null {
    const text = this.tracker.text;
    if (text === null) return null;
    return linkFor(text, this.tracker.seed, (doc) =>
      sharedVariants(this.store.state.variants, text, doc),
    );
  }

  /**
   * The full URL of the running preset's short link (address.ts), when a preset runs unchanged
   * at its own seed and alone (a comparison's variants need the full link); otherwise null.
   */
  currentPresetUrl(): string | null {
    const text = this.tracker.text;
    if (text === null || this.store.state.variants.list.length > 1) return null;
    const link = presetLinkFor(text, this.tracker.seed, this.presets);
    return link === null ? null : `${location.origin}${location.pathname}${location.search}${link}`;
  }

  /** The text of the scenario running, or null before one has loaded. */
  currentText(): string | null {
    return this.tracker.text;
  }

  get seed(): string {
    return this.tracker.seed;
  }

  /** Makes the address bar show the current link (rewriting the entry); returns the full URL. */
  showCurrent(): string | null {
    const link = this.currentLink();
    if (link === null) return null;
    this.write(link, "replace");
    return location.href;
  }

  /**
   * Opens the page's first scenario: the address's link, unless it is this tab's own link and
   * the user has since kept text that does not validate (a reload must not drop it); otherwise,
   * or when the link is refused (said in the banner), `fallback` (the saved scenario). A
   * colleague's link that replaces the user's own valid scenario goes in an entry after it, so
   * Back returns to the user's work. With `paused` it is loaded but not played (the offer after
   * a run that froze or crashed the tab, recovery.ts).
   */
  open(fallback: string | undefined, options: { paused?: boolean } = {}): void {
    if (options.paused) this.start = (controller, text) => controller.load(text);
    const hash = location.hash;
    if (isAddressLink(hash)) {
      const saved = this.controller.savedScenario();
      const parsed = saved === null ? null : parseScenarioText(saved);
      const ownReload = sessionStorageOrNull()?.getItem(SHOWN_LINK_KEY) === hash;
      if (!(ownReload && parsed !== null && !parsed.ok)) {
        if (!ownReload && saved !== null && parsed?.ok && this.decode(hash).ok) {
          const own = linkFor(saved, parsed.scenario.seed);
          if (own !== null && own !== hash) {
            history.replaceState(null, "", own);
            history.pushState(null, "", hash);
            this.ownText = saved;
            this.announceOwn = true;
          }
        }
        const opened = this.openAddress();
        this.start = loadAndPlay;
        if (opened) return;
      }
    }
    this.fromAddress = true;
    const start = this.start;
    this.start = loadAndPlay;
    if (fallback !== undefined) void start(this.controller, fallback);
  }

  /** Loads the address's link; false (the problem reported) when it was refused. */
  private openAddress(): boolean {
    const hash = location.hash;
    if (!isAddressLink(hash) || hash === this.pending || hash === this.currentLink()) return true;
    const decoded = this.decode(hash);
    if (!decoded.ok) {
      this.report(decoded);
      return false;
    }
    this.report(null);
    this.pending = hash;
    this.fromAddress = true;
    // The user's own texts too: Back to their scenario restores it as they wrote it.
    const own = [this.ownText, this.controller.savedScenario()].flatMap((text) =>
      text === null ? [] : [{ text }],
    );
    const known = [...this.presets, ...own];
    const toText = (doc: ScenarioDocument) => textForDocument(doc, known);
    // A link with variants replaces them all; one of ours selects it (compare/variant-link.ts).
    const { variants } = this.store.state;
    const opened = variantsFromLink(decoded.scenario, decoded.variants, toText, variants);
    if (opened !== null) this.store.update({ variants: opened });
    const start = this.start;
    this.start = loadAndPlay;
    void start(this.controller, toText(decoded.scenario))
      .then((ok) => {
        if (ok && this.announceOwn) this.store.update({ notice: t("share.ownKept") });
        this.announceOwn = false;
      })
      .finally(() => {
        if (this.pending === hash) this.pending = null;
      });
    return true;
  }

  private decode(hash: string) {
    return decodeAddress(hash, this.presets);
  }

  private follow(change: ReturnType<RunTracker["observe"]>): void {
    if (change === null) return;
    const link = this.currentLink();
    if (link === null) return;
    if (change !== "loaded") {
      clearTimeout(this.rewrite);
      this.rewriteTo = link;
      this.rewrite = setTimeout(() => this.write(link, "replace"), REWRITE_AFTER_MS);
      return;
    }
    // The entry being left gets its last rewrite before the new one is pushed.
    if (this.rewriteTo !== null) this.write(this.rewriteTo, "replace");
    const push = !this.fromAddress;
    this.fromAddress = false;
    this.write(link, push ? "push" : "replace");
  }

  private write(link: string, how: "push" | "replace"): void {
    clearTimeout(this.rewrite);
    this.rewriteTo = null;
    if (link !== location.hash) {
      if (how === "push") history.pushState(null, "", link);
      else history.replaceState(null, "", link);
    }
    try {
      sessionStorageOrNull()?.setItem(SHOWN_LINK_KEY, link);
    } catch {
      // Storage may be full or disabled: a reload then treats the link as a colleague's.
    }
  }
}

function sessionStorageOrNull(): Storage | null {
  try {
    return globalThis.sessionStorage ?? null;
  } catch {
    return null;
  }
}
