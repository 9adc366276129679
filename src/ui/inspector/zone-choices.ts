/**
 * The zones of a scenario's components as choices for a fault's target: a `zone` fault names a
 * zone where the other kinds name a component, and the same picker offers both.
 */
import { isJsonObject, type JsonObject } from "../editor/json";
import { componentsOf } from "../editor/refs";
import { t } from "../i18n/index";
import type { TargetChoice } from "./form-parts";

export function zoneChoices(doc: JsonObject): TargetChoice[] {
  const zones = new Set<string>();
  for (const c of componentsOf(doc)) {
    if (isJsonObject(c) && typeof c.zone === "string" && c.zone !== "") zones.add(c.zone);
  }
  return [...zones].map((zone) => ({ id: zone, label: t("topology.zone", { zone }) }));
}
