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
 * The variants to put in a link whose scenario is `current` (the current variant's document as
 * shared, seed included); undefined with a single variant. A variant whose text is not a JSON
 * object (half-typed) cannot travel and is left out.
 */
export function sharedVariants(
  variants: Variants,
  current: ScenarioDocument,
): SharedVariant[] | undefined {
  if (variants.list.length < 2) return undefined;
  return variants.list.flatMap((v, i) => {
    const scenario = i === variants.current ? current : documentOf(v.text);
    return scenario === null ? [] : [{ name: v.name, scenario }];
  });
}

/**
 * The variants after opening a link. A link with variants replaces them all, current the one
 * whose document is the link's scenario, each as text by `toText`. A link without (or one whose
 * variants do not hold together: fewer than two, names not unique, none its scenario) selects
 * the variant it is the document of, if any, so going back through the address bar's history
 * switches variants instead of writing one over another; null when it is none of them (it then
 * loads into the current variant, as any scenario the page loads).
 */
export function variantsFromLink(
  scenario: ScenarioDocument,
  shared: readonly SharedVariant[] | undefined,
  toText: (doc: ScenarioDocument) => string,
  existing: Variants,
): Variants | null {
  const wanted = JSON.stringify(scenario);
  const current = shared?.findIndex((v) => JSON.stringify(v.scenario) === wanted) ?? -1;
  if (shared !== undefined && shared.length >= 2 && current >= 0) {
    const carried = readVariants({
      list: shared.map((v, i) => ({
        name: v.name,
        text: toText(i === current ? scenario : v.scenario),
      })),
      current,
    });
    if (carried !== null) return carried;
  }
  const own = existing.list.findIndex((v) => JSON.stringify(documentOf(v.text)) === wanted);
  return own < 0 ? null : selectVariant(existing, own);
}
