/**
 * The words of theory beside simulation, in English and Simplified Chinese: why no model
 * applies, what each figure is. Kept beside the matching so the command line (English) and the
 * page (its own language) say the same thing.
 */
import type { TheoryFigure } from "../beside";
import type { Reason } from "./stream";

export type TheoryLocale = "en" | "zh-CN";

const REASON_TEXT: Record<TheoryLocale, Record<Reason, string>> = {
  en: {
    "closed-workload":
      "a closed workload: users wait for answers, so arrivals depend on the response time",
    trace: "arrivals replayed from a trace are not a Poisson stream",
    schedule: "the arrival rate changes over time (a schedule): there is no steady state",
    "bursty-arrivals":
      "arrivals are bursty (MMPP), or in batches that no model here takes (M^X/M/1 needs Poisson batches of a constant, uniform or exponential size)",
    retries: "retries add load that depends on failures and timeouts",
    hedging: "hedged requests add load that depends on the response time",
    faults: "faults change the system during the run: there is no steady state",
    "what-ifs":
      "live what-ifs changed the system during this run: restart it to compare with theory",
    "rate-limit": "a rate limit upstream turns requests away depending on its bucket",
    "state-dependent-balancing":
      "the balancer chooses by the backends' state, so arrivals are not Poisson",
    "hash-balancing": "the balancer routes by key, so each backend's share depends on the keys",
    "uneven-round-robin": "weighted round robin deals requests in an uneven pattern",
    bulkhead: "a bulkhead on the calls refuses some of them depending on those in flight",
    cycle: "requests go round a cycle back to this component",
    "not-poisson":
      "arrivals are not Poisson (round robin or even spacing), and no model here covers that with more than one worker or a bounded queue",
    "merged-streams": "streams of different kinds merge here",
    "random-delay":
      "random delays on the way reshape the arrivals, and only a Poisson stream stays Poisson",
    "behind-station": "arrivals are the departures of another queue, not a Poisson stream",
    "bursty-station":
      "arrivals are hyper-exponential or in batches: H2/M/1 and M^X/M/1 need them neither split nor randomly delayed, at one instance of one worker with an unbounded queue and exponential service",
    "no-traffic": "no open workload reaches it",
    autoscaled: "an autoscaler changes its replicas during the run",
    "capacity-schedule": "its workers or replicas follow a schedule: there is no steady state",
    "blocking-calls":
      "its workers are held while waiting on calls, so the holding time has no known law",
    "general-service":
      "service is not exponential and there is more than one worker or a bounded queue (M/G/c has no closed form)",
    "shared-cpu": "its workers share fewer cores than they are, in a way no model here covers",
    "degenerate-service":
      "its service time is zero or has no finite mean (a Pareto tail with α <= 1), so there is no queue to model",
    shedding: "its queue sheds requests that waited too long",
    priorities:
      "request classes have priorities, so the queue is not first come first served (per-class formulas: src/theory/priority.ts)",
    backpressure:
      "backpressure (whenFull: block) holds callers while a station is full, which no model here covers",
    "adaptive-limit": "its adaptive concurrency limit refuses requests depending on latency",
    "db-replicas": "reads are spread over replicas, writes go to the primary",
    "db-shards": "queries are split over shards by key hash",
    prefetch: "consumers prefetch several messages each",
    "consumer-calls": "consumers wait on calls while holding a message",
    "cache-ttl": "entries expire (ttl), which Che's LRU approximation does not model",
    "cache-writes": "writes invalidate keys",
    "cache-keys": "the requests do not all carry keys from one Zipf law",
    "too-large":
      "too large for the closed form: over 100 million erlangs offered to as many workers or more",
    rejects:
      "a bounded queue on the way turns requests away, so completed requests are a biased sample",
    "unmodelled-hop": "a cache, CDN or queue on the way answers in a way no model here gives",
  },
  "zh-CN": {
    "closed-workload": "封闭负载：用户等待响应后才再发请求，到达取决于响应时间",
    trace: "按轨迹回放的到达不是泊松流",
    schedule: "到达率随时间变化（日程），不存在稳态",
    "bursty-arrivals":
      "到达是突发的（MMPP），或是这里没有模型的成批到达（M^X/M/1 要求批次按泊松到达，批大小为常数、均匀或指数分布）",
    retries: "重试带来的额外负载取决于失败和超时",
    hedging: "对冲请求带来的额外负载取决于响应时间",
    faults: "运行期间的故障改变了系统，不存在稳态",
    "what-ifs": "本次运行中的实时假设操作改变了系统：重新开始运行后再与理论对照",
    "rate-limit": "上游的限流按令牌桶拒绝请求",
    "state-dependent-balancing": "负载均衡器按后端状态选择，到达不是泊松流",
    "hash-balancing": "负载均衡器按键路由，各后端的份额取决于键",
    "uneven-round-robin": "加权轮询以不均匀的模式分发请求",
    bulkhead: "调用上的舱壁按在途数量拒绝部分调用",
    cycle: "请求沿环路回到了这个组件",
    "not-poisson": "到达不是泊松流（轮询或均匀间隔），而多个工作线程或有界队列的情形这里没有模型",
    "merged-streams": "不同类型的到达流在此汇合",
    "random-delay": "途中的随机延迟改变了到达过程，只有泊松流经过后仍是泊松流",
    "behind-station": "到达是另一个队列的离开流，不是泊松流",
    "bursty-station":
      "到达是超指数或成批的：H2/M/1 和 M^X/M/1 要求到达流未被拆分或随机延迟，且站点为单实例、单工作线程、无界队列、服务时间为指数分布",
    "no-traffic": "没有开放负载到达这里",
    autoscaled: "自动伸缩器在运行中改变其副本数",
    "capacity-schedule": "其工作线程数或副本数按日程变化，不存在稳态",
    "blocking-calls": "工作线程在等待调用时被占用，占用时间没有已知分布",
    "general-service": "服务时间不是指数分布，且有多个工作线程或有界队列（M/G/c 没有闭式解）",
    "shared-cpu": "工作线程共享少于其数量的核心，这里没有对应的模型",
    "degenerate-service": "其服务时间为零或均值不存在（α <= 1 的帕累托尾部），没有可建模的队列",
    shedding: "其队列会丢弃等待过久的请求",
    priorities: "请求类别设有优先级，队列不是先到先服务（按类别的公式见 src/theory/priority.ts）",
    backpressure: "背压（whenFull: block）在站点满载时扣住调用方，这里没有模型涵盖这种情况",
    "adaptive-limit": "其自适应并发限制按延迟拒绝请求",
    "db-replicas": "读请求分散到副本，写请求发往主库",
    "db-shards": "查询按键哈希分到各分片",
    prefetch: "每个消费者预取多条消息",
    "consumer-calls": "消费者持有消息时要等待调用",
    "cache-ttl": "条目会过期（ttl），Che 的 LRU 近似不包含这一点",
    "cache-writes": "写请求会使键失效",
    "cache-keys": "请求并非都带有来自同一个 Zipf 分布的键",
    "too-large": "规模太大，闭式解无法计算：超过一亿爱尔兰的负载，工作线程数也不少于此",
    rejects: "途中的有界队列会拒绝请求，已完成的请求是有偏样本",
    "unmodelled-hop": "途中的缓存、CDN 或队列的响应方式没有对应的模型",
  },
};

