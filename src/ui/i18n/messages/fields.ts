/**
 * The inspector's fields in words: per field a human name, its unit and a one-line help, in
 * every language side by side (a missing language does not compile); and the format's
 * enumerations translated, the technical term shown beside them (src/ui/inspector/field-text.ts).
 * Keyed by the field's path inside its component (`workload.rate`), `type:path` where one type
 * means something else by it, `list.column` for a list's columns, `dist.param` for a Dist's.
 * test/ui/inspector/field-text.test.ts checks every field of the form has words here, and every
 * entry here is a field of the form.
 */
import type { Locale } from "../locale";
import { ARRIVAL_ENUM_TEXTS, ARRIVAL_FIELD_TEXTS } from "./fields-arrivals";
import { PRIORITY_ENUM_TEXTS, PRIORITY_FIELD_TEXTS } from "./fields-priorities";
import { ROUTING_FAULT_KINDS, ROUTING_FIELD_TEXTS } from "./fields-routing";

export interface FieldText {
  name: string;
  /** Absent for a choice, a yes/no or a pure number (a count of nothing in particular). */
  unit?: string;
  help: string;
}

type Both = Record<Locale, FieldText>;

const f = (
  en: [name: string, unit: string | undefined, help: string],
  zh: [name: string, unit: string | undefined, help: string],
): Both => ({
  en: { name: en[0], ...(en[1] === undefined ? {} : { unit: en[1] }), help: en[2] },
  "zh-CN": { name: zh[0], ...(zh[1] === undefined ? {} : { unit: zh[1] }), help: zh[2] },
});

