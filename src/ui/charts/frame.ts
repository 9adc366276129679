/** Sizes of a chart's plot area, normal and for large type on a projector. */

export interface Frame {
  top: number;
  right: number;
  bottom: number;
  left: number;
  /** Height of the plot area itself, inside the margins. */
  height: number;
  /**
   * Size of the axis text in px (charts.css: --fs-small, 0.8125rem, of a 16 px root, or of the
   * 21–22 px root of large type and presenter mode), to fit tick labels and marker labels.
   */
  fontPx: number;
}

const NORMAL: Frame = { top: 10, right: 26, bottom: 22, left: 54, height: 110, fontPx: 13 };
const LARGE: Frame = { top: 14, right: 40, bottom: 32, left: 78, height: 170, fontPx: 18 };

export function frameFor(large: boolean): Frame {
  return large ? LARGE : NORMAL;
}
