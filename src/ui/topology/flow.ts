/**
 * The moving dashes on the edges: they travel faster as calls per second rise, all moved together
 * in the live view's own frames. A CSS animation per edge gave each edge its own timer, so
 * three edges at different rates cost the page up to 40 extra frames a second of style, paint
 * and compositing; here they cost nothing beyond the frames the snapshots already make.
 */

/** Length of one dash plus its gap, in pixels (the CSS dash pattern must add up to it). */
export const DASH_PERIOD = 16;

/** Levels per doubling of the rate. */
const LEVELS_PER_DOUBLING = 2;

/**
 * The most the dashes move in one frame: at half a period or more the eye sees them stand
 * still or run backwards, so a slow frame rate slows them down instead.
 */
export const MAX_STEP = 6;

/**
 * Pixels per second the dashes move at `rate` calls per second, 0 when nothing flows (the
 * dashes are hidden then). Speed grows with the logarithm of the rate, so 1/s and 10 000/s both
 * stay visible, and is quantised to a few levels, so a rate that wobbles from row to row moves
 * the dashes at a steady pace.
 */
export function flowSpeed(rate: number): number {
  if (!(rate > 0) || !Number.isFinite(rate)) return 0;
  const level = Math.floor(LEVELS_PER_DOUBLING * Math.log2(1 + rate)) / LEVELS_PER_DOUBLING;
  return 12 + 7 * level;
}

/**
 * The dash offset after `seconds` more at `speed`: smaller, which moves the dashes forward
 * along the line, by at most MAX_STEP, and always within [0, DASH_PERIOD).
 */
export function nextOffset(offset: number, speed: number, seconds: number): number {
  const step = Math.min(speed * Math.max(0, seconds), MAX_STEP);
  return (((offset - step) % DASH_PERIOD) + DASH_PERIOD) % DASH_PERIOD;
}

/** Where every edge's dashes stand, by edge key, moved on by the wall clock. */
export class Flow {
  private readonly speeds = new Map<string, number>();
  private readonly offsets = new Map<string, number>();
  private last: number | null = null;

  /** From now on the dashes of edge `key` move at `rate` calls per second; returns their speed. */
  setRate(key: string, rate: number): number {
    const speed = flowSpeed(rate);
    this.speeds.set(key, speed);
    return speed;
  }

  /** Keeps only the edges in `keys` (the ones drawn). */
  keep(keys: ReadonlySet<string>): void {
    for (const key of this.speeds.keys()) {
      if (keys.has(key)) continue;
      this.speeds.delete(key);
      this.offsets.delete(key);
    }
  }

  /** Moves every edge's dashes on by the wall time since the last move (`now` in ms). */
  advance(now: number): void {
    const seconds = this.last === null ? 0 : (now - this.last) / 1000;
    this.last = now;
    for (const [key, speed] of this.speeds) {
      this.offsets.set(key, nextOffset(this.offset(key), speed, seconds));
    }
  }

  offset(key: string): number {
    return this.offsets.get(key) ?? 0;
  }
}
