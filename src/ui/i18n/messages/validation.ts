/**
 * The validator's issues in the page's languages. English is the validator's own wording
 * (src/scenario/issue-text.ts, which the command line prints); the Chinese follows it code for
 * code, and `{…}` values quoted from the document are inserted verbatim.
 */
import {
  EXPECTATION_TEXT,
  type ExpectationCode,
  ISSUE_TEXT,
  type IssueCode,
  SUGGESTION_TEXT,
} from "../../../scenario/issue-text";
import { defineMessages } from "../define";
import { routingIssuesZhCN } from "./validation-routing";

type IssueKeys = { [C in IssueCode as `issue.${C}`]: string };
type ExpectationKeys = { [C in ExpectationCode as `expect.${C}`]: string };
type Keys = IssueKeys & ExpectationKeys & { "issue.suggestion": string; "issue.document": string };

function prefixed<T extends Record<string, string>, P extends string>(prefix: P, table: T) {
  return Object.fromEntries(
    Object.entries(table).map(([code, text]) => [`${prefix}.${code}`, text]),
  ) as { [C in keyof T & string as `${P}.${C}`]: string };
}

const en: Keys = {
  ...prefixed("issue", ISSUE_TEXT),
  ...prefixed("expect", EXPECTATION_TEXT),
  "issue.suggestion": SUGGESTION_TEXT,
  "issue.document": "(document)",
};

