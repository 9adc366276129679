/**
 * What the page calls a component where it names one in text (the summary table, the charts'
 * legends and titles, fault and what-if labels, the theory tables): its label in the page's
 * language, as its card in the topology reads, or its id when it has none. Two components whose
 * labels read the same ("Origin" twice) are told apart by their ids, "Origin (origin-a)". Names
 * are scenario text: whoever shows one sets it as text, never as markup.
 */
import { localize } from "../scenario/text";
import type { Scenario } from "../scenario/types";

export interface ComponentNames {
  /** The name to show, cut to MAX_NAME characters; an id the scenario lacks is its own name. */
  name(id: string): string;
  /** The whole name with the id after it (just the id when that is the name), for a tooltip. */
  title(id: string): string;
}

/** Longest name shown in full: the presets' longest label with its id (40) fits. */
export const MAX_NAME = 40;

export function componentNames(scenario: Scenario | null, locale: string): ComponentNames {
  const labelled = new Map<string, string>();
  const uses = new Map<string, number>();
  for (const c of scenario?.components ?? []) {
    const label = c.label === undefined ? "" : localize(c.label, locale);
    // A label that reads as nothing would leave the component without a visible name.
    const name = label.trim() === "" ? c.id : label;
    labelled.set(c.id, name);
    uses.set(name, (uses.get(name) ?? 0) + 1);
  }
  const full = (id: string): string => {
    const name = labelled.get(id) ?? id;
    return name !== id && (uses.get(name) ?? 0) > 1 ? `${name} (${id})` : name;
  };
  return {
    name: (id) => clip(full(id)),
    title: (id) => {
      const name = full(id);
      return name === id || name.endsWith(`(${id})`) ? name : `${name} (${id})`;
    },
  };
}

/** `text` cut to `max` characters, the last one an ellipsis when it was longer. */
export function clip(text: string, max = MAX_NAME): string {
  const chars = Array.from(text);
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join("")}…`;
}
