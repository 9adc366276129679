/**
 * Between the scenario text the page holds and the document a share link carries: the link is
 * the text's document with the seed of the run, and a linked document that is a preset (at any
 * seed it already had) opens as that preset's own text, so the picker still names it.
 */
import { isObject } from "../../scenario/read";
import {
  encodeShareLink,
  type ScenarioDocument,
  type SharedVariant,
} from "../../scenario/share-link";

/** The document with `seed` set (in place, when it already has one, so key order is kept). */
export function withSeed(doc: ScenarioDocument, seed: string): ScenarioDocument {
  return doc.seed === seed ? doc : { ...doc, seed };
}

/** The text as a JSON object, or null (text that does not parse is never shared). */
export function documentOf(text: string): ScenarioDocument | null {
  try {
    const value: unknown = JSON.parse(text);
    return isObject(value) ? value : null;
  } catch {
    return null;
  }
}

/**
 * The share link (`#s=1.…`) of a scenario text run with `seed`, or null for text that is no
 * document; `variants` (given the document shared) adds the variants to compare it with.
 */
export function linkFor(
  text: string,
  seed: string,
  variants?: (scenario: ScenarioDocument) => SharedVariant[] | undefined,
): string | null {
  const doc = documentOf(text);
  if (doc === null) return null;
  const scenario = withSeed(doc, seed);
  return encodeShareLink({ scenario, variants: variants?.(scenario) });
}

/** The scenario text with the seed of the run: the text itself when the seed is its own. */
export function textWithSeed(text: string, seed: string): string {
  const doc = documentOf(text);
  if (doc === null || doc.seed === seed) return text;
  return `${JSON.stringify(withSeed(doc, seed), null, 2)}\n`;
}

/** The seed a document runs with when it names none (docs/scenario-format.md, Defaults). */
const DEFAULT_SEED = "1";

function seedOf(doc: ScenarioDocument): string {
  return typeof doc.seed === "string" ? doc.seed : DEFAULT_SEED;
}

/** The seed a scenario text runs with unless the run is given another. */
export function ownSeed(text: string): string {
  const doc = documentOf(text);
  return doc === null ? DEFAULT_SEED : seedOf(doc);
}

/**
 * The text to open for a linked document: a preset's own text when the document is that preset
 * at the preset's own seed (a link always names its seed), else indented JSON.
 */
export function textForDocument(
  doc: ScenarioDocument,
  presets: readonly { text: string }[],
): string {
  const wanted = JSON.stringify(doc);
  for (const preset of presets) {
    const presetDoc = documentOf(preset.text);
    if (presetDoc === null) continue;
    if (JSON.stringify(withSeed(presetDoc, seedOf(presetDoc))) === wanted) return preset.text;
  }
  return `${JSON.stringify(doc, null, 2)}\n`;
}
