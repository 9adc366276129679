/**
 * A preset's lesson, for workshops: a goal, things to try and a question. As an extension (see
 * docs/scenario-format.md), a thing to try may carry a one-click change — an edit of the
 * scenario (`set`) or a what-if on the running simulation (`live`) — and the question may ask the
 * room to predict what that change does to one figure before it is applied.
 */

import { fieldPath, itemPath, type Report } from "./issues";
import { applyChange, PATH_PARAMS, pathProblem, type SetOperation } from "./lesson-change";
import {
  arrayOf,
  expected,
  type Fields,
  fieldsOf,
  fraction,
  integerBetween,
  isObject,
  nonNegativeInteger,
  nonNegativeNumber,
  oneOf,
  positiveInteger,
  positiveNumber,
  type Reader,
  string,
} from "./read";
import { show } from "./show";
import { readText, type Text } from "./text";
import type { ZoneRef } from "./zones";

/** A what-if on the running simulation, from the moment it is applied (as src/sim/actions.ts). */
export type LiveChange =
  | { kind: "crash"; target: string; duration: number; instance?: number }
  | { kind: "slow"; target: string; duration: number; factor: number; instance?: number }
  | { kind: "errors"; target: string; duration: number; rate: number; instance?: number }
  | { kind: "rate"; target: string; rate: number }
  | { kind: "workers"; target: string; workers: number }
  | { kind: "replicas"; target: string; replicas: number }
  /** Every component in zone `target` down for `duration`: its target is a zone, not an id. */
  | { kind: "zone"; target: string; duration: number };

export const LIVE_KINDS = [
  "crash",
  "slow",
  "errors",
  "rate",
  "workers",
  "replicas",
  "zone",
] as const;

/** An edit of the scenario (which then restarts), or a what-if on the running simulation. */
export type LessonChange = { set: SetOperation[] } | { live: LiveChange };

export interface TryItem {
  text: Text;
  change?: LessonChange;
}

/** The figures of the summary a prediction can be about. */
export const FIGURES = ["p50", "p90", "p99", "mean", "throughput", "errors"] as const;
export type Figure = (typeof FIGURES)[number];

/** Predict-then-reveal: which choice says what try item `try`'s change does to `figure`. */
export interface Prediction {
  figure: Figure;
  choices: Text[];
  /** Index of the right choice. */
  answer: number;
  /** Index of the try item whose change the room predicts. */
  try: number;
}

export interface Question {
  text: Text;
  prediction?: Prediction;
}

export interface Lesson {
  goal: Text;
  try: TryItem[];
  question: Question;
}

export const MAX_CHOICES = 6;

export const readLesson: Reader<Lesson | undefined> = (report, value, path) => {
  const f = fieldsOf(report, value, path);
  if (f === undefined) return undefined;
  const goal = f.required("goal", readText);
  const tries = f.required("try", arrayOf(readTryItem));
  const question = f.required("question", questionReader(tries));
  f.finish();
  return { goal, try: tries, question };
};

const readTryItem: Reader<TryItem> = (report, value, path) => {
  if (!isObject(value) || !Object.hasOwn(value, "text")) {
    if (typeof value === "string" || isObject(value))
      return { text: readText(report, value, path) };
    expected(report, path, value, "tryItem");
    return { text: "" };
  }
  const f = fieldsOf(report, value, path)!;
  const item: TryItem = { text: f.required("text", readText) };
  const change = f.optional("change", readChange);
  if (change !== undefined) item.change = change;
  f.finish();
  return item;
};

const readChange: Reader<LessonChange | undefined> = (report, value, path) => {
  const f = fieldsOf(report, value, path);
  if (f === undefined) return undefined;
  const set = f.has("set");
  const live = f.has("live");
  let change: LessonChange | undefined;
  if (set === live) report.error(path, "changeOneOf");
  else if (set) change = { set: f.required("set", readSet) };
  else {
    const action = f.required("live", readLive);
    if (action !== undefined) change = { live: action };
  }
  f.finish();
  return change;
};

