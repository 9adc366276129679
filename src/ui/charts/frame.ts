/** Sizes of a chart's plot area, normal and for large type on a projector. */

export interface Frame {
  top: number;
  right: number;
  bottom: number;
  left: number;
  /** Height of the plot area itself, inside the margins. */
  height: number;
}

const NORMAL: Frame = { top: 10, right: 14, bottom: 22, left: 54, height: 110 };
const LARGE: Frame = { top: 14, right: 18, bottom: 32, left: 78, height: 170 };

export function frameFor(large: boolean): Frame {
  return large ? LARGE : NORMAL;
}
