import { defineMessages } from "../define";

/** The first screen's line: what archsim is, and the way in. */
export const intro = defineMessages({
  en: {
    "intro.what":
      "archsim simulates a software architecture under load, live in your browser: requests, queues, latency and failures, with numbers that match queueing theory.",
    "intro.start": "Start with a lesson",
    "intro.start.title":
      "Open the gallery of lessons: each one asks you to predict, then shows what happened",
  },
  "zh-CN": {
    "intro.what":
      "archsim 在浏览器中实时模拟软件架构在负载下的表现：请求、队列、延迟与失败，数字与排队论相符。",
    "intro.start": "从一节课程开始",
    "intro.start.title": "打开课程库：每节课程先请您预测，再揭示实际结果",
  },
});
