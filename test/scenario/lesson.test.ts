import { describe, expect, it } from "vitest";
import { formatIssue } from "../../src/scenario/issues";
import { parseScenario } from "../../src/scenario/parse";
import { type Doc, minimal } from "./documents";

function withLesson(lesson: unknown): Doc {
  const doc = minimal();
  doc.lesson = lesson as Doc;
  return doc;
}

function errors(lesson: unknown): string[] {
  const result = parseScenario(withLesson(lesson));
  return result.ok ? [] : result.errors.map(formatIssue);
}

const change = { set: [{ path: "components.web.workers", value: 4 }] };

/** A lesson whose one thing to try is the live what-if `l`. */
const live = (l: object) => ({
  goal: "g",
  try: [{ text: "t", change: { live: l } }],
  question: "q",
});

describe("lessons", () => {
  it("read plain strings as texts without changes", () => {
    const result = parseScenario(withLesson({ goal: "g", try: ["a"], question: "q" }));
    expect(result.ok && result.scenario.lesson).toEqual({
      goal: "g",
      try: [{ text: "a" }],
      question: { text: "q" },
    });
  });

  it("read try items with a one-click edit or a live what-if, and a prediction", () => {
    const lesson = {
      goal: { en: "Goal", "zh-CN": "目标" },
      try: [
        { text: { en: "More workers", "zh-CN": "更多工作线程" }, change },
        { text: "Crash it", change: { live: { kind: "crash", target: "web", duration: 10 } } },
        "Just watch",
      ],
      question: {
        text: "What does p99 do?",
        figure: "p99",
        choices: ["goes up", "stays", { en: "goes down", "zh-CN": "下降" }],
        answer: 2,
        try: 0,
      },
    };
    const result = parseScenario(withLesson(lesson));
    if (!result.ok) throw new Error(result.errors.map(formatIssue).join("\n"));
    expect(result.warnings).toEqual([]);
    expect(result.scenario.lesson).toEqual({
      goal: { en: "Goal", "zh-CN": "目标" },
      try: [
        { text: { en: "More workers", "zh-CN": "更多工作线程" }, change },
        { text: "Crash it", change: { live: { kind: "crash", target: "web", duration: 10 } } },
        { text: "Just watch" },
      ],
      question: {
        text: "What does p99 do?",
        prediction: {
          figure: "p99",
          choices: ["goes up", "stays", { en: "goes down", "zh-CN": "下降" }],
          answer: 2,
          try: 0,
        },
      },
    });
  });

  it("refuse a change that is neither an edit nor a what-if, or both", () => {
    expect(errors({ goal: "g", try: [{ text: "t", change: {} }], question: "q" })).toEqual([
      'lesson.try[0].change: must have either "set" (an edit of the scenario) or "live" (a what-if on the running simulation)',
    ]);
  });

  it("refuse an empty edit and a path outside the document's fields", () => {
    expect(errors({ goal: "g", try: [{ text: "t", change: { set: [] } }], question: "q" })).toEqual(
      ["lesson.try[0].change.set: must set at least one value"],
    );
    const bad = { set: [{ path: "version", value: 2 }, { path: "duration" }] };
    expect(errors({ goal: "g", try: [{ text: "t", change: bad }], question: "q" })).toEqual([
      "lesson.try[0].change.set[0].path: must start with one of name, description, seed, duration, warmup, network, zones, components, faults",
      "lesson.try[0].change.set[1].value: is required (a JSON value (null removes the field))",
    ]);
  });

  it("refuse an edit of a component that does not exist", () => {
    const bad = { set: [{ path: "components.db.workers", value: 2 }] };
    expect(errors({ goal: "g", try: [{ text: "t", change: bad }], question: "q" })).toEqual([
      'lesson.try[0].change.set: cannot be applied: components.db.workers: no component has id "db"',
    ]);
  });

  it("refuse an edit that would make the scenario invalid, or misspell a field", () => {
    const invalid = { set: [{ path: "components.web.workers", value: 0 }] };
    expect(errors({ goal: "g", try: [{ text: "t", change: invalid }], question: "q" })).toEqual([
      "lesson.try[0].change: gives a scenario that does not validate: components[1].workers: must be an integer >= 1, got 0",
    ]);
    const typo = { set: [{ path: "components.web.wokers", value: 2 }] };
    expect(errors({ goal: "g", try: [{ text: "t", change: typo }], question: "q" })).toEqual([
      'lesson.try[0].change: gives a scenario that does not validate: components[1].wokers: unknown field (ignored); did you mean "workers"?',
    ]);
  });

  it("refuse a what-if on a component that cannot take it", () => {
    expect(errors(live({ kind: "crash", target: "nope", duration: 5 }))).toEqual([
      'lesson.try[0].change.live.target: no component has id "nope"',
    ]);
    expect(errors(live({ kind: "crash", target: "users", duration: 5 }))).toEqual([
      'lesson.try[0].change.live.target: "users" is a client, which has no instances to fault',
    ]);
    expect(errors(live({ kind: "workers", target: "users", workers: 5 }))).toEqual([
      "lesson.try[0].change.live.target: users is a client; a workers what-if applies to a server",
    ]);
    expect(errors(live({ kind: "replicas", target: "web", replicas: 5 }))).toEqual([
      "lesson.try[0].change.live.replicas: must be at most 4 (4 times the replicas of web) for a live change, got 5",
    ]);
    expect(errors(live({ kind: "slow", target: "web", duration: 5 }))).toEqual([
      "lesson.try[0].change.live.factor: is required (a number > 0)",
    ]);
  });

  it("take a zone down live by its name, as a zone fault names it", () => {
    const zoned = withLesson(live({ kind: "zone", target: "a", duration: 30 }));
    (zoned.components as Doc[])[1].zone = "a";
    const result = parseScenario(zoned);
    if (!result.ok) throw new Error(result.errors.map(formatIssue).join("\n"));
    expect(result.scenario.lesson?.try[0].change).toEqual({
      live: { kind: "zone", target: "a", duration: 30 },
    });

    expect(errors(live({ kind: "zone", target: "b", duration: 30 }))).toEqual([
      'lesson.try[0].change.live.target: no component is in zone "b"',
    ]);
    // A component's id is not a zone.
    expect(errors(live({ kind: "zone", target: "web", duration: 30 }))).toEqual([
      'lesson.try[0].change.live.target: no component is in zone "web"',
    ]);
  });

  it("refuse a prediction that is incomplete, out of range or about a try without a change", () => {
    const q = (extra: object) => ({
      goal: "g",
      try: [{ text: "t", change }, "watch"],
      question: { text: "q", ...extra },
    });
    expect(errors(q({ figure: "p99" }))).toEqual([
      "lesson.question: a prediction needs figure, choices, answer and try together; choices, answer, try is missing",
    ]);
    expect(errors(q({ figure: "p42", choices: ["a", "b"], answer: 2, try: 1 }))).toEqual([
      'lesson.question.figure: must be one of p50, p90, p99, mean, throughput, errors, got "p42"',
      "lesson.question.answer: must be an integer between 0 and 1, got 2",
      "lesson.question.try: try item 1 has no set change: a prediction compares the runs before and after an edit",
    ]);
    expect(errors(q({ figure: "p99", choices: ["a"], answer: 0, try: 0 }))).toEqual([
      "lesson.question.choices: must offer between 2 and 6 choices, got 1",
    ]);
  });
});