export const FIELD_TEXTS: Record<string, Both> = {
  ...ROUTING_FIELD_TEXTS,
  // Every component.
  id: f(
    ["Id", undefined, "The name other components use to refer to this one: a-z, 0-9, - and _"],
    ["标识", undefined, "其他组件引用它时用的名字：a-z、0-9、- 和 _"],
  ),
  label: f(
    ["Label", undefined, "The name shown on its card; optional"],
    ["显示名称", undefined, "卡片上显示的名字，可不填"],
  ),
  costPerHour: f(
    [
      "Cost per hour",
      "price/h",
      "Price of one instance for an hour, in any currency: adds cost to the summary",
    ],
    ["每小时成本", "价格/小时", "一个实例运行一小时的价格（任意货币），汇总中会给出成本"],
  ),
  // Client.
  "client:target": f(
    ["Sends to", undefined, "The component that receives this client's requests"],
    ["发送到", undefined, "接收该客户端请求的组件"],
  ),
  "workload.kind": f(
    [
      "Workload",
      undefined,
      "Open: requests arrive at a rate whatever the answers; closed: a fixed number of users each wait for their answer",
    ],
    ["负载类型", undefined, "开放式：请求按速率到达，不管回应；封闭式：固定数量的用户各自等待回应"],
  ),
  "workload.rate": f(
    ["Arrival rate", "req/s", "Mean number of requests the client sends per second"],
    ["到达速率", "请求/秒", "客户端平均每秒发出的请求数"],
  ),
  "workload.arrival": f(
    ["Arrivals", undefined, "How the requests are spread in time"],
    ["到达方式", undefined, "请求在时间上的分布方式"],
  ),
  "workload.schedule": f(
    ["Rate schedule", undefined, "From time “at” on, the arrival rate becomes “rate”"],
    ["速率计划", undefined, "从时刻 at 起，到达速率变为 rate"],
  ),
  "workload.schedule.at": f(
    ["From", "s", "Simulated time the rate changes"],
    ["起始时刻", "秒", "速率改变的模拟时刻"],
  ),
  "workload.schedule.rate": f(
    ["Rate", "req/s", "Arrival rate from then on"],
    ["速率", "请求/秒", "此后的到达速率"],
  ),
  "workload.users": f(
    ["Users", "users", "Each sends a request, waits for the answer, thinks, then sends the next"],
    ["用户数", "个", "每个用户发出请求、等待回应、思考，再发下一个"],
  ),
  "workload.think": f(
    ["Think time", "s", "Pause between an answer and the user's next request"],
    ["思考时间", "秒", "收到回应到下一次请求之间的停顿"],
  ),
  mix: f(
    ["Request classes", undefined, "Share of each kind of request by weight, e.g. read 9, write 1"],
    ["请求类别", undefined, "各类请求按权重的占比，如 read 9、write 1"],
  ),
  "mix.class": f(
    ["Class", undefined, "Name of the kind of request"],
    ["类别", undefined, "请求种类的名字"],
  ),
  "mix.weight": f(
    ["Weight", undefined, "Relative share of this class"],
    ["权重", undefined, "该类别的相对占比"],
  ),
  timeout: f(
    ["Timeout", "s", "The caller gives up after this long; empty: it waits forever"],
    ["超时", "秒", "超过这个时间调用方放弃；留空：一直等待"],
  ),
  "keys.count": f(
    ["Distinct keys", "keys", "How many different keys the requests ask for (what caches store)"],
    ["不同键数", "个", "请求涉及的不同键的个数（缓存存的就是键）"],
  ),
  "keys.zipf": f(
    [
      "Key skew (Zipf s)",
      undefined,
      "0: every key equally likely; 1 or more: a few hot keys get most requests",
    ],
    ["键倾斜度（Zipf s）", undefined, "0：每个键概率相同；1 及以上：少数热点键占大部分请求"],
  ),
  "retry.max": f(
    ["Retries", "at most", "Attempts again after a failure, per request"],
    ["重试次数", "最多", "每个请求失败后最多再试几次"],
  ),
  "retry.backoff": f(
    ["Backoff", "s", "Wait before the first retry"],
    ["退避时间", "秒", "第一次重试前的等待"],
  ),
  "retry.multiplier": f(
    ["Backoff multiplier", "×", "Each next wait is this many times the last"],
    ["退避倍数", "×", "每次等待是上一次的多少倍"],
  ),
  "retry.jitter": f(
    ["Jitter", undefined, "Randomise the waits so that clients do not retry in lockstep"],
    ["随机抖动", undefined, "把等待随机化，避免客户端同时重试"],
  ),
  "retry.budget": f(
    ["Retry budget", "0–1", "Retries allowed as a fraction of requests: 0.1 is 10%"],
    ["重试预算", "0–1", "允许的重试占请求的比例：0.1 即 10%"],
  ),
  "hedge.after": f(
    ["Hedge after", "s", "Send a second copy when no answer came within this time"],
    ["对冲延迟", "秒", "超过这个时间仍无回应就再发一份副本"],
  ),
  // Load balancer.
  algorithm: f(
    ["Balancing algorithm", undefined, "How the balancer picks a target for each request"],
    ["负载均衡算法", undefined, "为每个请求选择后端的方式"],
  ),
  targets: f(
    ["Targets", undefined, "The servers it spreads requests over, with their weights"],
    ["后端", undefined, "分发请求的目标服务器及其权重"],
  ),
  "targets.id": f(
    ["Server", undefined, "A component requests are sent to"],
    ["服务器", undefined, "请求发往的组件"],
  ),
  "targets.weight": f(
    ["Weight", undefined, "Relative share for weighted algorithms"],
    ["权重", undefined, "加权算法中的相对占比"],
  ),
  service: f(
    ["Service time", "s", "Time to handle one request, not counting its calls"],
    ["服务时间", "秒", "处理一个请求的时间，不含它发出的调用"],
  ),
  "healthCheck.interval": f(
    ["Health check every", "s", "How often each target is probed; empty: no checks"],
    ["健康检查间隔", "秒", "探测每个后端的频率；留空：不检查"],
  ),
  "healthCheck.unhealthyAfter": f(
    [
      "Unhealthy after",
      "failed checks",
      "A target is taken out after this many failed probes in a row",
    ],
    ["判定不健康", "次失败", "连续失败这么多次后摘除该后端"],
  ),
  "healthCheck.healthyAfter": f(
    ["Healthy after", "passed checks", "A target is put back after this many good probes in a row"],
    ["恢复健康", "次成功", "连续成功这么多次后重新加入该后端"],
  ),
  "rateLimit.rate": f(
    ["Rate limit", "req/s", "Requests let through per second; the rest are rejected"],
    ["限流速率", "请求/秒", "每秒放行的请求数，其余被拒绝"],
  ),
  "rateLimit.burst": f(
    ["Burst", "requests", "Requests let through at once above the rate"],
    ["突发量", "个请求", "超出速率时一次可放行的请求数"],
  ),
  // Server.
  replicas: f(
    ["Replicas", "instances", "Identical copies of the server, each with its own workers"],
    ["副本数", "个实例", "相同的服务器副本，各有自己的工作线程"],
  ),
  workers: f(
    [
      "Workers per replica",
      "at once",
      "Requests one replica serves at the same time (threads, processes)",
    ],
    ["每副本工作线程", "个并发", "一个副本同时处理的请求数（线程、进程）"],
  ),
  cores: f(
    [
      "CPU cores",
      "cores",
      "With more workers than cores they share the CPU; empty: a core per worker",
    ],
    ["CPU 核数", "核", "工作线程多于核数时共享 CPU；留空：每个线程一个核"],
  ),
  queue: f(
    [
      "Queue limit",
      "requests",
      "Requests that may wait for a worker; more are rejected; empty: no limit",
    ],
    ["队列上限", "个请求", "可以排队等待的请求数，超出的被拒绝；留空：不限"],
  ),
  discipline: f(
    ["Queue order", undefined, "Which waiting request is served next"],
    ["排队规则", undefined, "下一个处理哪个等待中的请求"],
  ),
  calls: f(
    ["Calls", undefined, "Components each request calls while it is served, in order"],
    ["调用", undefined, "处理每个请求时依次调用的组件"],
  ),
  "calls.target": f(["To", undefined, "The component called"], ["目标", undefined, "被调用的组件"]),
  "calls.mode": f(
    ["Mode", undefined, "Sync: the request waits for the answer; async: it sends and goes on"],
    ["方式", undefined, "同步：请求等待回应；异步：发出后继续"],
  ),
  "calls.when": f(
    ["Only for", undefined, "The request class that makes this call; empty: every request"],
    ["仅限类别", undefined, "发起该调用的请求类别；留空：所有请求"],
  ),
  "calls.timeout": f(
    ["Timeout", "s", "Give up on the call after this long"],
    ["超时", "秒", "超过这个时间放弃该调用"],
  ),
  blocking: f(
    [
      "Blocking workers",
      undefined,
      "On: a worker waits idle while its calls are out (threads); off: it serves others meanwhile (event loop)",
    ],
    [
      "阻塞式工作线程",
      undefined,
      "开：调用期间工作线程空等（线程模型）；关：期间可服务其他请求（事件循环）",
    ],
  ),
  deadlines: f(
    ["Drop abandoned work", undefined, "Skip requests whose caller has already given up"],
    ["丢弃已放弃的请求", undefined, "跳过调用方已经放弃的请求"],
  ),
  // Cache and CDN.
  backend: f(
    ["Backend", undefined, "Where a miss is fetched from"],
    ["后端", undefined, "未命中时从哪里取数据"],
  ),
  hitRatio: f(
    [
      "Hit ratio",
      "0–1",
      "Fraction answered from the cache; empty: from real keys, capacity and TTL",
    ],
    ["命中率", "0–1", "由缓存直接回答的比例；留空：按真实的键、容量和 TTL 计算"],
  ),
  "cache:capacity": f(
    ["Capacity", "keys", "Keys the cache holds; the least recently used goes first"],
    ["容量", "个键", "缓存能存的键数，最久未用的先被淘汰"],
  ),
  ttl: f(
    ["Time to live", "s", "A key expires this long after it was stored; empty: never"],
    ["过期时间（TTL）", "秒", "键存入后多久过期；留空：永不过期"],
  ),
  hit: f(
    ["Hit time", "s", "Time to answer from the cache"],
    ["命中耗时", "秒", "由缓存直接回答所需时间"],
  ),
  coalesce: f(
    ["Coalesce misses", undefined, "Concurrent misses on one key make a single backend call"],
    ["合并未命中", undefined, "同一个键的并发未命中只访问一次后端"],
  ),
  origin: f(
    ["Origin", undefined, "Where the edge fetches what it does not hold"],
    ["源站", undefined, "边缘节点没有的内容从哪里取"],
  ),
  "cdn:hitRatio": f(
    ["Hit ratio", "0–1", "Fraction of requests the edge answers itself"],
    ["命中率", "0–1", "由边缘节点直接回答的请求比例"],
  ),
  // Database.
  connections: f(
    ["Connections", "at once", "Queries served at the same time"],
    ["连接数", "个并发", "同时处理的查询数"],
  ),
  "database:queue": f(
    [
      "Queue limit",
      "queries",
      "Queries that may wait for a connection; more are rejected; empty: no limit",
    ],
    ["队列上限", "个查询", "可以等待连接的查询数，超出的被拒绝；留空：不限"],
  ),
  read: f(["Read time", "s", "Time one read query takes"], ["读耗时", "秒", "一次读查询的时间"]),
  write: f(["Write time", "s", "Time one write query takes"], ["写耗时", "秒", "一次写查询的时间"]),
  "replicas.count": f(
    ["Read replicas", "replicas", "Copies that serve reads; writes go to the primary"],
    ["只读副本", "个", "承担读查询的副本；写入仍走主库"],
  ),
  "replicas.lag": f(
    ["Replica lag", "s", "How far behind the primary a replica's data is"],
    ["复制延迟", "秒", "副本数据落后主库的时间"],
  ),
  shards: f(
    ["Shards", "nodes", "The data split by key over this many nodes"],
    ["分片数", "个节点", "数据按键拆分到这么多节点"],
  ),
  failover: f(
    ["Failover time", "s", "A replica takes over this long after the primary fails"],
    ["故障转移时间", "秒", "主库故障后多久由副本接管"],
  ),
  // Message queue.
  "queue:capacity": f(
    [
      "Capacity",
      "messages",
      "Messages the broker holds; publishes beyond are refused; empty: no limit",
    ],
    ["容量", "条消息", "消息队列能存的消息数，超出的发布被拒绝；留空：不限"],
  ),
  publish: f(
    ["Publish time", "s", "Time to hand a message to the broker"],
    ["发布耗时", "秒", "把一条消息交给消息队列的时间"],
  ),
  "consumers.count": f(
    ["Consumers", "processes", "Processes taking messages off the queue"],
    ["消费者数", "个进程", "从队列取消息的进程数"],
  ),
  "consumers.prefetch": f(
    ["Prefetch", "messages", "Messages each consumer takes at once"],
    ["预取数", "条消息", "每个消费者一次取走的消息数"],
  ),
  "consumers.service": f(
    ["Processing time", "s", "Time a consumer takes per message"],
    ["处理耗时", "秒", "消费者处理一条消息的时间"],
  ),
  "consumers.target": f(
    ["Consumers call", undefined, "The component each message's processing calls; empty: none"],
    ["消费者调用", undefined, "处理每条消息时调用的组件；留空：不调用"],
  ),
  maxRedeliveries: f(
    ["Max redeliveries", "times", "A message that fails more often goes to the dead letters"],
    ["最大重投次数", "次", "失败超过这个次数的消息进入死信"],
  ),
  // Autoscaler.
  "autoscaler:target": f(
    ["Scales", undefined, "The server whose replicas it adds and removes"],
    ["扩缩对象", undefined, "由它增减副本的服务器"],
  ),
  min: f(
    ["Min replicas", "replicas", "Never fewer than this"],
    ["最少副本", "个", "副本数不少于此"],
  ),
  max: f(
    ["Max replicas", "replicas", "Never more than this"],
    ["最多副本", "个", "副本数不多于此"],
  ),
  targetValue: f(
    ["Target utilisation", "0–1", "It adds replicas above this utilisation and removes them below"],
    ["目标利用率", "0–1", "利用率高于它就加副本，低于它就减副本"],
  ),
  interval: f(
    ["Check every", "s", "How often it looks at the utilisation"],
    ["检查间隔", "秒", "多久查看一次利用率"],
  ),
  "autoscaler:warmup": f(
    ["Warm-up", "s", "A new replica takes traffic this long after it is asked for"],
    ["预热时间", "秒", "新副本请求后多久开始接收流量"],
  ),
  cooldown: f(
    ["Cooldown", "s", "Wait after a change before the next one"],
    ["冷却时间", "秒", "一次调整后等多久才做下一次"],
  ),
  // The scenario.
  name: f(["Name", undefined, "The scenario's title"], ["名称", undefined, "场景的标题"]),
  description: f(
    ["Description", undefined, "What the scenario shows, for the room"],
    ["描述", undefined, "这个场景要演示什么"],
  ),
  seed: f(
    ["Seed", undefined, "The same seed gives the same numbers, bit for bit"],
    ["随机种子", undefined, "相同的种子得出完全相同的数字"],
  ),
  duration: f(["Duration", "s", "Simulated time the run lasts"], ["时长", "秒", "模拟运行的时间"]),
  warmup: f(
    ["Warm-up", "s", "Time at the start left out of the statistics"],
    ["预热时间", "秒", "开头不计入统计的时间"],
  ),
  network: f(
    ["Network delay", "s", "Added to every call between components"],
    ["网络延迟", "秒", "组件之间每次调用额外增加的时间"],
  ),
  faults: f(
    [
      "Faults",
      undefined,
      "Planned crashes, slowdowns, errors, network partitions and zone outages",
    ],
    ["故障", undefined, "计划中的宕机、变慢、出错、网络分区和可用区宕机"],
  ),
  "faults.kind": f(["Kind", undefined, "What goes wrong"], ["类型", undefined, "出什么故障"]),
  "faults.target": f(
    ["Target", undefined, "Where it goes wrong: a component, or a zone for a zone outage"],
    ["目标", undefined, "在哪里出故障：一个组件，可用区宕机时是一个可用区"],
  ),
  "faults.at": f(["At", "s", "When it starts"], ["开始", "秒", "何时开始"]),
  "faults.duration": f(["For", "s", "How long it lasts"], ["持续", "秒", "持续多久"]),
  "faults.instance": f(
    ["Replica", undefined, "Which replica, from 0; empty: all"],
    ["副本", undefined, "第几个副本（从 0 起）；留空：全部"],
  ),
  "faults.factor": f(
    ["Slower by", "×", "Service times multiplied by this"],
    ["变慢倍数", "×", "服务时间乘以这个倍数"],
  ),
  "faults.rate": f(
    ["Error rate", "0–1", "Fraction of requests that fail"],
    ["出错率", "0–1", "失败请求的比例"],
  ),
  "faults.from": f(
    ["Cut off from", undefined, "The other side of the partition"],
    ["隔断对象", undefined, "分区另一侧的组件"],
  ),
  // A Dist's parameters.
  "dist.value": f(["value", "s", "Always this long"], ["数值", "秒", "总是这么长"]),
  "dist.mean": f(["mean", "s", "Average time"], ["均值", "秒", "平均时间"]),
  "dist.min": f(["min", "s", "Shortest time"], ["最小", "秒", "最短时间"]),
  "dist.max": f(["max", "s", "Longest time"], ["最大", "秒", "最长时间"]),
  "dist.cv": f(
    ["cv", undefined, "Spread: standard deviation ÷ mean"],
    ["变异系数", undefined, "离散程度：标准差 ÷ 均值"],
  ),
  "dist.k": f(
    ["k", undefined, "Phases: more is more regular"],
    ["阶数 k", undefined, "阶数越多越规则"],
  ),
  "dist.alpha": f(
    ["alpha", undefined, "Tail: smaller is heavier"],
    ["尾指数 α", undefined, "越小尾部越重"],
  ),
  ...ARRIVAL_FIELD_TEXTS,
  ...PRIORITY_FIELD_TEXTS,
};

