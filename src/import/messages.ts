/**
 * The importer's report and problems in English and Simplified Chinese: the command line
 * prints English, the page its own language. Service names are the traces' text: callers
 * render them as text only.
 */
import { type Formatter, formatterFor, type InsightLocale } from "../insights/format";
import type { Problem, ProblemCode } from "./problems";
import type { ReportCode, ReportItem } from "./report";

type P = Record<string, string | number>;
type Say = (p: P, x: Formatter) => string;

const s = (v: string | number | undefined) => String(v ?? "");
const n = (v: string | number | undefined) => Number(v);

const en: Record<ReportCode, Say> = {
  read: (p, x) =>
    `Read ${x.count(n(p.spans))} spans in ${x.count(n(p.traces))} traces from ${x.count(n(p.services))} service${n(p.services) === 1 ? "" : "s"}.`,
  noSpans: () => "No span could be read: there is nothing to build a scenario from.",
  noRoots: () =>
    "No root span (every span has a parent): no arrivals can be inferred, so the scenario has no client.",
  orphans: (p, x) =>
    `${x.count(n(p.count))} spans name a parent that is not in the file: each is taken as a request arriving from outside.`,
  arrivals: (p, x) =>
    `Arrivals at ${s(p.service)}: ${x.count(n(p.roots))} root spans over ${x.time(n(p.window))}, ${x.count(n(p.rate))} requests/s (Poisson assumed).`,
  source: (p) =>
    `${s(p.service)} only sends requests, all to ${s(p.target)}: it becomes the client that sends the load, not a server.`,
  schedule: (p) =>
    `The arrival rate at ${s(p.service)} changes over time more than chance explains: a schedule of ${s(p.steps)} rate changes.`,
  fewRoots: (p) =>
    `Only ${s(p.roots)} root spans at ${s(p.service)}: the arrival rate is a rough guess.`,
  measured: (p, x) =>
    `Measured at ${s(p.service)} (root spans): mean ${x.time(n(p.mean))}, p90 ${x.time(n(p.p90))}; compare with 'archsim run'.`,
  cycle: (p) =>
    `${s(p.from)} calls ${s(p.to)}, which leads back to ${s(p.from)}: a cycle the format cannot hold, so that call is left out.`,
  call: (p, x) =>
    `${s(p.from)} → ${s(p.to)}: ${x.ratio(n(p.perVisit))} per request (${p.mode}), so ${s(p.times)} ${p.mode} call${n(p.times) === 1 ? "" : "s"} in the scenario.`,
  fractionalCalls: (p, x) =>
    `${s(p.from)} calls ${s(p.to)} ${x.ratio(n(p.perVisit))} times per request on average, but a scenario's calls are whole: it makes ${s(p.times)}.`,
  service: (p, x) =>
    `${s(p.service)}: ${x.count(n(p.visits))} visits, self time mean ${x.time(n(p.mean))}, fitted ${s(p.dist)} (KS distance ${x.ratio(n(p.ks))}).`,
  workers: (p) =>
    `${s(p.service)}: worker counts are not in traces; workers set to ${s(p.workers)}, the most requests seen in it at once (the format's default is 1). Set the real count.`,
  errors: (p, x) =>
    `${s(p.service)} failed ${x.percent(n(p.ratio))} of its requests on its own (${x.count(n(p.count))}): an errors fault at that rate.`,
  network: (p, x) =>
    `Network: ${x.time(n(p.value))} one way, the median of half the gap between ${x.count(n(p.pairs))} client spans and their server spans. It applies to every call, the clients' too, which root spans do not include.`,
  noNetwork: () => "No client span with a traced server span: network latency assumed 0.",
  queues: () =>
    "Queues assumed unbounded, disciplines FIFO, one replica each: traces do not show them.",
  problems: (p, x) => `${x.count(n(p.count))} problems in the file; those parts were skipped.`,
};

