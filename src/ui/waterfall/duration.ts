import { formatValue } from "../charts/format";
import { t } from "../i18n/index";

/** A duration as the waterfall writes it: milliseconds under a second, seconds from there. */
export function formatDuration(seconds: number): string {
  // Below 0.9995 s: what rounds to 1,000 ms is written 1 s.
  return Math.abs(seconds) < 0.9995
    ? formatValue(seconds * 1000, t("unit.ms"))
    : formatValue(seconds, t("unit.s"));
}
