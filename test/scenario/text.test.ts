import { describe, expect, it } from "vitest";
import { Report } from "../../src/scenario/issues";
import { parseScenario } from "../../src/scenario/parse";
import { localize, plainText, readText } from "../../src/scenario/text";
import { minimal } from "./documents";

function read(value: unknown) {
  const report = new Report();
  const text = readText(report, value, "name");
  return {
    text,
    errors: report.errors.map((i) => `${i.path}: ${i.message}`),
    warnings: report.warnings.map((i) => `${i.path}: ${i.message}`),
  };
}

describe("readText", () => {
  it("takes a plain string as it is", () => {
    expect(read("Cache")).toEqual({ text: "Cache", errors: [], warnings: [] });
  });

  it("takes one string per language", () => {
    expect(read({ en: "Cache", "zh-CN": "缓存" })).toEqual({
      text: { en: "Cache", "zh-CN": "缓存" },
      errors: [],
      warnings: [],
    });
  });

  it("warns about a language it does not know and ignores its text", () => {
    const result = read({ en: "Cache", fr: "Cache mémoire" });
    expect(result.text).toEqual({ en: "Cache" });
    expect(result.errors).toEqual([]);
    expect(result.warnings).toEqual([
      'name.fr: unknown language "fr" (ignored); the languages are en, zh-CN',
    ]);
  });

  it("refuses a text of another type, at its path", () => {
    expect(read(3).errors).toEqual([
      'name: must be a string or an object of texts by language ({"en": …}), got 3',
    ]);
    expect(read({ en: 3 }).errors).toEqual(["name.en: must be a string, got 3"]);
    expect(read({ "zh-CN": null }).errors).toEqual(['name["zh-CN"]: must be a string, got null']);
  });

  it("refuses an object with no language it knows", () => {
    const result = read({ fr: "Bonjour" });
    expect(result.errors).toEqual(["name: must have a text in at least one of en, zh-CN"]);
    expect(read({}).errors).toEqual(["name: must have a text in at least one of en, zh-CN"]);
  });
});

describe("localize", () => {
  const both = { en: "Cache", "zh-CN": "缓存" };

  it("picks the language asked for", () => {
    expect(localize(both, "zh-CN")).toBe("缓存");
    expect(localize(both, "en")).toBe("Cache");
  });

  it("falls back to English, then to any language the text has", () => {
    expect(localize(both, "de")).toBe("Cache");
    expect(localize({ "zh-CN": "缓存" }, "en")).toBe("缓存");
  });

  it("gives a plain string in every language", () => {
    expect(localize("Cache", "zh-CN")).toBe("Cache");
  });

  it("gives the command line English, or else the first language", () => {
    expect(plainText(both)).toBe("Cache");
    expect(plainText({ "zh-CN": "缓存" })).toBe("缓存");
  });
});

describe("scenario text in two languages", () => {
  it("is read for the name, the description, labels and the lesson", () => {
    const doc = minimal();
    doc.name = { en: "Shop", "zh-CN": "商店" };
    doc.description = { "zh-CN": "一个小商店" };
    (doc.components as Record<string, unknown>[])[1].label = { en: "Web", "zh-CN": "网站" };
    doc.lesson = {
      goal: { en: "Goal", "zh-CN": "目标" },
      try: ["plain", { en: "Try", "zh-CN": "试试" }],
      question: { en: "Why?", "zh-CN": "为什么？" },
    };
    const result = parseScenario(doc);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.warnings).toEqual([]);
    expect(result.scenario.name).toEqual({ en: "Shop", "zh-CN": "商店" });
    expect(result.scenario.description).toEqual({ "zh-CN": "一个小商店" });
    expect(result.scenario.components[1].label).toEqual({ en: "Web", "zh-CN": "网站" });
    expect(result.scenario.lesson?.try[1]).toEqual({ text: { en: "Try", "zh-CN": "试试" } });
  });

  it("reports a bad label at its path", () => {
    const doc = minimal();
    (doc.components as Record<string, unknown>[])[1].label = { en: 1 };
    const result = parseScenario(doc);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => e.path)).toEqual(["components[1].label.en"]);
  });
});
