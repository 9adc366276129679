/**
 * Where a new card goes when it is dropped: where it was dropped if no card is there, else the
 * nearest place round it where it overlaps none, searched ring by ring on a grid of half a card,
 * so it lands beside the card it was dropped on instead of hiding it. The search is bounded; a
 * drawing too crowded to have room within it keeps the drop point.
 */
import type { Position } from "../../scenario/types";
import type { Card, Size } from "./geometry";

/** How many rings of places round the drop point are tried. */
const RINGS = 12;

/** The place nearest `at` where a `size` card keeps `gap` from every card of `cards`. */
export function freePlace(at: Position, cards: readonly Card[], size: Size, gap: number): Position {
  const free = (p: Position): boolean =>
    cards.every((c) => {
      const s = c.size ?? size;
      return (
        Math.abs(c.x - p.x) >= (s.width + size.width) / 2 + gap ||
        Math.abs(c.y - p.y) >= (s.height + size.height) / 2 + gap
      );
    });
  if (free(at)) return at;
  const stepX = size.width / 2;
  const stepY = size.height / 2;
  for (let r = 1; r <= RINGS; r++) {
    const ring: Position[] = [];
    for (let i = -r; i <= r; i++) {
      for (let j = -r; j <= r; j++) {
        if (Math.max(Math.abs(i), Math.abs(j)) === r)
          ring.push({ x: at.x + i * stepX, y: at.y + j * stepY });
      }
    }
    // Nearest first; a tie goes right, then down (the way requests flow and rows fill).
    ring.sort(
      (p, q) =>
        Math.hypot(p.x - at.x, p.y - at.y) - Math.hypot(q.x - at.x, q.y - at.y) ||
        q.x - p.x ||
        q.y - p.y,
    );
    const place = ring.find(free);
    if (place !== undefined) return place;
  }
  return at;
}
