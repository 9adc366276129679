import { defineMessages } from "../define";

/** The scenario panel: description, lesson, JSON text (src/ui/scenario-panel.ts). */
export const scenario = defineMessages({
  en: {
    "scenario.title": "Scenario",
    "scenario.tryThis": "Try this",
    "scenario.json": "Scenario JSON",
    "scenario.load": "Load",
    "scenario.load.title": "Validate and run this text (Ctrl+Enter)",
    "scenario.revert": "Revert",
    "scenario.revert.title": "Put back the text last loaded",
    "scenario.edited": "edited, not loaded yet",
    "scenario.invalid": "not loaded: see the errors above",
    "scenario.loaded": "loaded",
    "scenario.warning": "warning: {place}: {message}",
  },
  "zh-CN": {
    "scenario.title": "场景",
    "scenario.tryThis": "动手试试",
    "scenario.json": "场景 JSON",
    "scenario.load": "载入",
    "scenario.load.title": "校验并运行这段文本（Ctrl+Enter）",
    "scenario.revert": "还原",
    "scenario.revert.title": "恢复为上次载入的文本",
    "scenario.edited": "已修改，尚未载入",
    "scenario.invalid": "未载入：请看上方的错误",
    "scenario.loaded": "已载入",
    "scenario.warning": "警告：{place}：{message}",
  },
});
