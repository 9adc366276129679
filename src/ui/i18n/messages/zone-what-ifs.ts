import { defineMessages } from "../define";

/**
 * A zone taken down live (extension): the inspector's buttons for a zoned component, and the
 * markers the outage and its early end leave above the charts. `{zone}` is the scenario's own
 * name for the zone, shown as text.
 */
export const zoneWhatIfs = defineMessages({
  en: {
    "whatif.zone": "Take zone {zone} down 30 s",
    "whatif.zone.title":
      "Every instance of every component in zone {zone} down for 30 simulated seconds, as a zone fault would take it",
    "whatif.zone.active": "Zone {zone} down: {left} left",
    "whatif.zoneUp": "Bring zone {zone} back",
    "whatif.zoneUp.title": "End the outage now: the zone's instances come back up",
    "marker.zone": "zone {zone} down {duration} s",
    "marker.zoneUp": "zone {zone} back",
  },
  "zh-CN": {
    "whatif.zone": "让可用区 {zone} 宕机 30 秒",
    "whatif.zone.title": "可用区 {zone} 内所有组件的所有实例宕机 30 个模拟秒，与可用区故障相同",
    "whatif.zone.active": "可用区 {zone} 宕机：剩 {left}",
    "whatif.zoneUp": "恢复可用区 {zone}",
    "whatif.zoneUp.title": "立即结束故障：该可用区的实例重新上线",
    "marker.zone": "可用区 {zone} 宕机 {duration} 秒",
    "marker.zoneUp": "可用区 {zone} 恢复",
  },
});
