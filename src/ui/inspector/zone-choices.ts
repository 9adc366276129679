/**
 * The zones of a scenario's components, in the order the components name them: what a zone
 * pair's pickers offer, and the choices for a fault's target, since a `zone` fault names a zone
 * where the other kinds name a component and the same picker offers both.
 */
import { isJsonObject, type JsonObject } from "../editor/json";
import { componentsOf } from "../editor/refs";
import { t } from "../i18n/index";
import type { TargetChoice } from "./form-parts";

export function zoneNames(doc: JsonObject): string[] {
  const zones = new Set<string>();
  for (const c of componentsOf(doc)) {
    if (isJsonObject(c) && typeof c.zone === "string" && c.zone !== "") zones.add(c.zone);
  }
  return [...zones];
}

/** Each zone as a target, shown as "zone a" alone: its id would only repeat the name. */
export function zoneChoices(doc: JsonObject): TargetChoice[] {
  return zoneNames(doc).map((zone) => ({
    id: zone,
    shown: t("topology.zone", { zone }),
    zone: true,
  }));
}
