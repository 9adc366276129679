/**
 * Where a call's rate label goes so that it lies on no card: beside the middle leg of its line
 * when there is room there, else beside another leg or the other side of one, nearest the
 * middle first. A short call between two close cards may have no such place; its label then
 * keeps the middle.
 */
import type { Position } from "../../scenario/types";
import { type Card, labelPoint, type Size } from "./geometry";

/** How far from its line a label sits. */
const DISTANCE = 8;

/** A rate label's size: `width` at full size, down to `least` where its leg is shorter. */
export interface LabelBox {
  width: number;
  least: number;
  height: number;
}

/** Where a label sits (middle, baseline), and the length of the leg it sits beside. */
export interface Spot {
  at: Position;
  leg: number;
}

/** A label shrinks to its leg's length less this, so that it stays between the leg's ends. */
export const LEG_MARGIN = 6;

/**
 * Where the label of the line through `points` goes, clear of every card in `cards` (each
 * `size` unless it has its own).
 */
export function labelSpot(
  points: readonly Position[],
  cards: readonly Card[],
  size: Size,
  box: LabelBox,
): Spot {
  const middle = Math.max(0, Math.floor((points.length - 2) / 2));
  const legs = points
    .slice(1)
    .map((_, i) => i)
    .sort((a, b) => Math.abs(a - middle) - Math.abs(b - middle) || a - b);
  let first: Spot | undefined;
  for (const i of legs) {
    const a = points[i];
    const b = points[i + 1];
    const leg = Math.hypot(b.x - a.x, b.y - a.y);
    const width = Math.max(box.least, Math.min(box.width, leg - LEG_MARGIN));
    for (const t of [0.5, 0.3, 0.7]) {
      const along = { x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t };
      const segment = {
        x1: along.x - (b.x - a.x),
        y1: along.y - (b.y - a.y),
        x2: along.x + (b.x - a.x),
        y2: along.y + (b.y - a.y),
      };
      for (const distance of [DISTANCE, -DISTANCE - box.height]) {
        const spot = { at: labelPoint(segment, distance), leg };
        first ??= spot;
        if (!onCard(spot.at, cards, size, width, box.height)) return spot;
      }
    }
  }
  return first ?? { at: points[0], leg: 0 };
}

/** Whether a `width` by `height` label anchored at `p` (middle, baseline) overlaps a card. */
export function onCard(
  p: Position,
  cards: readonly Card[],
  size: Size,
  width: number,
  height: number,
): boolean {
  return cards.some((c) => {
    const s = c.size ?? size;
    return (
      Math.abs(p.x - c.x) < (s.width + width) / 2 &&
      p.y > c.y - s.height / 2 &&
      p.y - height < c.y + s.height / 2
    );
  });
}
