import { defineMessages } from "../define";

/**
 * A long run's progress and the offer to stop it (run-progress.ts), and the offer after a run
 * that froze or crashed the tab (recovery.ts).
 */
export const recovery = defineMessages({
  en: {
    "progress.text": "{percent}% simulated, {left} left at this pace",
    "progress.left.seconds": "about {n} s",
    "progress.left.minutes": "about {n} min",
    "progress.left.hours": "about {n} h",
    "progress.left.days": "about {n} days",
    "progress.left.year": "more than a year",
    "progress.stop": "Stop",
    "progress.stop.title": "Stop this long run here (it pauses; Play goes on)",
    "recovery.text":
      "Last time, this page stopped answering or closed while a scenario was running. It has not been run again.",
    "recovery.openPaused": "Open it paused",
    "recovery.discard": "Discard it",
  },
  "zh-CN": {
    "progress.text": "已模拟 {percent}%，按当前速度还需{left}",
    "progress.left.seconds": "约 {n} 秒",
    "progress.left.minutes": "约 {n} 分钟",
    "progress.left.hours": "约 {n} 小时",
    "progress.left.days": "约 {n} 天",
    "progress.left.year": "一年以上",
    "progress.stop": "停止",
    "progress.stop.title": "在这里停止这次长时间的运行（暂停；按播放继续）",
    "recovery.text": "上次运行场景时，这个页面失去响应或被关闭了。该场景没有再次运行。",
    "recovery.openPaused": "打开但暂停",
    "recovery.discard": "丢弃它",
  },
});
