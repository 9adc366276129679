import { describe, expect, it } from "vitest";
import { PRESETS } from "../../../src/ui/presets";
import { changedText } from "../../../src/ui/workshop/change";
import { lessonKey, lessonPresets } from "../../../src/ui/workshop/lessons";

describe("the gallery's lessons", () => {
  const lessons = lessonPresets(PRESETS);

  it("are the presets that have a lesson, at least twelve", () => {
    expect(lessons.length).toBeGreaterThanOrEqual(12);
    expect(lessons.map((l) => l.id)).toContain("horizontal-scaling");
  });

  it("leave out a preset that does not validate or has no lesson", () => {
    const text = JSON.stringify({ version: 1, name: "x", duration: 1, components: [] });
    expect(
      lessonPresets([
        { id: "bad", text: "{" },
        { id: "plain", text },
      ]),
    ).toEqual([]);
  });

  it("keep their key while a try change edits the scenario", () => {
    const lesson = lessons.find((l) => l.id === "horizontal-scaling")!;
    const change = lesson.lesson.try[0].change!;
    if (!("set" in change)) throw new Error("expected an edit");
    const next = changedText(lesson.text, change.set);
    if (!next.ok) throw new Error(next.reason);
    const [again] = lessonPresets([{ id: "x", text: next.text }]);
    expect(lessonKey(again.lesson)).toBe(lessonKey(lesson.lesson));
    expect(JSON.parse(next.text).components[2].replicas).toBe(3);
  });
});

describe("changedText", () => {
  it("says why a change does not fit a text that is no longer the scenario", () => {
    expect(changedText("{", [{ path: "duration", value: 1 }]).ok).toBe(false);
    expect(changedText("{}", [{ path: "components.app.workers", value: 1 }])).toEqual({
      ok: false,
      reason: 'components.app.workers: no component has id "app"',
    });
  });
});