const zhCN: Keys = {
  ...routingIssuesZhCN,
  "issue.required": "必填（{what}）",
  "issue.mustBe": "应为{what}，实际为 {got}",
  "issue.notJson": "不是有效的 JSON：{reason}",
  "issue.newerVersion": "由更新的 archsim 写成（版本 {version}）；本程序只读版本 {supported}",
  "issue.unknownField": "未知字段（已忽略）",
  "issue.atLeastMin": "应 >= min（{min}），实际为 {max}",
  "issue.warmupTooLong": "应小于 duration（{duration}），实际为 {warmup}",
  "issue.noClient": "没有客户端，因此不会发出任何请求",
  "issue.noScenario": "尚未载入场景",
  "issue.cacheNeedsSize": "缓存需要 capacity（保存的键数，用于带键的请求）或 hitRatio",
  "issue.rateZero": "为 0 且没有 schedule 提高它，因此该客户端不发送任何请求",
  "issue.underNanosecond":
    "约为 {value} 秒：大于 0 却不到一纳秒，现实中没有这么快的步骤。由这样的步骤组成的循环（立即返回的应答、重试、思考时间）会无休止地运行，而时钟几乎不动；不需要时间请写 0（不耗时的循环会被发现并报告），否则请写实际的时长",
  "issue.requestRateTooHigh":
    "每模拟秒最多发送 {rate} 个请求，远超可运行的范围：archsim 最快每秒模拟几百万个请求，一个模拟秒至少要计算 {seconds} 秒",
  "issue.workBeyondBudget":
    "按客户端的峰值速率约需 {requests} 个请求、至少 {events} 个事件：超过一次运行允许的 {max} 个（约一分钟的计算），所以运行会被停止，否则最快也要计算 {seconds} 秒。请缩短时长或降低负载（命令行的 --max-events 可以提高上限）",
  "issue.retryLoop":
    "允许 {max} 次重试，间隔可短至 {delay} 秒：目标立即拒绝时（队列已满、熔断器打开），每个请求都会这样循环许多次而时钟几乎不动，运行可能永远不会结束。请给重试至少一毫秒的退避，或把 max 设为几次",
  "issue.paretoInfiniteMean":
    "为 {alpha}：alpha <= 1 的 pareto 分布均值无穷大，所以无论运行多久，平均值和百分位数都不会稳定；接近 0 时抽出的时间超出任何运行能到达的时刻。请使用大于 1 的 alpha（实际中常见的重尾为 2 到 3）",
  "issue.scheduleOrder": "应晚于上一项的 at（{previous}）：schedule 按时间排序，实际为 {at}",
  "issue.mixEmpty": "至少要列出一个请求类别",
  "issue.duplicateClass": "重复的类别 {class}（另见 {other}）",
  "issue.cannotFail": "{type} 没有可以发生故障的实例",
  "issue.partitionInstance": "网络分区切断的是整个组件，不能指定实例",
  "issue.callCycle": "调用环 {cycle} 永远不会结束",
  "issue.callCycleOfClass": "调用环 {cycle} 永远不会结束（类别为 {class} 的请求）",
  "issue.tooManyCycles": "调用环超过 {max} 个；只报告前面的",
  "issue.tooDeep": "嵌套超过 {max} 层；场景只需约 8 层，所以不读取这份文档的任何内容",
  "issue.tooManyComponents": "有 {count} 个组件；最多能模拟 {max} 个",
  "issue.textTooLong": "超过 {max} 个字符",
  "issue.overLimit": "不能超过 {max}（archsim 的上限，见 docs/scenario-format.md），实际为 {got}",
  "issue.serviceMissingClass": "没有类别 {class} 的条目（由 {client} 发送），也没有 “default” 条目",
  "issue.whenNeverSent": "没有客户端发送类别 {class}，因此这个调用永远不会发生",
  "issue.duplicateId": "重复的 id {id}（另见 {other}）",
  "issue.unknownId": "没有 id 为 {id} 的组件",
  "issue.targetIsClient": "{id} 是客户端；客户端发送请求，不接收请求",
  "issue.scalesNonServer": "{id} 是 {type}；自动扩缩容器只能扩缩服务器",
  "issue.targetIsAutoscaler": "{id} 是自动扩缩容器；它扩缩服务器，不接收请求",
  "issue.faultOnClient": "{id} 是客户端，没有可注入故障的实例",
  "issue.instanceOutOfRangeOne": "应 < {count}（{id} 有 {count} 个实例），实际为 {instance}",
  "issue.instanceOutOfRange": "应 < {count}（{id} 有 {count} 个实例），实际为 {instance}",
  "issue.classPriorityConflict":
    "类别 {class} 在 {at} 的优先级为 {other}；一个类别无论从哪里发出都只有一个优先级，此处为 {priority}",
  "issue.preemptiveSharedCpu":
    "抢占需要每个工作线程一个核心（cores >= workers，此处 {cores} < {workers}）：共享 CPU 时没有请求独占工作线程",
  "issue.priorityUnderCodel":
    "请求类别设有优先级，但 {discipline} 队列按等待时间排序：此处不应用优先级",
  "issue.codelIgnored": "只在 discipline 为 “codel” 或 “adaptive-lifo” 时有效（已忽略）",
  "issue.arrivalFieldIgnored": "只在 arrival 为 {arrival} 时有效（已忽略）",
  "issue.capacityChangeEmpty": "既没有设置 workers 也没有设置 replicas，不会改变任何东西",
  "issue.scheduledAutoscaled": "不能按日程变化：自动伸缩器 {autoscaler} 决定该服务器的副本数",
  "issue.serviceMapEmpty": "应为一个分布，或至少把一个请求类别映射到分布",
  "issue.emptyClassName": "请求类别的名称不能为空",
  "issue.traceNeedsOne": "trace 需要 timestamps 或 rates（二者之一）",
  "issue.traceBackwards": "时间不能倒退：第 {index} 个值（{value}）早于 {previous}",
  "issue.traceTooLong": "有 {count} 个值；最多读取 {max} 个",
  "issue.traceValue": "第 {index} 个值应为大于等于 0 的有限数，实际为 {got}",
  "issue.noTargets": "负载均衡器至少需要一个目标",
  "issue.ttlIgnored": "只在 algorithm 为 “dns” 时有效（已忽略）",
  "issue.unknownLanguage": "未知语言 {language}（已忽略）；可用的语言为 {languages}",
  "issue.noLanguage": "至少要有 {languages} 中一种语言的文本",
  "issue.changeOneOf": "应有 “set”（修改场景）或 “live”（对运行中的模拟做假设实验）二者之一",
  "issue.setEmpty": "至少要设置一个值",
  "issue.pathEmptySegment": "含有空的路径段",
  "issue.pathPrototype": "指向了对象的原型",
  "issue.pathRoot": "应以以下之一开头：{roots}",
  "issue.pathComponentField": "应指向组件的字段：components.<id>.<字段>",
  "issue.changeFails": "无法应用：{reason}",
  "issue.changeInvalid": "得到的场景无法通过校验：{issue}",
  "issue.liveTarget": "{id} 是 {type}；{kind} 假设实验只适用于 {needs}",
  "issue.liveReplicas": "实时修改时最多为 {max}（{id} 副本数的 4 倍），实际为 {got}",
  "issue.choicesCount": "应提供 2 到 {max} 个选项，实际为 {count} 个",
  "issue.predictionPartial": "预测需要同时给出 figure、choices、answer 和 try；缺少 {missing}",
  "issue.predictedTryNoChange": "第 {index} 项尝试没有 set 修改：预测比较的是修改前后的两次运行",
  "issue.suggestion": "；您是不是想写 {suggestion}？",
  "issue.document": "（文档）",
  "expect.finiteNumber": "有限数",
  "expect.positiveNumber": "大于 0 的数",
  "expect.positiveFiniteNumber": "大于 0 的有限数",
  "expect.nonNegativeNumber": "大于等于 0 的数",
  "expect.nonNegativeFiniteNumber": "大于等于 0 的有限数",
  "expect.fraction": "0 到 1 之间的数",
  "expect.finiteFraction": "0 到 1 之间的有限数",
  "expect.positiveFraction": "大于 0 且不超过 1 的数",
  "expect.positiveFiniteFraction": "大于 0 且不超过 1 的有限数",
  "expect.atLeastOne": "大于等于 1 的数",
  "expect.finiteAtLeastOne": "大于等于 1 的有限数",
  "expect.positiveInteger": "大于等于 1 的整数",
  "expect.nonNegativeInteger": "大于等于 0 的整数",
  "expect.integerBetween": "{min} 到 {max} 之间的整数",
  "expect.string": "字符串",
  "expect.nonEmptyString": "非空字符串",
  "expect.boolean": "true 或 false",
  "expect.oneOf": "以下之一：{options}",
  "expect.array": "数组",
  "expect.object": "对象",
  "expect.scenario": "场景对象",
  "expect.versionOne": "1",
  "expect.componentArray": "组件数组",
  "expect.componentId": "由小写字母、数字、“_” 和 “-” 组成的 id",
  "expect.faultArray": "故障数组",
  "expect.idArray": "组件 id 的数组",
  "expect.target": '组件 id 或 {"id":…,"weight":…}',
  "expect.dist": '分布，例如 {"dist":"exp","mean":0.1}',
  "expect.service": "分布，或从请求类别到分布的映射",
  "expect.traceValues": "数字数组，或每行一个数字的 CSV 文本",
  "expect.text": '字符串，或按语言给出的文本对象（{"en": …}）',
  "expect.tryItem": '字符串，或 {"text": …, "change": …}',
  "expect.question": '字符串，或 {"text": …}',
  "expect.anyValue": "任意 JSON 值（null 表示删除该字段）",
};

export const validation = defineMessages({ en, "zh-CN": zhCN });
