import { defineMessages } from "../define";

/** The banner over the page: a stopped simulation, a scenario that did not load, a notice. */
export const banner = defineMessages({
  en: {
    "banner.stopped": "The simulation stopped.",
    "banner.textKept":
      "Your scenario text is kept, below and in this browser: reloading the page starts it again.",
    "banner.reload": "Reload",
    "banner.notLoaded": "This scenario was not loaded ({errors}){rest}.",
    "banner.errors.one": "1 error",
    "banner.errors.many": "{count} errors",
    "banner.previous.running": "; the previous scenario runs on",
    "banner.previous.loaded": "; the previous scenario stays loaded",
    "banner.correctIt":
      "Your text is kept in the scenario editor below: correct it and press Load.",
    "banner.showPlace": "Show this place in the scenario text",
    "banner.workerFailed": "the simulation worker failed: {reason}",
    "banner.workerStopped": "the simulation worker stopped: {reason}",
    "banner.workerNotStarted": "the simulation worker did not start: {reason}",
    "banner.unknownError": "unknown error",
    "banner.clockStopped":
      "Simulated time stopped advancing at t = {time} s: over {events} events in a row at that instant. Something loops without taking any time: give the think time, the service times or the network a duration above 0.",
    "banner.clockCrawls":
      "Simulated time barely advances from t = {time} s: over {events} events in a row took it only to t = {reached} s. Something loops in steps far too short to matter: give the think time, the service times or the network durations of a microsecond or more.",
    "banner.unschedulable":
      "{component} asked for an event {delay} s after t = {time} s, which is not a time the run can reach. A duration of the scenario is too long or not a number: check its distributions (a pareto alpha near 0 draws unbounded times).",
    "banner.engineBug": "the engine failed, which is a bug (please report it): {reason}",
  },
  "zh-CN": {
    "banner.stopped": "模拟已停止。",
    "banner.textKept": "您的场景文本已保留在下方和本浏览器中：重新载入页面即可再次运行。",
    "banner.reload": "重新载入",
    "banner.notLoaded": "这个场景没有载入（{errors}）{rest}。",
    "banner.errors.one": "1 个错误",
    "banner.errors.many": "{count} 个错误",
    "banner.previous.running": "；之前的场景继续运行",
    "banner.previous.loaded": "；之前的场景仍然保持载入",
    "banner.correctIt": "您的文本保留在下方的场景编辑器中：改正后按“载入”。",
    "banner.showPlace": "在场景文本中显示此处",
    "banner.workerFailed": "模拟 worker 出错：{reason}",
    "banner.workerStopped": "模拟 worker 已停止：{reason}",
    "banner.workerNotStarted": "模拟 worker 没能启动：{reason}",
    "banner.unknownError": "未知错误",
    "banner.clockStopped":
      "模拟时间在 t = {time} 秒停止前进：在这一时刻连续发生了超过 {events} 个事件。有什么在不花任何时间地循环：请给思考时间、服务时间或网络设一个大于 0 的时长。",
    "banner.clockCrawls":
      "模拟时间从 t = {time} 秒起几乎不再前进：连续超过 {events} 个事件只把它推进到 t = {reached} 秒。有什么在以短得没有意义的步长循环：请给思考时间、服务时间或网络设至少一微秒的时长。",
    "banner.unschedulable":
      "{component} 在 t = {time} 秒请求 {delay} 秒之后的事件，运行无法到达这个时间。场景中的某个时长过长或不是数字：请检查其分布（pareto 的 alpha 接近 0 时会抽出无界的时间）。",
    "banner.engineBug": "引擎出错，这是一个缺陷（请报告）：{reason}",
  },
});
