/**
 * Which of a list's columns an entry shows, and what its pickers offer. A scheduled fault's
 * line shows the fields its kind takes (a factor for a slowdown, a rate for errors, the caller
 * for a partition), not every fault's; a field set anyway stays in view, so it can be seen and
 * cleared. Its target picker offers zones to a zone outage and components to the rest.
 */
import type { JsonObject } from "../editor/json";
import type { Column } from "./fields";
import type { TargetChoice } from "./form-parts";

/** The columns `entry` shows. */
export function columnsOf(columns: readonly Column[], entry: JsonObject): Column[] {
  return columns.filter((c) => {
    if (c.when === undefined || entry[c.key] !== undefined) return true;
    const chosen = entry[c.when.key];
    return typeof chosen !== "string" || c.when.values.includes(chosen);
  });
}

/** What a ref column's picker offers `entry`: zones, components, or (by default) both. */
export function choicesOf(
  column: Column,
  entry: JsonObject,
  targets: readonly TargetChoice[],
): readonly TargetChoice[] {
  if (column.kind !== "ref" || column.offers === undefined) return targets;
  const zones = column.offers(entry) === "zones";
  return targets.filter((choice) => (choice.zone === true) === zones);
}
