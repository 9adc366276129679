import { defineMessages } from "../define";

/** The inspector's live figures and what-ifs (src/ui/inspector.ts, src/ui/inspector/what-ifs.ts). */
export const inspector = defineMessages({
  en: {
    "inspector.hint":
      "Click a component in the topology to see its configuration and live figures, and to try what-ifs on it.",
    "inspector.live": "Live",
    "inspector.whatIf": "What if…",
    "inspector.applied": "{what}: applied at {time}.",
    "inspector.refused": "{what}: refused. {reason}",
    "inspector.configured": "configured {value}",
    "whatif.kill": "Kill 10 s",
    "whatif.kill.title": "Every instance down for 10 simulated seconds; requests inside are lost",
    "whatif.killOne": "Kill one replica 10 s",
    "whatif.killOne.title":
      "The first replica down for 10 simulated seconds; the others keep serving",
    "whatif.slow": "Slow ×5 for 30 s",
    "whatif.slow.title": "Service times five times longer for 30 simulated seconds",
    "whatif.errors": "10% errors for 30 s",
    "whatif.errors.title": "One request in ten fails with an error for 30 simulated seconds",
    "whatif.database.crash":
      "The whole database (every node) down for 10 simulated seconds; queries inside are lost",
    "whatif.database.slow":
      "Every query five times longer, on every node, for 30 simulated seconds",
    "whatif.database.errors": "One query in ten fails with an error for 30 simulated seconds",
    "whatif.queue.crash":
      "The broker down for 10 simulated seconds: publishes are refused, deliveries stop, the messages it holds survive",
    "whatif.queue.slow": "Consumers take five times longer per message for 30 simulated seconds",
    "whatif.queue.errors":
      "One message in ten fails processing (and is redelivered) for 30 simulated seconds",
    "whatif.cdn.crash": "The edge down for 10 simulated seconds: requests are refused",
    "whatif.cdn.slow": "Answers from the edge five times slower for 30 simulated seconds",
    "whatif.cdn.errors": "One request in ten fails at the edge for 30 simulated seconds",
    "whatif.trace": "A recorded trace replays its own arrivals: nothing to change live.",
    "whatif.closed":
      "A closed workload has a fixed number of users, not a rate: nothing to change live.",
    "whatif.autoscaler":
      "An autoscaler serves no requests, so there is nothing to break here. Every {interval} it compares {target}'s utilisation with {value} and asks for between {min} and {max} replicas; a new replica takes traffic after {warmup}, and after a change it waits {cooldown}. Try the what-ifs on {target} to see it react.",
    "whatif.workers": "Workers per replica",
    "whatif.replicas": "Replicas",
    "whatif.rate": "Arrival rate",
  },
  "zh-CN": {
    "inspector.hint": "在拓扑中点击一个组件，查看它的配置和实时数据，并对它做假设实验。",
    "inspector.live": "实时",
    "inspector.whatIf": "假如……",
    "inspector.applied": "{what}：已在 {time} 生效。",
    "inspector.refused": "{what}：被拒绝。{reason}",
    "inspector.configured": "配置值 {value}",
    "whatif.kill": "宕机 10 秒",
    "whatif.kill.title": "所有实例宕机 10 个模拟秒；正在处理的请求全部丢失",
    "whatif.killOne": "停掉一个副本 10 秒",
    "whatif.killOne.title": "第一个副本宕机 10 个模拟秒；其他副本继续服务",
    "whatif.slow": "变慢 ×5，30 秒",
    "whatif.slow.title": "30 个模拟秒内服务时间变为五倍",
    "whatif.errors": "10% 出错，30 秒",
    "whatif.errors.title": "30 个模拟秒内每十个请求有一个出错",
    "whatif.database.crash": "整个数据库（所有节点）宕机 10 个模拟秒；正在执行的查询全部丢失",
    "whatif.database.slow": "30 个模拟秒内所有节点上的每条查询都慢五倍",
    "whatif.database.errors": "30 个模拟秒内每十条查询有一条出错",
    "whatif.queue.crash": "消息代理宕机 10 个模拟秒：拒绝发布、停止投递，已保存的消息不会丢失",
    "whatif.queue.slow": "30 个模拟秒内消费者处理每条消息的时间变为五倍",
    "whatif.queue.errors": "30 个模拟秒内每十条消息有一条处理失败（并被重新投递）",
    "whatif.cdn.crash": "边缘节点宕机 10 个模拟秒：请求被拒绝",
    "whatif.cdn.slow": "30 个模拟秒内边缘节点的应答慢五倍",
    "whatif.cdn.errors": "30 个模拟秒内每十个请求有一个在边缘节点出错",
    "whatif.trace": "录制的流量按它自己的到达时间回放：没有可以实时修改的内容。",
    "whatif.closed": "封闭负载的用户数是固定的，没有速率可调：没有可以实时修改的内容。",
    "whatif.autoscaler":
      "自动扩缩容器不处理请求，所以这里没有可以弄坏的东西。它每 {interval} 把 {target} 的利用率与 {value} 比较，申请 {min} 到 {max} 个副本；新副本在 {warmup} 后开始接收流量，每次调整后等待 {cooldown}。在 {target} 上做假设实验，看看它如何反应。",
    "whatif.workers": "每个副本的 worker 数",
    "whatif.replicas": "副本数",
    "whatif.rate": "到达速率",
  },
});
