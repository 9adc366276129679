/**
 * The shapes of the drawing as numbers: how big a component's card is, where an edge leaves one
 * card and meets the next, and the zoom that fits the whole drawing in its frame.
 */
import type { Position } from "../../scenario/types";

export interface Size {
  width: number;
  height: number;
}

/**
 * How much taller a card grows for each line of its name past the first: the name's 0.875rem
 * (topology.css) at a line height of about 1.2.
 */
export const NAME_LINE = 17;

/**
 * A component's card, drawn `k` times its size at a 16 px root (scene.ts's rootScale), one line
 * taller for each of its `lines` past the first: its name's (wrap.ts), and its zone's.
 */
export function nodeSize(k = 1, lines = 1): Size {
  return { width: 160 * k, height: (68 + NAME_LINE * (lines - 1)) * k };
}

/**
 * A card's centre, with its own size when it differs from the drawing's usual one (a name on
 * two lines makes a card taller); the functions below take the usual size for the others.
 */
export interface Card extends Position {
  size?: Size;
}

function sizeOf(card: Card, size: Size): Size {
  return card.size ?? size;
}

/**
 * The zoom from which a card's name (0.875rem in topology.css) reads at least as large as the
 * page's body text (--fs-base, 0.9375rem in styles.css): large type keeps the drawing at least
 * this big, for a projector, and panning shows what does not fit.
 */
export const BODY_TEXT_SCALE = 0.9375 / 0.875;

/**
 * Distances between the cards' centres. Large type packs them closer (the gap between two
 * columns still holds a rate label), so a four-column drawing fits a 1280 px projector at
 * BODY_TEXT_SCALE.
 */
export function cardSpacing(size: Size, largeType: boolean): { columnGap: number; rowGap: number } {
  return largeType
    ? { columnGap: size.width * 1.25, rowGap: size.height * 1.35 }
    : { columnGap: size.width * 1.5, rowGap: size.height * 1.6 };
}

/**
 * The height the drawing asks of its frame: `bounds` at the zoom the frame's `width` allows, at
 * most `preferred` and at least `minScale`, with `padding` around. A short drawing gets a short
 * frame instead of empty space; a tall one grows its frame rather than its text shrinking.
 */
export function fitHeight(
  bounds: Bounds,
  width: number,
  padding: number,
  preferred: number,
  minScale: number,
): number {
  const byWidth = (width - 2 * padding) / Math.max(1, bounds.width);
  const k = Math.max(minScale, Math.min(preferred, byWidth));
  return Math.ceil(bounds.height * k + 2 * padding);
}

/**
 * Where the segment from the centre of a `size` box at `center` towards `toward` crosses the
 * box's border, pushed out by `margin` along the segment (room for an arrowhead).
 */
export function borderPoint(center: Position, size: Size, toward: Position, margin = 0): Position {
  const dx = toward.x - center.x;
  const dy = toward.y - center.y;
  if (dx === 0 && dy === 0) return { x: center.x, y: center.y };
  const tx = dx === 0 ? Number.POSITIVE_INFINITY : size.width / 2 / Math.abs(dx);
  const ty = dy === 0 ? Number.POSITIVE_INFINITY : size.height / 2 / Math.abs(dy);
  const length = Math.hypot(dx, dy);
  const t = Math.min(tx, ty) + margin / length;
  return { x: center.x + dx * t, y: center.y + dy * t };
}

