/**
 * Presenter mode's packed rows: on a 1280x720 projector six rows of cards do not fit as the
 * scenario spaces them, so the rows come closer until the whole drawing fits the frame's
 * greatest height (a screenful, workshop.css) with its names at body-text size. The user's own
 * view keeps the scenario's layout, which their edits write back.
 */
import type { Position } from "../../scenario/types";
import { rowSqueeze, type Size } from "./geometry";
import type { Placement } from "./layout";

/** The least room between two cards one above the other when presenter mode packs the rows. */
const ROW_GAP = 12;

/**
 * The factor presenter mode brings the rows of `p` closer by, drawn in `frame` with `fit`'s
 * padding and smallest zoom, each card the size `sizes` gives it (else `size`), at scale `k`.
 * 1 outside presenter mode.
 */
export function presenterSqueeze(
  frame: SVGSVGElement,
  fit: { padding: number; minScale: number },
  p: Placement,
  sizes: ReadonlyMap<string, Size>,
  size: Size,
  k: number,
): number {
  if (!document.documentElement.hasAttribute("data-presenting")) return 1;
  const height = Number.parseFloat(getComputedStyle(frame).maxHeight);
  if (!Number.isFinite(height)) return 1;
  // A pixel spare, so rounding never leaves the fit a hair under the readable zoom.
  const room = (height - 2 * fit.padding - 1) / fit.minScale;
  const cards = [...p.positions].map(([id, at]) => ({ ...at, size: sizes.get(id) }));
  return rowSqueeze(cards, size, room, ROW_GAP * k);
}

/** The placement with every y multiplied by `factor`, routes included. */
export function packed(p: Placement, factor: number): Placement {
  if (factor === 1) return p;
  const pack = (q: Position): Position => ({ x: q.x, y: q.y * factor });
  return {
    positions: new Map([...p.positions].map(([id, q]) => [id, pack(q)])),
    routes: new Map([...p.routes].map(([key, points]) => [key, points.map(pack)])),
  };
}
