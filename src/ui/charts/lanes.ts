/**
 * Rows for labels that would otherwise print over each other: two faults or what-ifs at the
 * same moment get their labels one above the other instead of on one spot.
 */

/** A label's horizontal extent in pixels. */
export interface Extent {
  from: number;
  to: number;
}

/**
 * The lane (0, 1, 2, …) of each label: the lowest lane where it clears, by `gap` pixels, every
 * label already placed there, labels being placed from left to right.
 */
export function labelLanes(extents: readonly Extent[], gap = 4): number[] {
  const order = extents.map((_, i) => i).sort((a, b) => extents[a].from - extents[b].from);
  const ends: number[] = [];
  const lanes = new Array<number>(extents.length).fill(0);
  for (const i of order) {
    let lane = ends.findIndex((end) => end + gap <= extents[i].from);
    if (lane === -1) lane = ends.length;
    ends[lane] = extents[i].to;
    lanes[i] = lane;
  }
  return lanes;
}
