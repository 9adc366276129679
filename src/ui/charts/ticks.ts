/**
 * Axis ticks whose labels do not touch: as many as fit, judged from the labels' text, so long
 * labels ("1,500 秒") or large type get fewer ticks than short ones at normal size.
 */

/**
 * The rough width of `text` in pixels at `fontPx`: a CJK character is a full em, everything else
 * about 0.6 em (digits and Latin letters of the UI's sans-serif faces), which errs on the wide side.
 */
export function labelWidthPx(text: string, fontPx: number): number {
  let ems = 0;
  for (const ch of text) ems += /[\u2e80-\u9fff\uff00-\uffef]/.test(ch) ? 1 : 0.6;
  return ems * fontPx;
}

/** What fitTicks needs of a d3 scale. */
export interface TickScale {
  ticks(count: number): number[];
  (value: number): number;
}

/** Space between two neighbouring labels, in ems. */
const GAP_EM = 1;

/**
 * The ticks of `scale` whose labels fit across `width` pixels side by side with a gap of an em,
 * starting from about one per `startPx`; the last one is dropped when its label would run past
 * `width + overhang` (the margin at the axis's right end).
 */
export function fitTicks(
  scale: TickScale,
  format: (v: number) => string,
  width: number,
  fontPx: number,
  overhang: number,
  startPx = 120,
): number[] {
  const widest = (ticks: number[]) =>
    Math.max(0, ...ticks.map((v) => labelWidthPx(format(v), fontPx)));
  let count = Math.max(2, Math.round(width / startPx));
  let ticks = scale.ticks(count);
  while (count > 2 && ticks.length > 1) {
    const room = scale(ticks[1]) - scale(ticks[0]);
    if (widest(ticks) + GAP_EM * fontPx <= room) break;
    count--;
    ticks = scale.ticks(count);
  }
  const last = ticks[ticks.length - 1];
  if (
    ticks.length > 2 &&
    last !== undefined &&
    scale(last) + labelWidthPx(format(last), fontPx) / 2 > width + overhang
  ) {
    ticks = ticks.slice(0, -1);
  }
  return ticks;
}