const zh: Record<ReportCode, Say> = {
  read: (p, x) =>
    `读取了 ${x.count(n(p.spans))} 个 span，属于 ${x.count(n(p.traces))} 条链路、${x.count(n(p.services))} 个服务。`,
  noSpans: () => "没有读到任何 span：无法据此构建场景。",
  noRoots: () => "没有根 span（每个 span 都有父 span）：无法推断到达，所以场景中没有客户端。",
  orphans: (p, x) =>
    `${x.count(n(p.count))} 个 span 的父 span 不在文件中：每个都当作一个来自外部的请求。`,
  arrivals: (p, x) =>
    `${s(p.service)} 的到达：${x.time(n(p.window))} 内 ${x.count(n(p.roots))} 个根 span，每秒 ${x.count(n(p.rate))} 个请求（假设为泊松到达）。`,
  source: (p) =>
    `${s(p.service)} 只发送请求，且都发往 ${s(p.target)}：它成为发送负载的客户端，而不是服务器。`,
  schedule: (p) =>
    `${s(p.service)} 的到达速率随时间的变化超出了随机波动：生成了 ${s(p.steps)} 次速率变化的时间表。`,
  fewRoots: (p) => `${s(p.service)} 只有 ${s(p.roots)} 个根 span：到达速率只是粗略估计。`,
  measured: (p, x) =>
    `${s(p.service)} 的实测值（根 span）：平均 ${x.time(n(p.mean))}，p90 ${x.time(n(p.p90))}；可与 'archsim run' 比较。`,
  cycle: (p) =>
    `${s(p.from)} 调用 ${s(p.to)}，而后者又回到 ${s(p.from)}：格式不允许循环，因此省略这个调用。`,
  call: (p, x) =>
    `${s(p.from)} 调用 ${s(p.to)}：每个请求 ${x.ratio(n(p.perVisit))} 次（${p.mode}），场景中为 ${s(p.times)} 个 ${p.mode} 调用。`,
  fractionalCalls: (p, x) =>
    `${s(p.from)} 平均每个请求调用 ${s(p.to)} ${x.ratio(n(p.perVisit))} 次，但场景中的调用次数必须是整数：取 ${s(p.times)} 次。`,
  service: (p, x) =>
    `${s(p.service)}：${x.count(n(p.visits))} 次访问，自身耗时平均 ${x.time(n(p.mean))}，拟合为 ${s(p.dist)}（KS 距离 ${x.ratio(n(p.ks))}）。`,
  workers: (p) =>
    `${s(p.service)}：链路中没有工作线程数；设为 ${s(p.workers)}，即观察到的同时在处理的最多请求数（格式默认值为 1）。请填写真实数量。`,
  errors: (p, x) =>
    `${s(p.service)} 自身失败了 ${x.percent(n(p.ratio))} 的请求（${x.count(n(p.count))} 个）：按此比例加入 errors 故障。`,
  network: (p, x) =>
    `网络：单程 ${x.time(n(p.value))}，取 ${x.count(n(p.pairs))} 对客户端 span 与服务端 span 时长差的一半的中位数。它作用于每个调用，包括客户端的调用，而根 span 不含这一段。`,
  noNetwork: () => "没有客户端 span 对应到被追踪的服务端 span：假设网络延迟为 0。",
  queues: () => "假设队列无界、先进先出、每个服务一个副本：链路中看不到这些。",
  problems: (p, x) => `文件中有 ${x.count(n(p.count))} 处问题；这些部分已跳过。`,
};

const problemEn: Record<ProblemCode, string> = {
  notJson: "not JSON",
  unknownFormat: "neither OTLP/JSON (resourceSpans) nor Jaeger JSON (data, spans); keys",
  notArray: "expected a list, got",
  missingField: "missing or empty, got",
  badTime: "expected a time (nanoseconds in OTLP, microseconds in Jaeger), got",
  endBeforeStart: "the span ends before it starts:",
  badId: "expected a span object, got",
};

const problemZh: Record<ProblemCode, string> = {
  notJson: "不是 JSON",
  unknownFormat: "既不是 OTLP/JSON（resourceSpans）也不是 Jaeger JSON（data、spans）；键",
  notArray: "应为列表，实际为",
  missingField: "缺失或为空，实际为",
  badTime: "应为时间（OTLP 为纳秒，Jaeger 为微秒），实际为",
  endBeforeStart: "span 的结束早于开始：",
  badId: "应为 span 对象，实际为",
};

export function reportText(item: ReportItem, locale: InsightLocale = "en"): string {
  return (locale === "en" ? en : zh)[item.code](item.params, formatterFor(locale));
}

/** `line 12: resourceSpans[0].scopeSpans[0].spans[3].startTimeUnixNano: expected a time ..., got "x"`. */
export function problemText(p: Problem, locale: InsightLocale = "en"): string {
  const where = locale === "en" ? `line ${p.line}` : `第 ${p.line} 行`;
  const what = (locale === "en" ? problemEn : problemZh)[p.code];
  return `${where}: ${p.path === "" ? "" : `${p.path}: `}${what} ${p.detail}`;
}
