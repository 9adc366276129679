/**
 * The inspector's words for class priorities and backpressure (docs/scenario-format.md,
 * "Priorities" and "Backpressure"), merged into FIELD_TEXTS and ENUM_TEXTS (fields.ts).
 */
import type { Locale } from "../locale";

interface FieldText {
  name: string;
  unit?: string;
  help: string;
}

export const PRIORITY_FIELD_TEXTS: Record<string, Record<Locale, FieldText>> = {
  "mix.priority": {
    en: {
      name: "Priority",
      help: "Higher is served first at servers, databases and queues; empty: 0",
    },
    "zh-CN": { name: "优先级", help: "数值越大，在服务器、数据库和队列中越先处理；留空：0" },
  },
  preemptive: {
    en: {
      name: "Preempt lower priorities",
      help: "On: an urgent request takes the worker of a less urgent one, which resumes later",
    },
    "zh-CN": {
      name: "抢占低优先级",
      help: "开：紧急请求占用低优先级请求的工作线程，后者稍后从中断处继续",
    },
  },
  whenFull: {
    en: {
      name: "When full",
      help: "Reject the request, or hold its caller until there is room (backpressure)",
    },
    "zh-CN": { name: "满载时", help: "拒绝请求，或让调用方等待直到有空位（背压）" },
  },
};

export const PRIORITY_ENUM_TEXTS: Record<string, Record<string, Record<Locale, string>>> = {
  whenFull: {
    reject: { en: "Reject", "zh-CN": "拒绝" },
    block: { en: "Hold the caller", "zh-CN": "让调用方等待" },
  },
};
