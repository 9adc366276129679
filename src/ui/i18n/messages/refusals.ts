import { REFUSAL_TEXT, type RefusalCode } from "../../../sim/refusals";
import { defineMessages } from "../define";

/**
 * Live what-ifs in the page's language: why the engine refused one (English is the engine's own
 * wording, src/sim/refusals.ts), and the label of the marker one leaves on the charts.
 */
type RefusalKeys = { [C in RefusalCode as `refusal.${C}`]: string };

const refusalsEn = Object.fromEntries(
  Object.entries(REFUSAL_TEXT).map(([code, text]) => [`refusal.${code}`, text]),
) as RefusalKeys;

const refusalsZh: RefusalKeys = {
  "refusal.noComponent": "没有组件 “{target}”",
  "refusal.clientFault": "客户端不能注入故障",
  "refusal.duration": "持续时间应大于 0",
  "refusal.noInstance": "{target} 没有实例 {instance}",
  "refusal.factor": "倍数应大于 0",
  "refusal.errorRate": "出错比例应在 0 到 1 之间",
  "refusal.notClient": "{target} 不是客户端",
  "refusal.rate": "速率应为大于等于 0 的有限数",
  "refusal.noRate": "{target} 没有可以修改的速率：它是封闭负载或录制的流量",
  "refusal.notServer": "{target} 不是服务器",
  "refusal.workers": "工作线程数应为大于等于 1 的整数",
  "refusal.replicas": "副本数应为大于等于 1 的整数",
  "refusal.maxReplicas": "{target} 在这里最多只能有 {max} 个副本",
  "refusal.noZone": "没有可用区 “{zone}”",
  "refusal.zoneDown": "可用区 {zone} 已经宕机",
  "refusal.zoneUp": "可用区 {zone} 没有宕机",
  "refusal.noScenario": "尚未载入场景",
  "refusal.ended": "本次运行已结束：请先重新开始",
};

export const refusals = defineMessages({
  en: {
    ...refusalsEn,
    "marker.crash": "{target} down {duration} s",
    "marker.slow": "{target} ×{factor} slower",
    "marker.errors": "{target} {percent}% errors",
    "marker.rate": "{target} → {rate}/s",
    "marker.workers": "{target} → {workers} workers",
    "marker.replicas": "{target} → {replicas} replicas",
  },
  "zh-CN": {
    ...refusalsZh,
    "marker.crash": "{target} 宕机 {duration} 秒",
    "marker.slow": "{target} 慢 {factor} 倍",
    "marker.errors": "{target} {percent}% 出错",
    "marker.rate": "{target} → {rate}/秒",
    "marker.workers": "{target} → {workers} 个工作线程",
    "marker.replicas": "{target} → {replicas} 个副本",
  },
});
