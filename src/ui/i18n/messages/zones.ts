import { defineMessages } from "../define";

/**
 * Zones (extension): a zone outage on the charts, a card's zone on the topology, and why the
 * inspector adds no more zone pairs.
 */
export const zones = defineMessages({
  en: {
    "fault.zone": "outage of zone",
    "topology.zone": "zone {zone}",
    "zones.pairs.noneLeft": "Every two zones already have a pair (a pair needs two zones)",
  },
  "zh-CN": {
    "fault.zone": "可用区故障",
    "topology.zone": "可用区 {zone}",
    "zones.pairs.noneLeft": "每两个可用区都已配对（区对需要两个可用区）",
  },
});
