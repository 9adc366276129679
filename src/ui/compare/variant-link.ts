/**
 * Variants in a share link. The link's `scenario` stays the document the page opens (the
 * current variant), so an archsim that knows nothing of variants opens it as before; with two
 * variants or more, `variants` carries every one of them, in order and by name, the current one
 * being the very document of `scenario` (deflate stores the repeat almost for free). Pure.
 */
import type { ScenarioDocument, SharedVariant } from "../../scenario/share-link";
import { readVariants, selectVariant, type Variants } from "./variants";

function documentOf(text: string): ScenarioDocument | null {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === "object" && value !== null && !Array.isArray(value)
      ? (value as ScenarioDocument)
      : null;
  } catch {
    return null;
  }
}

/**
 * The variants to put in a link of the running scenario: its text `running`, shared as the
 * document `scenario` (seed included); undefined with a single variant, or while the running
 * text is no variant's (a switch under way: the link then holds the scenario alone, which opens
 * as that variant once it is one). A variant whose text is not a JSON object (half-typed)
 * cannot travel and is left out.
 */
export function sharedVariants(
  variants: Variants,
  running: string,
  scenario: ScenarioDocument,
): SharedVariant[] | undefined {
  if (variants.list.length < 2 || !variants.list.some((v) => v.text === running)) return undefined;
  return variants.list.flatMap((v) => {
    const doc = v.text === running ? scenario : documentOf(v.text);
    return doc === null ? [] : [{ name: v.name, scenario: doc }];
  });
}

/**
 * The variants after opening a link. When its scenario is one of ours and every variant it
 * carries is one of ours too (a reload, Back, our own link: ours may be newer, renamed or with
 * a copy added since the address was written), ours stay, that one selected. Otherwise a link
 * with variants replaces them all, current the one whose document is the link's scenario, each
 * as text by `toText`. Null when neither holds (a link of a scenario alone, or whose variants do
 * not hold together): it then loads into the current variant, as any scenario the page loads.
 */
export function variantsFromLink(
  scenario: ScenarioDocument,
  shared: readonly SharedVariant[] | undefined,
  toText: (doc: ScenarioDocument) => string,
  existing: Variants,
): Variants | null {
  const wanted = JSON.stringify(scenario);
  const ours = existing.list.map((v) => JSON.stringify(documentOf(v.text)));
  const own = ours.indexOf(wanted);
  const known = (shared ?? []).every((v) => ours.includes(JSON.stringify(v.scenario)));
  if (own >= 0 && known) return selectVariant(existing, own);
  const current = shared?.findIndex((v) => JSON.stringify(v.scenario) === wanted) ?? -1;
  if (shared === undefined || shared.length < 2 || current < 0) return null;
  return readVariants({
    list: shared.map((v, i) => ({
      name: v.name,
      text: toText(i === current ? scenario : v.scenario),
    })),
    current,
  });
}
