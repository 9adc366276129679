/**
 * The inspector's words for probabilistic calls, bounded feedback and zones (a component's zone,
 * the latency between zones and between particular pairs), in both languages,
 * spread into FIELD_TEXTS and ENUM_TEXTS (fields.ts) so that these features' words stay here.
 */
import type { Locale } from "../locale";
import type { FieldText } from "./fields";

type Both = Record<Locale, FieldText>;

const f = (
  en: [name: string, unit: string | undefined, help: string],
  zh: [name: string, unit: string | undefined, help: string],
): Both => ({
  en: { name: en[0], ...(en[1] === undefined ? {} : { unit: en[1] }), help: en[2] },
  "zh-CN": { name: zh[0], ...(zh[1] === undefined ? {} : { unit: zh[1] }), help: zh[2] },
});

export const ROUTING_FIELD_TEXTS: Record<string, Both> = {
  "calls.probability": f(
    [
      "Probability",
      "0–1",
      "Share of requests that make this call, drawn per request; empty: every request",
    ],
    ["概率", "0–1", "发出这个调用的请求比例，每个请求单独抽取；留空：每个请求都调用"],
  ),
  "calls.choice": f(
    [
      "Choice",
      undefined,
      "Calls next to each other with the same name are one choice: each request makes at most one of them, by their probabilities",
    ],
    [
      "选择组",
      undefined,
      "名字相同且相邻的调用组成一个选择：每个请求按它们的概率最多只调用其中一个",
    ],
  ),
  "calls.maxVisits": f(
    [
      "Most visits",
      undefined,
      "Made only while the request has visited the target fewer times than this: bounds a call back to an earlier component",
    ],
    [
      "最多访问次数",
      undefined,
      "只有当请求访问目标的次数少于此值时才调用：用于限制回到前面组件的调用",
    ],
  ),
  zone: f(
    [
      "Zone",
      undefined,
      "The zone or region it runs in: calls to other zones cross the latency between zones; empty: none",
    ],
    [
      "可用区",
      undefined,
      "它所在的可用区或地域：调用其他区的组件要加上区间延迟；留空：不属于任何区",
    ],
  ),
  "zones.latency": f(
    [
      "Latency between zones",
      "s",
      "Added each way to a call between components of two different zones, unless their pair has its own below",
    ],
    [
      "区间延迟",
      "秒",
      "两个不同可用区的组件之间的调用，每个方向额外增加的时间；下面单独设定的区对除外",
    ],
  ),
  "zones.pairs": f(
    [
      "Latency between two zones",
      undefined,
      "For particular pairs of zones (regions far apart, say): replaces the latency above between them",
    ],
    [
      "特定区对的延迟",
      undefined,
      "为特定的两个可用区（例如相距较远的地域）单独设定，取代上面的区间延迟",
    ],
  ),
  "zones.pairs.between": f(
    ["Zones", undefined, "The two zones, in either order"],
    ["可用区", undefined, "这两个可用区，顺序不限"],
  ),
  "zones.pairs.latency": f(
    ["Latency", "s", "Added each way to a call between these two zones"],
    ["延迟", "秒", "这两个可用区之间的调用，每个方向额外增加的时间"],
  ),
};

export const ROUTING_FAULT_KINDS: Record<string, Record<Locale, string>> = {
  zone: { en: "Zone down", "zh-CN": "整个可用区宕机" },
};
