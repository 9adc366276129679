/**
 * The text of each kind of finding, in English and Simplified Chinese. Each message names the
 * component and cites the figures behind the finding; the command line speaks English, the page
 * its own language. Component names are scenario text: callers render them as text only.
 */
import { localize } from "../scenario/text";
import type { Scenario } from "../scenario/types";
import type { Finding, FindingFigures, FindingKind } from "./finding";
import { type Formatter, formatterFor, type InsightLocale } from "./format";

type Name = (id: string) => string;
type Message<K extends FindingKind> = (
  f: FindingFigures[K],
  name: string,
  n: Name,
  x: Formatter,
) => string;
type Messages = { [K in FindingKind]: Message<K> };

const en: Messages = {
  bottleneck: (f, name, _, x) =>
    `${name} is the bottleneck: ${x.percent(f.utilization)} busy, the highest utilisation in the system; ` +
    `${x.count(f.meanQueue)} requests waited on average, ${x.time(f.meanWait)} each` +
    (Number.isFinite(f.meanService) ? ` (service takes ${x.time(f.meanService)}).` : "."),
  overload: (f, name, _, x) =>
    `${name} is offered ${x.count(f.offered)} requests/s but can serve at most ${x.count(f.capacity)}/s ` +
    `(${x.percent(f.load)} of its capacity): no queue can absorb that for long.`,
  "unbounded-queue": (f, name, _, x) =>
    `The queue of ${name} grows without bound: requests waited ${x.time(f.meanWait)} on average, ` +
    `${x.count(Math.round(f.meanWait / Math.max(f.meanService, 1e-9)))} times the service time, with ${x.count(f.meanQueue)} waiting. ` +
    `More arrives than it can serve, and an unbounded queue turns the excess into latency.`,
  rejections: (f, name, _, x) =>
    `${name} turned away ${x.count(f.rejected)} requests (${x.percent(f.share)} of what reached it): ` +
    (f.cause === "rate-limit"
      ? `its rate limit of ${x.count(f.limit)}/s was spent.`
      : f.cause === "queue"
        ? `its queue of ${x.count(f.limit)} was full.`
        : "its concurrency limit, bulkhead or shedding queue refused them."),
  timeouts: (f, name, _, x) =>
    `${x.count(f.timeouts)} requests of ${name} timed out (${x.percent(f.share)} of all requests) ` +
    `after waiting ${x.time(f.timeout)}.`,
  retries: (f, name, _, x) =>
    (f.noBackoff
      ? `${name} retries without backoff (${x.time(f.backoff)}, ×${x.count(f.multiplier)}${f.jitter ? "" : ", no jitter"}): `
      : `Retries of ${name} amplify the load: `) +
    `each request cost ${x.ratio(f.attemptsPerRequest)} attempts, ` +
    `${x.count(f.attempted)} attempts/s sent for ${x.count(f.offered)} requests/s offered.`,
  "dead-backend": (f, name, n, x) =>
    `${name} has no health check and kept sending to ${n(f.backend)} while it was down (${x.time(f.down)}): ` +
    `${x.count(f.failed)} requests failed through it (${x.count(f.unavailable)} unavailable in all).`,
  "blocked-workers": (f, name, n, x) =>
    `The blocking workers of ${name} are exhausted by ${n(f.dependency)}: ${x.percent(f.inCalls)} of the time a worker holds a request ` +
    `is spent waiting on calls (${x.time(f.heldTime)} held per request), so requests waited ${x.time(f.meanWait)} for a worker` +
    (f.rejected > 0 ? ` and ${x.count(f.rejected)} were turned away.` : "."),
  "poor-hit-ratio": (f, name, _, x) =>
    `${name} hits only ${x.percent(f.hitRatio)} of reads: ${x.count(f.backendCalls)} went to its backend` +
    (f.capacity > 0 && f.keys > 0
      ? ` (it holds ${x.count(f.capacity)} of ${x.count(f.keys)} keys).`
      : "."),
  "breaker-open": (f, name, _, x) =>
    `The circuit breaker on calls from ${name} opened ${x.count(f.opened)} times and failed ${x.count(f.shortCircuited)} calls fast ` +
    `instead of waiting on a failing dependency.`,
  "hot-shard": (f, name, _, x) =>
    `${name} has a hot shard: ${f.shard} took ${x.percent(f.share)} of the queries, against an even share of ${x.percent(f.fairShare)}.`,
  "queue-backlog": (f, name, _, x) =>
    `${name} held a backlog of up to ${x.count(f.maxDepth)} messages; a message waited ${x.time(f.meanAge)} on average for a consumer` +
    (f.deadLettered > 0 ? `, and ${x.count(f.deadLettered)} were dead-lettered.` : "."),
};

