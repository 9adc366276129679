/**
 * The inspector's words for arrival processes (hyper-exponential, MMPP, batches) and a server's
 * capacity schedule, merged into FIELD_TEXTS and ENUM_TEXTS (fields.ts), in both languages.
 */
import type { Locale } from "../locale";
import type { FieldText } from "./fields";

type Both = Record<Locale, FieldText>;
type Words = [name: string, unit: string | undefined, help: string];

const f = (en: Words, zh: Words): Both => ({
  en: { name: en[0], ...(en[1] === undefined ? {} : { unit: en[1] }), help: en[2] },
  "zh-CN": { name: zh[0], ...(zh[1] === undefined ? {} : { unit: zh[1] }), help: zh[2] },
});

export const ARRIVAL_FIELD_TEXTS: Record<string, Both> = {
  "workload.scv": f(
    [
      "Gap variability (SCV)",
      undefined,
      "Squared coefficient of variation of the gaps between requests: 1 is Poisson, larger is burstier",
    ],
    ["间隔波动（SCV）", undefined, "请求间隔的变异系数的平方：1 即泊松，越大越不规则"],
  ),
  "workload.mmpp.factor": f(
    ["Burst factor", "×", "How many times the calm rate a burst sends; the mean stays the rate"],
    ["突发倍数", "×", "突发期速率是平静期的几倍；平均速率不变"],
  ),
  "workload.mmpp.calm": f(
    ["Calm spell", "s", "Mean length of a calm period (exponential)"],
    ["平静期", "秒", "平静期的平均长度（指数分布）"],
  ),
  "workload.mmpp.burst": f(
    ["Burst length", "s", "Mean length of a burst (exponential)"],
    ["突发期", "秒", "突发期的平均长度（指数分布）"],
  ),
  "workload.batch": f(
    [
      "Batch size",
      "requests",
      "Requests that arrive together at each arrival (rounded, 1 to 10,000); the rate then counts batches",
    ],
    ["批量大小", "个请求", "每次到达一起到来的请求数（取整，1 到 10,000）；速率按批次计"],
  ),
  "workload.batch.value": f(
    ["size", "requests", "Always this many"],
    ["数量", "个请求", "总是这么多"],
  ),
  "workload.batch.mean": f(["mean", "requests", "Average size"], ["均值", "个请求", "平均大小"]),
  "workload.batch.min": f(["min", "requests", "Smallest size"], ["最小", "个请求", "最小数量"]),
  "workload.batch.max": f(["max", "requests", "Largest size"], ["最大", "个请求", "最大数量"]),
  "workload.batch.cv": f(
    ["cv", undefined, "Spread: standard deviation over mean"],
    ["变异系数", undefined, "离散程度：标准差除以均值"],
  ),
  "workload.batch.k": f(
    ["k", undefined, "Phases: larger is more regular"],
    ["阶数 k", undefined, "阶数越大越规则"],
  ),
  "workload.batch.alpha": f(
    ["alpha", undefined, "Tail: smaller is heavier"],
    ["尾指数 α", undefined, "越小尾部越重"],
  ),
  schedule: f(
    [
      "Capacity schedule",
      undefined,
      "From time “at” on, the workers per replica and/or the replicas become these; work taken in finishes",
    ],
    [
      "容量日程",
      undefined,
      "从时间 “at” 起，每个副本的工作线程数和/或副本数变为所填的值；已接收的请求会处理完",
    ],
  ),
  "schedule.at": f(
    ["From", "s", "Simulated time the change happens"],
    ["起始时刻", "秒", "变化发生的模拟时刻"],
  ),
  "schedule.workers": f(
    ["Workers", undefined, "Workers per replica from then on; empty keeps them"],
    ["工作线程", undefined, "此后每个副本的工作线程数；留空则不变"],
  ),
  "schedule.replicas": f(
    ["Replicas", undefined, "Replicas from then on; empty keeps them"],
    ["副本数", undefined, "此后的副本数；留空则不变"],
  ),
};

export const ARRIVAL_ENUM_TEXTS: Record<string, Record<Locale, string>> = {
  hyperexp: { en: "Irregular gaps", "zh-CN": "不规则间隔（超指数）" },
  mmpp: { en: "Calm spells and bursts", "zh-CN": "平静与突发交替（MMPP）" },
};
