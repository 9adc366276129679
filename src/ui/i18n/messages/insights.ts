import { defineMessages } from "../define";

/**
 * The insights panel (src/ui/insights-panel.ts) and the theory table of the inspector
 * (src/ui/theory-view.ts). The findings' own sentences and the reasons no model applies live
 * with their logic (src/insights/messages.ts, src/theory/match/text.ts), shared with the CLI.
 */
export const insights = defineMessages({
  en: {
    "insights.view": "Insights",
    "insights.title": "Insights",
    "insights.waiting":
      "Findings appear once the run has figures: press ▶ Play, or Space, if it is paused.",
    "insights.none": "Nothing stands out in this run.",
    "insights.live": "So far in this run; final when it ends.",
    "insights.severity.critical": "critical",
    "insights.severity.warning": "warning",
    "insights.severity.info": "note",
    "insights.select": "Select {name} in the topology and the inspector",
    "theory.title": "Theory vs simulation",
    "theory.figure": "figure",
    "theory.theory": "theory",
    "theory.simulated": "simulated",
    "theory.queueModel":
      "{model}: λ = {rate}/s per instance, {servers} workers, mean service {service}",
    "theory.cacheModel": "{model}: {capacity} of {keys} keys, Zipf exponent {zipf}",
    "theory.room": "; room for {capacity} requests in all (K)",
    "theory.networkModel":
      "{model}: {rate} requests/s through {stations} stations; the network and each station's mean response, weighted by its visits",
    "theory.unstable":
      "The offered load is at or beyond capacity: in theory the queue grows without bound.",
    "theory.noModel": "No analytic model: {reason}.",
    "theory.noModelAt": "No analytic model: at {at} on the way, {reason}.",
    "theory.atComponent": "at {at},",
    "theory.summaryTitle": "Theory beside simulation",
    "theory.component": "component",
    "theory.model": "model",
    "theory.unmatched": "Components with no analytic model: {count} (why)",
  },
  "zh-CN": {
    "insights.view": "洞察",
    "insights.title": "洞察",
    "insights.waiting": "运行产生数据后将在此显示发现：如果运行已暂停，请按“▶ 运行”或空格键。",
    "insights.none": "本次运行没有值得注意之处。",
    "insights.live": "截至目前的运行情况；运行结束后为最终结果。",
    "insights.severity.critical": "严重",
    "insights.severity.warning": "警告",
    "insights.severity.info": "提示",
    "insights.select": "在拓扑和检查器中选中 {name}",
    "theory.title": "理论与仿真对照",
    "theory.figure": "指标",
    "theory.theory": "理论值",
    "theory.simulated": "仿真值",
    "theory.queueModel":
      "{model}：每个实例 λ = {rate}/秒，{servers} 个工作线程，平均服务时间 {service}",
    "theory.cacheModel": "{model}：{keys} 个键中容纳 {capacity} 个，Zipf 指数 {zipf}",
    "theory.room": "；总容量 {capacity} 个请求（K）",
    "theory.networkModel":
      "{model}：{rate} 个请求/秒经过 {stations} 个服务站；网络时间加上各服务站按访问次数加权的平均响应时间",
    "theory.unstable": "负载已达到或超过容量：理论上队列会无限增长。",
    "theory.noModel": "没有适用的解析模型：{reason}。",
    "theory.noModelAt": "没有适用的解析模型：途经的 {at} 处，{reason}。",
    "theory.atComponent": "在 {at} 处，",
    "theory.summaryTitle": "理论与仿真对照",
    "theory.component": "组件",
    "theory.model": "模型",
    "theory.unmatched": "{count} 个组件没有适用的解析模型（原因）",
  },
});