const FIGURE_TEXT: Record<TheoryLocale, Record<TheoryFigure, string>> = {
  en: {
    utilization: "utilisation",
    meanQueue: "mean queue",
    meanWait: "mean wait",
    meanResponse: "mean response",
    rejected: "rejected",
    hitRatio: "hit ratio",
  },
  "zh-CN": {
    utilization: "利用率",
    meanQueue: "平均队列长度",
    meanWait: "平均等待",
    meanResponse: "平均响应时间",
    rejected: "拒绝比例",
    hitRatio: "命中率",
  },
};

export function reasonText(reason: Reason, locale: TheoryLocale = "en"): string {
  return REASON_TEXT[locale][reason];
}

export function figureText(figure: TheoryFigure, locale: TheoryLocale = "en"): string {
  return FIGURE_TEXT[locale][figure];
}

/** How a figure reads: shares in percent, times in ms or s, queues with two decimals. */
export function formatTheoryValue(
  figure: TheoryFigure,
  value: number,
  locale: TheoryLocale = "en",
): string {
  if (!Number.isFinite(value)) return "∞";
  // Below a thousandth, digits would hide the magnitude: 9.9e-8 reads better than 0.0000000991.
  const n = (digits: number, x: number) =>
    x !== 0 && Math.abs(x) < 0.001
      ? x.toExponential(1)
      : new Intl.NumberFormat(locale, { maximumSignificantDigits: digits }).format(x);
  switch (figure) {
    case "utilization":
    case "rejected":
    case "hitRatio":
      return `${n(3, value * 100)}%`;
    case "meanWait":
    case "meanResponse":
      return Math.abs(value) < 1 ? `${n(3, value * 1000)} ms` : `${n(3, value)} s`;
    case "meanQueue":
      return n(3, value);
  }
}
