/**
 * The moving dashes on an edge: they travel faster as calls per second rise. Speed grows with
 * the logarithm of the rate, so 1/s and 10 000/s both stay visible, and is quantised to a few
 * levels, so a rate that wobbles from row to row does not restart the CSS animation each frame.
 */

/** Length of one dash plus its gap, in pixels (the CSS dash pattern must add up to it). */
export const DASH_PERIOD = 16;

/** Levels per doubling of the rate. */
const LEVELS_PER_DOUBLING = 2;

/**
 * Seconds for the dashes to move one period at `rate` calls per second, or null when nothing
 * flows (the dashes are hidden then).
 */
export function flowDuration(rate: number): number | null {
  if (!(rate > 0) || !Number.isFinite(rate)) return null;
  const level = Math.floor(LEVELS_PER_DOUBLING * Math.log2(1 + rate)) / LEVELS_PER_DOUBLING;
  const pixelsPerSecond = 12 + 7 * level;
  return Math.round((DASH_PERIOD / pixelsPerSecond) * 1000) / 1000;
}