const readSet: Reader<SetOperation[]> = (report, value, path) => {
  const operations = arrayOf(readSetOperation)(report, value, path);
  if (Array.isArray(value) && value.length === 0) report.error(path, "setEmpty");
  return operations;
};

const readSetOperation: Reader<SetOperation> = (report, value, path) => {
  const f = fieldsOf(report, value, path);
  if (f === undefined) return { path: "", value: null };
  const target = f.required("path", string);
  const problem = target === "" ? null : pathProblem(target);
  if (problem !== null) report.error(f.at("path"), problem, PATH_PARAMS);
  if (!f.has("value")) expected(report, f.at("value"), undefined, "anyValue");
  const operation = { path: target, value: f.get("value") ?? null };
  f.finish();
  return operation;
};

const readLive: Reader<LiveChange | undefined> = (report, value, path) => {
  const f = fieldsOf(report, value, path);
  if (f === undefined) return undefined;
  const kind = f.required("kind", oneOf(LIVE_KINDS));
  const target = f.required("target", string);
  const change = liveFields(f, kind, target);
  f.finish();
  return change;
};

function liveFields(f: Fields, kind: LiveChange["kind"], target: string): LiveChange {
  const instance = () => f.optional("instance", nonNegativeInteger);
  const withInstance = <T extends object>(change: T): T => {
    const i = instance();
    return i === undefined ? change : { ...change, instance: i };
  };
  switch (kind) {
    case "crash":
      return withInstance({ kind, target, duration: f.required("duration", positiveNumber) });
    case "slow":
      return withInstance({
        kind,
        target,
        duration: f.required("duration", positiveNumber),
        factor: f.required("factor", positiveNumber),
      });
    case "errors":
      return withInstance({
        kind,
        target,
        duration: f.required("duration", positiveNumber),
        rate: f.required("rate", fraction),
      });
    case "rate":
      return { kind, target, rate: f.required("rate", nonNegativeNumber) };
    case "workers":
      return { kind, target, workers: f.required("workers", positiveInteger) };
    case "replicas":
      return { kind, target, replicas: f.required("replicas", positiveInteger) };
    case "zone":
      return { kind, target, duration: f.required("duration", positiveNumber) };
  }
}

/** The zones the lesson's live changes take down, where they name them: checked as faults' are. */
export function lessonZoneRefs(lesson: Lesson): ZoneRef[] {
  const refs: ZoneRef[] = [];
  lesson.try.forEach((item, i) => {
    const change = item.change;
    if (change === undefined || !("live" in change) || change.live.kind !== "zone") return;
    const path = fieldPath(
      fieldPath(fieldPath(itemPath("lesson.try", i), "change"), "live"),
      "target",
    );
    refs.push({ path, zone: change.live.target });
  });
  return refs;
}

const PREDICTION_FIELDS = ["figure", "choices", "answer", "try"] as const;

function questionReader(tries: TryItem[]): Reader<Question> {
  return (report, value, path) => {
    if (!isObject(value) || !Object.hasOwn(value, "text")) {
      if (typeof value === "string" || isObject(value)) {
        return { text: readText(report, value, path) };
      }
      expected(report, path, value, "question");
      return { text: "" };
    }
    const f = fieldsOf(report, value, path)!;
    const question: Question = { text: f.required("text", readText) };
    const given = PREDICTION_FIELDS.filter((key) => f.has(key));
    if (given.length > 0) {
      const missing = PREDICTION_FIELDS.filter((key) => !f.has(key));
      if (missing.length > 0) {
        report.error(path, "predictionPartial", { missing: missing.join(", ") });
      } else {
        question.prediction = readPrediction(report, f, path, tries);
      }
    }
    f.finish();
    return question;
  };
}

