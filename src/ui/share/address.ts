/**
 * The fragments the page opens: a share link (`#s=1.…`, the whole scenario), and a preset's
 * short link, `#preset=<id>`, which a workshop host can write on a slide or a whiteboard. The
 * short link names the preset rather than carrying it, so it opens the preset as the archsim
 * that opens it ships it; the share link pins the scenario itself.
 */
import {
  type DecodedShareLink,
  decodeShareLink,
  isShareLink,
  type ShareLinkProblem,
} from "../../scenario/share-link";
import { documentOf, ownSeed, withSeed } from "./link-text";

const PRESET_PREFIX = "#preset=";

export interface LinkablePreset {
  /** The file name without `.json`, as in the picker. */
  id: string;
  text: string;
}

/** Why a link was refused: a share link's problem, or a preset link naming no preset here. */
export type AddressProblem = ShareLinkProblem | { reason: "unknown-preset"; id: string };

export type DecodedAddress = DecodedShareLink | ({ ok: false } & AddressProblem);

/** The fragment of a preset: `#preset=<id>`. */
export function presetLink(id: string): string {
  return `${PRESET_PREFIX}${encodeURIComponent(id)}`;
}

/** Whether a fragment is one the page opens: a share link or a preset link. */
export function isAddressLink(hash: string): boolean {
  return hash.startsWith(PRESET_PREFIX) || isShareLink(hash);
}

/**
 * The short link of a scenario text run with `seed`: `#preset=<id>` when the text is a preset's
 * own and the seed the preset's own, else null.
 */
export function presetLinkFor(
  text: string,
  seed: string,
  presets: readonly LinkablePreset[],
): string | null {
  const preset = presets.find((p) => p.text === text);
  return preset !== undefined && ownSeed(preset.text) === seed ? presetLink(preset.id) : null;
}

/** Reads a fragment the page was opened at or navigated to. Never throws. */
export function decodeAddress(hash: string, presets: readonly LinkablePreset[]): DecodedAddress {
  if (!hash.startsWith(PRESET_PREFIX)) return decodeShareLink(hash);
  const id = presetIdOf(hash);
  const preset = presets.find((p) => p.id === id);
  const doc = preset === undefined ? null : documentOf(preset.text);
  if (preset === undefined || doc === null) return { ok: false, reason: "unknown-preset", id };
  return { ok: true, scenario: withSeed(doc, ownSeed(preset.text)) };
}

/** The id a preset link names, as typed: `%` escapes undone where they are well-formed. */
function presetIdOf(hash: string): string {
  const raw = hash.slice(PRESET_PREFIX.length);
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}