export interface Segment {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/**
 * The straight edge between two cards, from border to border. `offset` shifts it sideways
 * (to the left of its direction), so a call and a call back between the same two components
 * are drawn as two parallel lines instead of one.
 */
export function edgeSegment(
  from: Card,
  to: Card,
  size: Size,
  offset = 0,
  arrowMargin = 4,
): Segment {
  const length = Math.hypot(to.x - from.x, to.y - from.y) || 1;
  const nx = ((to.y - from.y) / length) * offset;
  const ny = (-(to.x - from.x) / length) * offset;
  const a = { x: from.x + nx, y: from.y + ny };
  const b = { x: to.x + nx, y: to.y + ny };
  const start = borderPoint(a, sizeOf(from, size), b);
  const end = borderPoint(b, sizeOf(to, size), a, arrowMargin);
  return { x1: start.x, y1: start.y, x2: end.x, y2: end.y };
}

export interface Bounds {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The smallest box holding every card in `cards`; null when there are none. */
export function contentBounds(cards: Iterable<Card>, size: Size): Bounds | null {
  let x0 = Number.POSITIVE_INFINITY;
  let y0 = Number.POSITIVE_INFINITY;
  let x1 = Number.NEGATIVE_INFINITY;
  let y1 = Number.NEGATIVE_INFINITY;
  for (const c of cards) {
    const { width, height } = sizeOf(c, size);
    x0 = Math.min(x0, c.x - width / 2);
    y0 = Math.min(y0, c.y - height / 2);
    x1 = Math.max(x1, c.x + width / 2);
    y1 = Math.max(y1, c.y + height / 2);
  }
  if (x0 > x1) return null;
  return { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
}

export interface ZoomTransform {
  x: number;
  y: number;
  k: number;
}

/**
 * The translation and scale that centre `bounds` in a `view`-sized frame with `padding` around,
 * never magnifying past `maxScale` (a single card should not fill the screen) nor shrinking
 * below `minScale` (text too small to read). When the drawing is too big even so, it starts at
 * the top left, where the clients are, and the rest is a pan away.
 */
export function fitTransform(
  bounds: Bounds,
  view: Size,
  padding = 24,
  maxScale = 1.5,
  minScale = 0,
): ZoomTransform {
  const w = Math.max(1, view.width - 2 * padding);
  const h = Math.max(1, view.height - 2 * padding);
  const fit = Math.min(maxScale, w / Math.max(1, bounds.width), h / Math.max(1, bounds.height));
  const k = Math.max(minScale, fit);
  const place = (start: number, length: number, room: number, frame: number): number =>
    k * length <= room + 1e-9 ? frame / 2 - k * (start + length / 2) : padding - k * start;
  return {
    k,
    x: place(bounds.x, bounds.width, w, view.width),
    y: place(bounds.y, bounds.height, h, view.height),
  };
}

/**
 * Where an edge's label goes: beside the middle of the segment, `distance` away on the side
 * facing up (or left, for a vertical edge), so it does not sit on the line or its dashes.
 */
export function labelPoint(s: Segment, distance = 8): Position {
  const dx = s.x2 - s.x1;
  const dy = s.y2 - s.y1;
  const length = Math.hypot(dx, dy) || 1;
  let nx = dy / length;
  let ny = -dx / length;
  if (ny > 0 || (ny === 0 && nx > 0)) {
    nx = -nx;
    ny = -ny;
  }
  return { x: (s.x1 + s.x2) / 2 + nx * distance, y: (s.y1 + s.y2) / 2 + ny * distance };
}

/**
 * The points an edge is drawn through: from the border of the caller's card, through the
 * `waypoints` of its route, to just short of the callee's card. Without waypoints it is the
 * straight `edgeSegment`, shifted sideways by `offset`.
 */
export function edgePoints(
  from: Card,
  to: Card,
  size: Size,
  waypoints: readonly Position[] = [],
  offset = 0,
  arrowMargin = 4,
): Position[] {
  if (waypoints.length === 0) {
    const s = edgeSegment(from, to, size, offset, arrowMargin);
    return [
      { x: s.x1, y: s.y1 },
      { x: s.x2, y: s.y2 },
    ];
  }
  return [
    borderPoint(from, sizeOf(from, size), waypoints[0]),
    ...waypoints.map((p) => ({ x: p.x, y: p.y })),
    borderPoint(to, sizeOf(to, size), waypoints[waypoints.length - 1], arrowMargin),
  ];
}

/** Whether the segment from `a` to `b` passes through the `size` card centred at `center`. */
export function segmentCrossesCard(
  a: Position,
  b: Position,
  center: Position,
  size: Size,
): boolean {
  // Liang–Barsky clipping of the segment against the card's box.
  const x0 = center.x - size.width / 2;
  const x1 = center.x + size.width / 2;
  const y0 = center.y - size.height / 2;
  const y1 = center.y + size.height / 2;
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  let t0 = 0;
  let t1 = 1;
  const clip = (p: number, q: number): boolean => {
    if (p === 0) return q >= 0;
    const r = q / p;
    if (p < 0) {
      if (r > t1) return false;
      if (r > t0) t0 = r;
    } else {
      if (r < t0) return false;
      if (r < t1) t1 = r;
    }
    return true;
  };
  return (
    clip(-dx, a.x - x0) &&
    clip(dx, x1 - a.x) &&
    clip(-dy, a.y - y0) &&
    clip(dy, y1 - a.y) &&
    t0 < t1
  );
}

/**
 * The points of a control link (an autoscaler to its server): straight from card to card when
 * no other card is in the way; otherwise out of the controller's right side, down (or up) the
 * gap beside the cards, across the gap above (or below) the server, and into its top (or
 * bottom) near the right corner, clear of the calls that meet the server at its sides.
 */
export function controlRoute(
  from: Card,
  to: Card,
  size: Size,
  others: Iterable<Card>,
  arrowMargin = 4,
): Position[] {
  const s = edgeSegment(from, to, size, 0, arrowMargin);
  const a = { x: s.x1, y: s.y1 };
  const b = { x: s.x2, y: s.y2 };
  let blocked = false;
  for (const c of others) {
    if (segmentCrossesCard(a, b, c, sizeOf(c, size))) {
      blocked = true;
      break;
    }
  }
  if (!blocked) return [a, b];
  const side = Math.max(from.x, to.x) + size.width / 2 + 0.15 * size.width;
  const down = to.y >= from.y ? 1 : -1;
  const edge = to.y - (down * sizeOf(to, size).height) / 2;
  const across = edge - down * 0.3 * size.height;
  const x = to.x + size.width / 2 - 0.15 * size.width;
  return [
    { x: from.x + size.width / 2, y: from.y },
    { x: side, y: from.y },
    { x: side, y: across },
    { x, y: across },
    { x, y: edge - down * arrowMargin },
  ];
}

/**
 * The factor (at most 1) by which to bring a drawing's rows closer, multiplying every centre's
 * y, so that `cards` are no taller than `room` (drawing units): a projector's frame is short,
 * and a tall drawing must fit it without its text shrinking. It stops where two cards one above
 * the other (their columns overlapping) would come closer than `gap`, so nothing lands on
 * anything; a drawing that is still too tall then pans. 1 when it already fits. Cards may
 * differ in height (a name on two lines): the drawing's extent is that of its farthest pair.
 */
export function rowSqueeze(cards: readonly Card[], size: Size, room: number, gap: number): number {
  let fit = Number.POSITIVE_INFINITY;
  let floor = 0;
  for (let i = 0; i < cards.length; i++) {
    for (let j = i + 1; j < cards.length; j++) {
      const a = cards[i];
      const b = cards[j];
      const dy = Math.abs(a.y - b.y);
      if (dy === 0) continue;
      // Half of each card's height: from the upper one's top to the lower one's bottom.
      const reach = (sizeOf(a, size).height + sizeOf(b, size).height) / 2;
      fit = Math.min(fit, (room - reach) / dy);
      if (Math.abs(a.x - b.x) < size.width) floor = Math.max(floor, (reach + gap) / dy);
    }
  }
  return fit >= 1 ? 1 : Math.min(1, Math.max(floor, fit));
}