/** The format's enumerations: per field, per value, the words; the value itself is shown beside. */
export const ENUM_TEXTS: Record<string, Record<string, Record<Locale, string>>> = {
  algorithm: {
    "round-robin": { en: "In turn", "zh-CN": "轮询" },
    "weighted-round-robin": { en: "In turn, by weight", "zh-CN": "加权轮询" },
    random: { en: "Random", "zh-CN": "随机" },
    "weighted-random": { en: "Random, by weight", "zh-CN": "加权随机" },
    "least-connections": { en: "Fewest in flight", "zh-CN": "最少连接" },
    "least-response-time": { en: "Fastest recent answers", "zh-CN": "最短响应时间" },
    "power-of-two": { en: "Better of two at random", "zh-CN": "随机二选一" },
    hash: { en: "By key (sticky)", "zh-CN": "按键哈希（粘性）" },
    dns: { en: "DNS round robin", "zh-CN": "DNS 轮询" },
  },
  "workload.kind": {
    open: { en: "Open: a rate", "zh-CN": "开放式：按速率" },
    closed: { en: "Closed: users", "zh-CN": "封闭式：按用户数" },
    trace: { en: "Recorded arrivals", "zh-CN": "回放记录" },
  },
  "workload.arrival": {
    poisson: { en: "Random gaps", "zh-CN": "随机间隔（泊松）" },
    uniform: { en: "Evenly spaced", "zh-CN": "均匀间隔" },
    ...ARRIVAL_ENUM_TEXTS,
  },
  discipline: {
    fifo: { en: "First come, first served", "zh-CN": "先到先服务" },
    lifo: { en: "Last come, first served", "zh-CN": "后到先服务" },
    codel: { en: "Drop when waits stay long", "zh-CN": "排队过久即丢弃" },
    "adaptive-lifo": { en: "Newest first when overloaded", "zh-CN": "过载时后到先服务" },
  },
  "calls.mode": {
    sync: { en: "Waits for the answer", "zh-CN": "同步：等待回应" },
    async: { en: "Sends and goes on", "zh-CN": "异步：发出即继续" },
  },
  "faults.kind": {
    crash: { en: "Crash", "zh-CN": "宕机" },
    slow: { en: "Slow down", "zh-CN": "变慢" },
    errors: { en: "Errors", "zh-CN": "出错" },
    partition: { en: "Network partition", "zh-CN": "网络分区" },
    ...ROUTING_FAULT_KINDS,
  },
  ...PRIORITY_ENUM_TEXTS,
};
