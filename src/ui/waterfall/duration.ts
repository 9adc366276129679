import { formatValue } from "../charts/format";
import { t } from "../i18n/index";

/** A duration as the waterfall writes it: milliseconds under a second, seconds from there. */
export function formatDuration(seconds: number): string {
  return Math.abs(seconds) < 1
    ? formatValue(seconds * 1000, t("unit.ms"))
    : formatValue(seconds, t("unit.s"));
}
