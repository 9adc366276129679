import { defineMessages } from "../define";

/**
 * A component's own figures apart from its callees' (own rejections, own time), its CPU where
 * workers share fewer cores, and its replicas one by one: the card, the tooltip, the inspector
 * and the summary table.
 */
export const ownFigures = defineMessages({
  en: {
    "card.upHottest": "{up} · {replica} {busy}",
    "reading.cpu": "CPU busy",
    "reading.hottestReplica": "Busiest replica",
    "reading.hottestReplicaText": "{replica} · {busy}",
    "reading.hottestQueue": "Its queue",
    "reading.coolestReplica": "Least busy replica",
    "summary.other.cpu": "CPU {value}%",
    "summary.other.ownTime": "own time {value} ms",
    "summary.other.ownRejected": "own rejections {value}",
    "summary.other.ownFailed": "own failures {value}",
    "summary.other.hottestReplica": "busiest {replica} {value}%",
    "inspector.replicas": "Replicas, busiest first",
    "inspector.replicas.more": "{shown} of {count} replicas shown",
    "inspector.replicas.replica": "Replica",
    "inspector.replicas.utilisation": "Utilisation",
    "inspector.replicas.queue": "Queue",
    "inspector.replicas.served": "Served",
    "inspector.replicas.failed": "Failed",
  },
  "zh-CN": {
    "card.upHottest": "{up} · {replica} {busy}",
    "reading.cpu": "CPU 忙碌",
    "reading.hottestReplica": "最忙的副本",
    "reading.hottestReplicaText": "{replica} · {busy}",
    "reading.hottestQueue": "它的排队",
    "reading.coolestReplica": "最闲的副本",
    "summary.other.cpu": "CPU {value}%",
    "summary.other.ownTime": "自身耗时 {value} ms",
    "summary.other.ownRejected": "自身拒绝 {value}",
    "summary.other.ownFailed": "自身失败 {value}",
    "summary.other.hottestReplica": "最忙 {replica} {value}%",
    "inspector.replicas": "各副本（最忙的在前）",
    "inspector.replicas.more": "显示 {count} 个副本中的 {shown} 个",
    "inspector.replicas.replica": "副本",
    "inspector.replicas.utilisation": "利用率",
    "inspector.replicas.queue": "排队",
    "inspector.replicas.served": "已处理",
    "inspector.replicas.failed": "失败",
  },
});
