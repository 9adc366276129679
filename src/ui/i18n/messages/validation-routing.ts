/**
 * The Chinese of the validator's issues about probabilistic routing, bounded feedback and zones
 * (English: src/scenario/issue-text-routing.ts), spread into the validation catalogue.
 */
import type {
  ROUTING_EXPECTATION_TEXT,
  ROUTING_ISSUE_TEXT,
} from "../../../scenario/issue-text-routing";

type Keys = { [C in keyof typeof ROUTING_ISSUE_TEXT as `issue.${C}`]: string } & {
  [C in keyof typeof ROUTING_EXPECTATION_TEXT as `expect.${C}`]: string;
};

export const routingIssuesZhCN: Keys = {
  "issue.choiceNotAdjacent": "选择 {choice} 的各个调用必须相邻（另一个在 calls[{other}]）",
  "issue.choiceNeedsProbability": "选择 {choice} 中的调用需要 probability",
  "issue.choiceOverOne": "选择 {choice} 的概率之和为 {sum}，超过 1",
  "issue.choiceWhen": "选择 {choice} 的各个调用的 when 必须相同（calls[{other}] 不同）",
  "issue.maxVisitsAsync": "只适用于同步调用：异步调用不等待回应，无法统计请求的访问次数",
  "issue.feedbackThroughAsync":
    "这个有上限的调用所在的环（{cycle}）经过异步调用或消息队列，在那里请求的访问次数不再被统计，因此这个环没有界",
  "issue.feedbackTooDeep":
    "经过 {id} 的环在一个请求里最多可嵌套 {depth} 层调用；最多只能模拟 {max} 层（请调低 maxVisits）",
  "issue.unknownZone": "没有组件位于可用区 {zone}",
  "issue.samePair": "区对必须是两个不同的可用区，{zone} 出现了两次",
  "issue.duplicatePair": "区对 {a} – {b} 重复给出（另见 {other}）",
  "issue.zoneInstance": "可用区故障会让该区内的所有实例宕机",
  "expect.zonePair": "由两个可用区名组成的数组",
};
