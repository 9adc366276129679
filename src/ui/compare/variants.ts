/**
 * Variants of one scenario, A, B, C…: each its own scenario text, one of them the current one
 * (what the editor, the topology and the live run show). Pure operations on an immutable list,
 * so the page's state changes by replacement and the operations are tested in Node.
 */

export interface Variant {
  /** What tabs, legends and tables call it: "A", "B", or a name the user gave. */
  name: string;
  /** The scenario's JSON text as the user last had it (kept even when it does not validate). */
  text: string;
}

export interface Variants {
  list: readonly Variant[];
  /** Index into `list` of the variant being edited. */
  current: number;
}

/** Why a change was refused; the page says it in its language (messages/compare.ts). */
export type VariantProblem = "missing" | "noName" | "tooLong" | "taken" | "last";

export type VariantsChange =
  | { ok: true; variants: Variants }
  | { ok: false; reason: VariantProblem };

/** The longest name a tab shows in full; longer ones are refused rather than cut. */
export const MAX_NAME_LENGTH = 40;

/** One variant, A, holding `text`. */
export function singleVariant(text: string): Variants {
  return { list: [{ name: "A", text }], current: 0 };
}

export function currentVariant(variants: Variants): Variant {
  return variants.list[variants.current];
}

/** The first letter A–Z no variant is called, else "V" and the first free number. */
export function nextName(list: readonly Variant[]): string {
  const taken = new Set(list.map((v) => v.name));
  for (let c = 65; c <= 90; c++) {
    const name = String.fromCharCode(c);
    if (!taken.has(name)) return name;
  }
  let n = 27;
  while (taken.has(`V${n}`)) n++;
  return `V${n}`;
}

/** Adds a copy of the current variant's text under the next free name, and makes it current. */
export function duplicateCurrent(variants: Variants): Variants {
  const copy = { name: nextName(variants.list), text: currentVariant(variants).text };
  return { list: [...variants.list, copy], current: variants.list.length };
}

export function selectVariant(variants: Variants, index: number): Variants {
  if (!Number.isInteger(index) || index < 0 || index >= variants.list.length) return variants;
  return index === variants.current ? variants : { ...variants, current: index };
}

/** The current variant with `text`; the same object when nothing changed. */
export function withCurrentText(variants: Variants, text: string): Variants {
  if (currentVariant(variants).text === text) return variants;
  const list = variants.list.map((v, i) => (i === variants.current ? { ...v, text } : v));
  return { ...variants, list };
}

/** Renames a variant; names are trimmed, non-empty, unique and at most MAX_NAME_LENGTH long. */
export function renameVariant(variants: Variants, index: number, name: string): VariantsChange {
  const trimmed = name.trim();
  if (index < 0 || index >= variants.list.length) return { ok: false, reason: "missing" };
  if (trimmed === "") return { ok: false, reason: "noName" };
  if (trimmed.length > MAX_NAME_LENGTH) return { ok: false, reason: "tooLong" };
  if (variants.list.some((v, i) => i !== index && v.name === trimmed)) {
    return { ok: false, reason: "taken" };
  }
  const list = variants.list.map((v, i) => (i === index ? { ...v, name: trimmed } : v));
  return { ok: true, variants: { ...variants, list } };
}

/**
 * Removes a variant; the last one stays. The current variant stays current unless it is the one
 * removed, in which case its left neighbour (or the new first) becomes current.
 */
export function removeVariant(variants: Variants, index: number): VariantsChange {
  if (variants.list.length <= 1) return { ok: false, reason: "last" };
  if (index < 0 || index >= variants.list.length) return { ok: false, reason: "missing" };
  const list = variants.list.filter((_, i) => i !== index);
  const current =
    index < variants.current || (index === variants.current && index > 0)
      ? variants.current - 1
      : variants.current;
  return { ok: true, variants: { list, current } };
}

/**
 * Variants read back from storage (or a link): null unless it is a list of one or more
 * `{name, text}` of strings with unique names and a valid current index.
 */
export function readVariants(value: unknown): Variants | null {
  if (typeof value !== "object" || value === null) return null;
  const { list, current } = value as { list?: unknown; current?: unknown };
  if (!Array.isArray(list) || list.length === 0) return null;
  const variants: Variant[] = [];
  for (const item of list) {
    if (typeof item !== "object" || item === null) return null;
    const { name, text } = item as { name?: unknown; text?: unknown };
    if (typeof name !== "string" || typeof text !== "string" || name.trim() === "") return null;
    variants.push({ name, text });
  }
  if (new Set(variants.map((v) => v.name)).size !== variants.length) return null;
  if (typeof current !== "number" || !Number.isInteger(current)) return null;
  if (current < 0 || current >= variants.length) return null;
  return { list: variants, current };
}
