/**
 * Which rate labels to leave out where edges crowd: where calls cross in a mesh, their labels
 * land on each other and none can be read, so each label that would overlap one already kept
 * is hidden, in edge order (the scenario's order), as maps thin out their place names.
 */
import type { Position } from "../../scenario/types";

/**
 * For each label anchored (middle, baseline) at `anchors[i]`, whether to hide it: its box of
 * `width` by `height` overlaps the box of a label kept before it.
 */
export function crowdedLabels(
  anchors: readonly Position[],
  width: number,
  height: number,
): boolean[] {
  const kept: Position[] = [];
  return anchors.map((p) => {
    const clash = kept.some((q) => Math.abs(p.x - q.x) < width && Math.abs(p.y - q.y) < height);
    if (!clash) kept.push(p);
    return clash;
  });
}
