/**
 * A theory figure as the page's theory tables write it: shares in percent, times with their unit,
 * queues as they are, to at most three significant digits (number-format.ts). The command line
 * writes the same figures with formatTheoryValue (src/theory/match/text.ts).
 */
import type { TheoryFigure } from "../theory/beside";
import type { Locale } from "./i18n/index";
import { formatDuration, upTo3 } from "./number-format";

export function theoryValue(figure: TheoryFigure, value: number, locale: Locale): string {
  if (!Number.isFinite(value)) return "∞";
  switch (figure) {
    case "utilization":
    case "rejected":
    case "hitRatio":
      return `${upTo3(value * 100, locale)}%`;
    case "meanWait":
    case "meanResponse":
      return formatDuration(value, locale);
    case "meanQueue":
      return upTo3(value, locale);
  }
}
