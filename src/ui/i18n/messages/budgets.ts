import { defineMessages } from "../define";

/** A run stopped by a budget (src/sim/work-budget.ts, src/sim/memory-budget.ts). */
export const budgets = defineMessages({
  en: {
    "budget.work":
      "This run would take about {projected} events ({rate} per simulated second for {duration} s), more than the {max} a run may take (about a minute of computing): it was stopped at t = {time} s. Shorten the duration or lower the load; the command line can raise the limit (--max-events).",
    "budget.workAtZero":
      "This run took the {max} events a run may take (about a minute of computing) with the simulated clock still at 0. Something sends or retries far too often: give it a delay, or lower the load.",
    "budget.memory":
      "{component} holds {held} requests at t = {time} s ({total} in flight in all), the most a run may hold. Its queue grows without bound, as more arrives than it can serve: give it a queue capacity (queue), more workers or replicas, or less load.",
  },
  "zh-CN": {
    "budget.work":
      "这次运行大约需要 {projected} 个事件（每模拟秒 {rate} 个，共 {duration} 秒），超过了一次运行允许的 {max} 个（约一分钟的计算）：已在 t = {time} 秒停止。请缩短时长或降低负载；命令行可以提高上限（--max-events）。",
    "budget.workAtZero":
      "这次运行用完了一次运行允许的 {max} 个事件（约一分钟的计算），模拟时钟却仍在 0。有什么在过于频繁地发送或重试：请给它一个延迟，或降低负载。",
    "budget.memory":
      "{component} 在 t = {time} 秒时持有 {held} 个请求（全部在途请求 {total} 个），已达到一次运行允许的上限。它的队列无限增长，到达的请求多于它能处理的：请给它设置队列容量（queue）、更多 worker 或副本，或降低负载。",
  },
});
