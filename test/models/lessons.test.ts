/**
 * The workshop presets (models/*.json but the Python stack's, which python-presets.test.ts
 * covers) are lessons to act on: every text in both languages, things to try in one click, and
 * a question the room answers before the change is applied.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseScenarioText } from "../../src/scenario/parse";
import type { Text } from "../../src/scenario/text";

const MODELS = join(import.meta.dirname, "../../models");
const presets = readdirSync(MODELS).filter((f) => f.endsWith(".json") && !f.startsWith("python-"));
const CHINESE = /[\u4e00-\u9fff]/;

function expectBoth(text: Text | undefined, where: string, prose = true): void {
  expect(text, where).toMatchObject({ en: expect.any(String), "zh-CN": expect.any(String) });
  const { en, "zh-CN": zh } = text as { en: string; "zh-CN": string };
  expect(en.trim(), where).not.toBe("");
  if (prose) expect(zh, where).toMatch(CHINESE);
}

describe("workshop presets", () => {
  it("cover the field with at least 12 lessons", () => {
    expect(presets.length).toBeGreaterThanOrEqual(12);
  });

  it.each(presets)("%s is a bilingual lesson with one-click changes and a prediction", (file) => {
    const parsed = parseScenarioText(readFileSync(join(MODELS, file), "utf8"));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    const { scenario } = parsed;
    expectBoth(scenario.name, "name");
    expectBoth(scenario.description, "description");
    for (const c of scenario.components) {
      if (c.label !== undefined) expectBoth(c.label, `${c.id}.label`, false);
    }
    const lesson = scenario.lesson!;
    expectBoth(lesson.goal, "goal");
    expectBoth(lesson.question.text, "question");
    for (const [i, item] of lesson.try.entries()) expectBoth(item.text, `try[${i}]`);
    expect(lesson.try.filter((item) => item.change !== undefined).length).toBeGreaterThanOrEqual(2);
    const prediction = lesson.question.prediction!;
    expect(prediction, "question.prediction").toBeDefined();
    for (const [i, choice] of prediction.choices.entries()) expectBoth(choice, `choices[${i}]`);
  });
});
