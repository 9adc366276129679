import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { applyChange } from "../../../src/scenario/lesson-change";
import { parseScenario, parseScenarioText } from "../../../src/scenario/parse";
import { runTasks } from "../../../src/sim/batch/task";
import { runScenario } from "../../../src/sim/run";
import { changedText } from "../../../src/ui/workshop/change";
import { figureValue, formatFigure } from "../../../src/ui/workshop/figures";
import { revealFigures, revealRuns } from "../../../src/ui/workshop/reveal-runs";

const MODELS = join(import.meta.dirname, "../../../models");

/** Every bundled preset whose lesson predicts what an edit does, with that edit's operations. */
const PREDICTED = readdirSync(MODELS)
  .filter((file) => file.endsWith(".json"))
  .flatMap((file) => {
    const text = readFileSync(join(MODELS, file), "utf8");
    const parsed = parseScenarioText(text);
    const prediction = parsed.ok ? parsed.scenario.lesson?.question.prediction : undefined;
    if (!parsed.ok || prediction === undefined) return [];
    const change = parsed.scenario.lesson!.try[prediction.try].change;
    if (change === undefined || !("set" in change)) return [];
    return [{ id: file.replace(/\.json$/, ""), text, figure: prediction.figure, set: change.set }];
  });

describe("the runs a prediction's reveal is worked out on", () => {
  it("finds the lessons that predict an edit", () => {
    expect(PREDICTED.length).toBeGreaterThanOrEqual(17);
  });

  // The headless check (test/models/predictions.test.ts) runs runScenario on the document as it
  // is and with the change, each on its own seed; a task runs runScenario on its document and
  // seed (src/sim/batch/task.ts), so the same inputs give the same figures, number for number.
  it.each(PREDICTED)("are the headless check's runs for $id", ({ text, set }) => {
    const document = JSON.parse(text);
    const before = parseScenario(document);
    const changed = applyChange(document, set);
    if (!before.ok || !changed.ok) throw new Error("the preset or its change is refused");
    const after = parseScenario(changed.document);
    if (!after.ok) throw new Error(JSON.stringify(after.errors));
    const edited = changedText(text, set);
    const runs = edited.ok ? revealRuns(text, edited.text) : null;
    expect(runs).toEqual({
      ok: true,
      tasks: [
        { document, seed: before.scenario.seed },
        { document: changed.document, seed: after.scenario.seed },
      ],
    });
  });

  it("shows one server's p99 falling more than fivefold with a fifth worker", () => {
    const lesson = PREDICTED.find((p) => p.id === "one-server-saturating")!;
    const edited = changedText(lesson.text, lesson.set);
    const runs = edited.ok ? revealRuns(lesson.text, edited.text) : null;
    if (!runs?.ok) throw new Error("the lesson's change is refused");
    // runTasks is the batch run in this thread: what the page's worker pool reproduces exactly.
    const { before, after } = revealFigures("p99", runTasks(runs.tasks));
    const parsed = parseScenarioText(lesson.text);
    if (!parsed.ok) throw new Error("the preset is refused");
    expect(before.value).toBe(figureValue(runScenario(parsed.scenario), "p99"));
    expect(before).toMatchObject({ seed: "1", duration: 300 });
    expect(after).toMatchObject({ seed: "1", duration: 300 });
    expect(formatFigure("p99", before.value, "en")).toBe("2.87 s");
    expect(formatFigure("p99", after.value, "en")).toBe("438 ms");
    expect(after.value).toBeLessThan(before.value / 5);
  });

  it("runs the text after the change on its own seed when the change sets one", () => {
    const lesson = PREDICTED.find((p) => p.id === "one-server-saturating")!;
    const after = changedText(lesson.text, [{ path: "seed", value: "7" }]);
    if (!after.ok) throw new Error(after.reason);
    const runs = revealRuns(lesson.text, after.text);
    expect(runs.ok && runs.tasks.map((task) => task.seed)).toEqual(["1", "7"]);
  });

  it("reads a text that starts with a byte-order mark", () => {
    const lesson = PREDICTED[0];
    const runs = revealRuns(`\uFEFF${lesson.text}`, lesson.text);
    expect(runs.ok && runs.tasks[0].document).toEqual(JSON.parse(lesson.text));
  });

  it("refuses a text that does not validate, with the validator's issue", () => {
    const lesson = PREDICTED[0];
    const broken = changedText(lesson.text, [{ path: "duration", value: -1 }]);
    if (!broken.ok) throw new Error(broken.reason);
    expect(revealRuns(lesson.text, broken.text)).toMatchObject({
      ok: false,
      problem: { kind: "invalid", issue: { path: "duration" } },
    });
    expect(revealRuns("{", lesson.text)).toMatchObject({
      ok: false,
      problem: { kind: "invalid", issue: { code: "notJson" } },
    });
  });
});
