import { defineMessages } from "../define";

/** Zones (extension): a zone outage on the charts, a card's zone on the topology. */
export const zones = defineMessages({
  en: {
    "fault.zone": "zone down",
    "topology.zone": "zone {zone}",
  },
  "zh-CN": {
    "fault.zone": "区域故障",
    "topology.zone": "区域 {zone}",
  },
});
