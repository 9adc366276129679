/**
 * The Python web-stack presets are lessons for a Chinese- and English-speaking room: every text
 * a participant reads (name, description, lesson, component labels) is written in both.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const MODELS = join(import.meta.dirname, "../../models");
const presets = readdirSync(MODELS).filter((f) => /^python-.*\.json$/.test(f));
const CHINESE = /[\u4e00-\u9fff]/;

/** Both languages; prose must be in Chinese, a label may be a product name ("Nginx") in both. */
function expectBoth(text: unknown, where: string, prose = true): void {
  expect(text, where).toMatchObject({ en: expect.any(String), "zh-CN": expect.any(String) });
  const { en, "zh-CN": zh } = text as { en: string; "zh-CN": string };
  expect(en.trim(), where).not.toBe("");
  expect(zh.trim(), where).not.toBe("");
  if (prose) expect(zh, where).toMatch(CHINESE);
}

describe("Python web-stack presets", () => {
  it("are at least the nine lessons of issue 7", () => {
    expect(presets.length).toBeGreaterThanOrEqual(9);
  });

  it.each(presets)("%s speaks English and Simplified Chinese", (file) => {
    const doc = JSON.parse(readFileSync(join(MODELS, file), "utf8"));
    expectBoth(doc.name, "name");
    expectBoth(doc.description, "description");
    expectBoth(doc.lesson.goal, "lesson.goal");
    // A try item or the question may be an object holding its text (lessons you can act on).
    const textOf = (item: { text?: unknown }) => item.text ?? item;
    const { question } = doc.lesson;
    expectBoth(textOf(question), "lesson.question");
    for (const [i, choice] of (question.choices ?? []).entries()) {
      expectBoth(choice, `lesson.question.choices[${i}]`);
    }
    doc.lesson.try.forEach((item: { text?: unknown }, i: number) => {
      expectBoth(textOf(item), `lesson.try[${i}]`);
    });
    for (const c of doc.components) expectBoth(c.label, `${c.id}.label`, false);
  });
});
