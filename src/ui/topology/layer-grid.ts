/**
 * A layer too tall for a landscape drawing, wrapped into a grid: a balancer in front of 198
 * servers would otherwise stand them in one column some eighty screens tall. The layer's
 * components fill rows left to right (so the barycentre order still reads top to bottom), and
 * the calls into and out of it run along the gaps between the rows, so none passes under a
 * card: from the caller they fan out to the gap above each row and drop into its cards from
 * above; out of a card they drop into the gap below and leave it on the grid's right.
 */
import type { Position } from "../../scenario/types";

/** What the grid needs of the layout's spacing (layout.ts's Spacing). */
interface Gaps {
  columnGap: number;
  rowGap: number;
}

/** The shape the wrapping aims for: a 16:9 screen. */
const SCREEN_ASPECT = 16 / 9;

/**
 * How far a call's line in the gap between two rows runs from the gap's middle, as a share of
 * the row gap: calls into the lower row run a little below it, calls out of the upper row a
 * little above, so the two do not lie on one line.
 */
const LANE_SHIFT = 1 / 20;

/**
 * The most rows a layer may take, for layers of `counts` components (crossings included): all
 * of them, so nothing wraps, while the drawing is no taller than it is wide, since a landscape
 * frame holds such a drawing whole; otherwise the limit whose drawing is nearest a 16:9 screen's
 * shape. A drawing's extent is taken as its columns times `columnGap` by its rows times `rowGap`.
 */
export function rowLimit(counts: readonly number[], gaps: Gaps): number {
  const tallest = counts.reduce((a, b) => Math.max(a, b), 1);
  const aspect = (limit: number): number => {
    let across = 0;
    let rows = 1;
    for (const n of counts) {
      const c = subColumns(n, limit);
      across += c;
      rows = Math.max(rows, Math.ceil(n / c));
    }
    return (across * gaps.columnGap) / (rows * gaps.rowGap);
  };
  if (aspect(tallest) >= 1) return tallest;
  const miss = (limit: number): number => Math.abs(Math.log(aspect(limit) / SCREEN_ASPECT));
  let best = tallest;
  // From the fewest sub-columns up; a tie keeps the fewer.
  for (let limit = tallest - 1; limit >= 1; limit--) if (miss(limit) < miss(best)) best = limit;
  return best;
}

/** The sub-columns a layer of `n` components takes when it may have `limit` rows (at least 1). */
export function subColumns(n: number, limit: number): number {
  return Math.max(1, Math.ceil(n / limit));
}

/** Where a layer stands across: the centres of its first and last sub-columns. */
export interface Span {
  start: number;
  end: number;
}

/**
 * The points a call into `at`, a card of a wrapped layer spanning `span`, runs through: from the
 * middle of the gap before the layer to the gap above the card's row, along that gap to above
 * the card, where it drops into the card's top.
 */
export function entryLane(at: Position, span: Span, gaps: Gaps): Position[] {
  const y = at.y - gaps.rowGap / 2 + LANE_SHIFT * gaps.rowGap;
  return [
    { x: span.start - gaps.columnGap / 2, y },
    { x: at.x, y },
  ];
}

/**
 * The points a call out of `at`, a card of a wrapped layer spanning `span`, runs through: down
 * into the gap below the card's row, and along it to the middle of the gap after the layer.
 */
export function exitLane(at: Position, span: Span, gaps: Gaps): Position[] {
  const y = at.y + gaps.rowGap / 2 - LANE_SHIFT * gaps.rowGap;
  return [
    { x: at.x, y },
    { x: span.end + gaps.columnGap / 2, y },
  ];
}
