/**
 * Taking a zone down live, from any component in it (extension): a workshop's host selects a
 * server in zone A and the room watches the failover. The outage is the scheduled `zone`
 * fault's (src/sim/zone-outage.ts), for 30 s from now; while it is in force a second button
 * brings the zone back early. The zone's name is the scenario's text: it only ever fills
 * message placeholders, which the inspector sets as text.
 */
import type { LiveAction } from "../../sim/actions";
import { t } from "../i18n/translate";
import type { FaultWhatIf } from "./what-ifs";

/** Seconds a live zone outage lasts unless brought back first: as long as a slowdown's. */
export const ZONE_OUTAGE_SECONDS = 30;

export interface Restore {
  label: string;
  title: string;
  action: LiveAction;
}

export function zoneWhatIf(zone: string): FaultWhatIf & { restore: Restore } {
  return {
    kind: "zone",
    get label() {
      return t("whatif.zone", { zone });
    },
    get title() {
      return t("whatif.zone.title", { zone });
    },
    active: (left) => t("whatif.zone.active", { zone, left }),
    action: () => ({ kind: "zone", target: zone, duration: ZONE_OUTAGE_SECONDS }),
    restore: {
      get label() {
        return t("whatif.zoneUp", { zone });
      },
      get title() {
        return t("whatif.zoneUp.title");
      },
      action: { kind: "zone-up", target: zone },
    },
  };
}
