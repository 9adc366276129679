/**
 * The lessons among the presets: every bundled scenario that validates and has a lesson, with
 * what a gallery card shows. Pure, so the gallery's content is tested without a page.
 */
import { parseScenarioText } from "../../scenario/parse";
import { plainText, type Text } from "../../scenario/text";
import type { Lesson } from "../../scenario/types";

export interface LessonPreset {
  /** The preset's file name without `.json`. */
  id: string;
  name: Text;
  lesson: Lesson;
  /** The scenario's text, as loaded when the lesson is opened. */
  text: string;
}

/** The presets that are lessons, in their order (a preset that does not validate is left out). */
export function lessonPresets(presets: readonly { id: string; text: string }[]): LessonPreset[] {
  const lessons: LessonPreset[] = [];
  for (const preset of presets) {
    const parsed = parseScenarioText(preset.text);
    if (!parsed.ok || parsed.scenario.lesson === undefined) continue;
    lessons.push({
      id: preset.id,
      name: parsed.scenario.name,
      lesson: parsed.scenario.lesson,
      text: preset.text,
    });
  }
  return lessons;
}

/** A key that stays the same while one lesson is shown, whatever its try changes edit. */
export function lessonKey(lesson: Lesson): string {
  return JSON.stringify([plainText(lesson.goal), lesson.try.map((t) => plainText(t.text))]);
}
