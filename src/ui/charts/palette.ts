/**
 * The charts' colours: the shell's palette variables (Okabe–Ito, colour-blind safe), each with
 * the Okabe–Ito value itself as a fallback so a chart is readable before styles.css loads.
 * Okabe & Ito, "Color Universal Design" (2008), https://jfly.uni-koeln.de/color/
 */

export const SERIES_COLORS = [
  "var(--c-series-1, #0072b2)",
  "var(--c-series-2, #e69f00)",
  "var(--c-series-3, #009e73)",
  "var(--c-series-4, #cc79a7)",
  "var(--c-series-5, #56b4e9)",
  "var(--c-series-6, #d55e00)",
] as const;

export const OK = "var(--c-ok, #009e73)";
export const WARN = "var(--c-warn, #e69f00)";
export const BAD = "var(--c-bad, #d55e00)";
export const FG = "var(--c-fg, #222222)";
export const MUTED = "var(--c-muted, #666666)";

/** The i-th series colour, cycling; past the palette lines are dashed so they stay distinct. */
export function seriesStyle(i: number): { color: string; dashed: boolean } {
  return { color: SERIES_COLORS[i % SERIES_COLORS.length], dashed: i >= SERIES_COLORS.length };
}