function readPrediction(report: Report, f: Fields, path: string, tries: TryItem[]): Prediction {
  const figure = f.required("figure", oneOf(FIGURES));
  const choices = f.required("choices", arrayOf(readText));
  if (choices.length < 2 || choices.length > MAX_CHOICES) {
    report.error(fieldPath(path, "choices"), "choicesCount", {
      max: String(MAX_CHOICES),
      count: String(choices.length),
    });
  }
  const answer = f.required("answer", integerBetween(0, Math.max(0, choices.length - 1)));
  const index = f.required("try", integerBetween(0, Math.max(0, tries.length - 1)));
  // The reveal compares the run before with the run after, on the same seed: that needs an edit.
  const change = tries[index]?.change;
  if (tries[index] !== undefined && (change === undefined || !("set" in change))) {
    report.error(fieldPath(path, "try"), "predictedTryNoChange", { index: String(index) });
  }
  return { figure, choices, answer, try: index };
}

/** What parseScenario gives back, as far as checkLessonChanges needs it. */
export type Validate = (document: unknown) =>
  | { ok: true; warnings: { path: string; message: string }[] }
  | {
      ok: false;
      errors: { path: string; message: string }[];
    };

/** The components the lesson's live changes may name: id → type and replicas (servers). */
export type ComponentIndex = Map<string, { type: string; replicas: number }>;

/**
 * Checks each change against the scenario it belongs to: a live change must name a component
 * that can take it, and an edit must apply to the document and give a scenario that validates
 * without new warnings (a misspelt field would otherwise be ignored, and the click do nothing).
 */
export function checkLessonChanges(
  report: Report,
  lesson: Lesson,
  document: Record<string, unknown>,
  components: ComponentIndex,
  validate: Validate,
): void {
  const { lesson: _lesson, ...plain } = document;
  let baseline: Set<string> | undefined;
  lesson.try.forEach((item, i) => {
    const change = item.change;
    if (change === undefined) return;
    const path = fieldPath(itemPath("lesson.try", i), "change");
    if ("live" in change) {
      checkLive(report, change.live, fieldPath(path, "live"), components);
      return;
    }
    const applied = applyChange(plain, change.set);
    if (!applied.ok) {
      report.error(fieldPath(path, "set"), "changeFails", { reason: applied.reason });
      return;
    }
    const result = validate(applied.document);
    if (!result.ok) {
      report.error(path, "changeInvalid", { issue: formatted(result.errors[0]) });
      return;
    }
    if (baseline === undefined) {
      const own = validate(plain);
      baseline = new Set(own.ok ? own.warnings.map(formatted) : []);
    }
    const added = result.warnings.map(formatted).find((w) => !baseline!.has(w));
    if (added !== undefined) report.error(path, "changeInvalid", { issue: added });
  });
}

function formatted(issue: { path: string; message: string }): string {
  return `${issue.path === "" ? "(document)" : issue.path}: ${issue.message}`;
}

function checkLive(
  report: Report,
  change: LiveChange,
  path: string,
  components: ComponentIndex,
): void {
  // A zone's name, checked with the faults' zones (lessonZoneRefs).
  if (change.kind === "zone") return;
  const target = components.get(change.target);
  const targetPath = fieldPath(path, "target");
  if (target === undefined) {
    report.error(targetPath, "unknownId", { id: show(change.target) });
    return;
  }
  if (change.kind === "crash" || change.kind === "slow" || change.kind === "errors") {
    if (target.type === "client")
      report.error(targetPath, "faultOnClient", { id: show(change.target) });
    return;
  }
  const needs = change.kind === "rate" ? "client" : "server";
  if (target.type !== needs) {
    report.error(targetPath, "liveTarget", {
      id: change.target,
      type: target.type,
      kind: change.kind,
      needs,
    });
    return;
  }
  if (change.kind === "replicas" && change.replicas > 4 * target.replicas) {
    report.error(fieldPath(path, "replicas"), "liveReplicas", {
      max: String(4 * target.replicas),
      id: change.target,
      got: String(change.replicas),
    });
  }
}
