/**
 * The name each card shows: the component's label in the page's language, or its id, wrapped
 * onto one line or two of the column beside the symbol (wrap.ts), and the size of the card
 * that holds it, a line taller for a zone (zone-line.ts). The full name stays in the card's
 * tooltip and its accessible name.
 */
import { localize } from "../../scenario/text";
import type { Component } from "../../scenario/types";
import { nodeSize, type Size } from "./geometry";
import { textColumn } from "./nodes";
import { type Measure, wrapName } from "./wrap";
import { zoneLines } from "./zone-line";

export interface CardName {
  name: string;
  lines: string[];
  size: Size;
}

/** The names of `components`' cards, drawn at scale `k`, their text measured by `measure`. */
export function cardNames(
  components: readonly Component[],
  locale: string,
  k: number,
  measure: Measure,
): CardName[] {
  const room = textColumn(nodeSize(k), k).width;
  return components.map((c) => {
    const name = c.label === undefined ? c.id : localize(c.label, locale);
    const lines = wrapName(name, room, measure);
    return { name, lines, size: nodeSize(k, lines.length + zoneLines(c)) };
  });
}