const zhCN: Messages = {
  bottleneck: (f, name, _, x) =>
    `${name} 是瓶颈：忙碌 ${x.percent(f.utilization)}，为系统中利用率最高者；` +
    `平均有 ${x.count(f.meanQueue)} 个请求在排队，每个等待 ${x.time(f.meanWait)}` +
    (Number.isFinite(f.meanService) ? `（服务时间 ${x.time(f.meanService)}）。` : "。"),
  overload: (f, name, _, x) =>
    `${name} 的到达量为 ${x.count(f.offered)} 个请求/秒，但最多只能处理 ${x.count(f.capacity)} 个/秒` +
    `（容量的 ${x.percent(f.load)}）：任何队列都无法长期吸收。`,
  "unbounded-queue": (f, name, _, x) =>
    `${name} 的队列无限增长：请求平均等待 ${x.time(f.meanWait)}，是服务时间的 ` +
    `${x.count(Math.round(f.meanWait / Math.max(f.meanService, 1e-9)))} 倍，平均 ${x.count(f.meanQueue)} 个在排队。` +
    `到达量超过其处理能力，无界队列把多出的负载变成了延迟。`,
  rejections: (f, name, _, x) =>
    `${name} 拒绝了 ${x.count(f.rejected)} 个请求（占到达量的 ${x.percent(f.share)}）：` +
    (f.cause === "rate-limit"
      ? `其限流 ${x.count(f.limit)} 个/秒已用尽。`
      : f.cause === "queue"
        ? `其容量为 ${x.count(f.limit)} 的队列已满。`
        : "其并发限制、舱壁或丢弃策略拒绝了它们。"),
  timeouts: (f, name, _, x) =>
    `${name} 有 ${x.count(f.timeouts)} 个请求在等待 ${x.time(f.timeout)} 后超时（占全部请求的 ${x.percent(f.share)}）。`,
  retries: (f, name, _, x) =>
    (f.noBackoff
      ? `${name} 的重试没有退避（${x.time(f.backoff)}，×${x.count(f.multiplier)}${f.jitter ? "" : "，无抖动"}）：`
      : `${name} 的重试放大了负载：`) +
    `每个请求平均尝试 ${x.ratio(f.attemptsPerRequest)} 次，为 ${x.count(f.offered)} 个/秒的请求发出了 ${x.count(f.attempted)} 次/秒的尝试。`,
  "dead-backend": (f, name, n, x) =>
    `${name} 没有健康检查，在 ${n(f.backend)} 宕机期间（${x.time(f.down)}）仍向其发送请求：` +
    `经由它失败的请求有 ${x.count(f.failed)} 个（共 ${x.count(f.unavailable)} 个不可用）。`,
  "blocked-workers": (f, name, n, x) =>
    `${name} 的阻塞式工作线程被 ${n(f.dependency)} 耗尽：工作线程占用请求的时间中有 ${x.percent(f.inCalls)} 在等待调用` +
    `（每个请求占用 ${x.time(f.heldTime)}），因此请求平均要等 ${x.time(f.meanWait)} 才分到工作线程` +
    (f.rejected > 0 ? `，且有 ${x.count(f.rejected)} 个被拒绝。` : "。"),
  "poor-hit-ratio": (f, name, _, x) =>
    `${name} 的命中率只有 ${x.percent(f.hitRatio)}：${x.count(f.backendCalls)} 次读取落到了后端` +
    (f.capacity > 0 && f.keys > 0
      ? `（它只容纳 ${x.count(f.keys)} 个键中的 ${x.count(f.capacity)} 个）。`
      : "。"),
  "breaker-open": (f, name, _, x) =>
    `${name} 调用上的熔断器打开了 ${x.count(f.opened)} 次，快速失败了 ${x.count(f.shortCircuited)} 次调用，而没有等待出故障的依赖。`,
  "hot-shard": (f, name, _, x) =>
    `${name} 存在热点分片：${f.shard} 承担了 ${x.percent(f.share)} 的查询，而均匀分布时应为 ${x.percent(f.fairShare)}。`,
  "queue-backlog": (f, name, _, x) =>
    `${name} 积压了最多 ${x.count(f.maxDepth)} 条消息；消息平均等待 ${x.time(f.meanAge)} 才被消费者取走` +
    (f.deadLettered > 0 ? `，另有 ${x.count(f.deadLettered)} 条进入死信。` : "。"),
};

const MESSAGES: Record<InsightLocale, Messages> = { en, "zh-CN": zhCN };

/** The finding in words, components called by their label (or id). */
export function describe(
  finding: Finding,
  scenario: Scenario,
  locale: InsightLocale = "en",
): string {
  const labels = new Map<string, string>(
    scenario.components.map((c) => [
      c.id,
      c.label === undefined ? c.id : localize(c.label, locale),
    ]),
  );
  const name: Name = (id) => labels.get(id) ?? id;
  const message = MESSAGES[locale][finding.kind] as Message<FindingKind>;
  return message(finding.figures as never, name(finding.component), name, formatterFor(locale));
}
