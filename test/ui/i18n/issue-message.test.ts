import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { EXPECTATION_TEXT, ISSUE_TEXT } from "../../../src/scenario/issue-text";
import { parseScenario, parseScenarioText } from "../../../src/scenario/parse";
import { CATALOGUES } from "../../../src/ui/i18n/catalogue";
import { issueMessage, issuePlace } from "../../../src/ui/i18n/issue-message";

const zh: Record<string, string> = CATALOGUES["zh-CN"];
const en: Record<string, string> = CATALOGUES.en;
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const keys = [
  ...Object.keys(ISSUE_TEXT).map((code) => `issue.${code}`),
  ...Object.keys(EXPECTATION_TEXT).map((code) => `expect.${code}`),
  "issue.suggestion",
];

describe("validator issues in the page's languages", () => {
  it.each(keys)("%s has an English and a Chinese text with the same placeholders", (key) => {
    expect(en[key]).toBeTruthy();
    expect(zh[key]).toBeTruthy();
    expect(placeholders(zh[key])).toEqual(placeholders(en[key]));
  });

  it("says every issue in Chinese, not in English", () => {
    for (const code of Object.keys(ISSUE_TEXT)) {
      expect(zh[`issue.${code}`], code).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it("renders a sample of issues in zh-CN with the document's values verbatim", () => {
    const result = parseScenario({
      version: 1,
      duration: -5,
      components: [
        { id: "c", type: "client", workload: { kind: "open", rate: 1 }, target: "wbe" },
        { id: "web", type: "server", wokers: 2, discipline: "random", service: {} },
      ],
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const said = [...result.errors, ...result.warnings].map(
      (issue) => `${issuePlace(issue, "zh-CN")}: ${issueMessage(issue, "zh-CN")}`,
    );
    expect(said).toEqual(
      expect.arrayContaining([
        'name: 必填（字符串，或按语言给出的文本对象（{"en": …}））',
        "duration: 应为大于 0 的数，实际为 -5",
        'components[1].discipline: 应为以下之一：fifo, lifo, codel, adaptive-lifo，实际为 "random"',
        'components[0].target: 没有 id 为 "wbe" 的组件；您是不是想写 "web"？',
        'components[1].wokers: 未知字段（已忽略）；您是不是想写 "workers"？',
        "components[1].service: 应为一个分布，或至少把一个请求类别映射到分布",
      ]),
    );
  });

  it("says in English exactly what the validator's message says, for every issue of every preset broken", () => {
    const models = join(import.meta.dirname, "../../../models");
    let checked = 0;
    for (const file of readdirSync(models).filter((f) => f.endsWith(".json"))) {
      const doc = JSON.parse(readFileSync(join(models, file), "utf8"));
      doc.duration = -1;
      doc.warmup = "soon";
      doc.extra = true;
      for (const c of doc.components) {
        c.wokers = 1;
        if (c.target !== undefined) c.target = `${c.target}x`;
        if (c.service !== undefined) c.service = { dist: "exp" };
      }
      const result = parseScenario(doc);
      const issues = result.ok ? result.warnings : [...result.errors, ...result.warnings];
      for (const issue of issues) expect(issueMessage(issue, "en")).toBe(issue.message);
      checked += issues.length;
    }
    expect(checked).toBeGreaterThan(100);
  });

  it("keeps the English text the command line prints", () => {
    const result = parseScenarioText("{,");
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const [error] = result.errors;
    expect(issueMessage(error, "en")).toBe(error.message);
    expect(issuePlace(error, "zh-CN")).toBe("（文档）");
    expect(issueMessage(error, "zh-CN")).toMatch(/^不是有效的 JSON：/);
  });
});
