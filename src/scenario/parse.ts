/**
 * The front door of the scenario layer: an untrusted JSON document in, either a `Scenario` with
 * every default filled in or every error found, never an exception. Reading happens in two
 * passes: each field on its own (paths and values), then what needs the whole document (ids,
 * references, where each request class can flow).
 */

import { checkCapacitySchedules } from "./capacity-schedule";
import { readComponents } from "./components";
import { readDist, zero } from "./dist";
import { readFaults } from "./faults";
import { checkFlows } from "./flows";
import { type Issue, issue, Report } from "./issues";
import { checkLessonChanges, lessonZoneRefs, readLesson } from "./lesson";
import { LIMITS, textTooDeep, tooDeep, withinComponentLimit } from "./limits";
import { checkPriorities } from "./priorities";
import { warnProjectedWork } from "./projected-work";
import { expected, Fields, isObject, nonNegativeNumber, positiveNumber, string } from "./read";
import { checkReferences, indexIds } from "./references";
import { readText } from "./text";
import type { Scenario } from "./types";
import { checkZoneRefs, type ZoneRef, zonesReader } from "./zones";

export type ParseResult =
  /** `document`: the JSON value read, when parsed from text, so nobody reads the text twice. */
  | { ok: true; scenario: Scenario; warnings: Issue[]; document?: unknown }
  | { ok: false; errors: Issue[]; warnings: Issue[] };

/** The only version this archsim reads. */
export const FORMAT_VERSION = 1;

/**
 * The JSON value of scenario text. A byte-order mark (some Windows editors save one) is not
 * JSON, but it is not an error either. Throws on a syntax error, as JSON.parse does.
 */
export function scenarioJson(text: string): unknown {
  return JSON.parse(String(text).replace(/^\uFEFF/, ""));
}

/** Parses scenario JSON text; a syntax error is an issue of the document, at path "". */
export function parseScenarioText(text: string): ParseResult {
  if (textTooDeep(text)) {
    const error = issue("", "tooDeep", { max: String(LIMITS.depth) });
    return { ok: false, errors: [error], warnings: [] };
  }
  let value: unknown;
  try {
    value = scenarioJson(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      errors: [issue("", "notJson", { reason })],
      warnings: [],
    };
  }
  const result = parseScenario(value);
  return result.ok ? { ...result, document: value } : result;
}

/** Validates a parsed JSON value and fills in every default (see docs/scenario-format.md). */
export function parseScenario(input: unknown): ParseResult {
  const report = new Report();
  const deep = tooDeep(input);
  if (deep !== undefined) {
    // Nothing deeper is read: the walks below recurse, and such a document is not a scenario.
    const error = issue(deep, "tooDeep", { max: String(LIMITS.depth) });
    return { ok: false, errors: [error], warnings: [] };
  }
  if (!isObject(input)) {
    expected(report, "", input, "scenario");
    return { ok: false, errors: report.errors, warnings: report.warnings };
  }
  const f = new Fields(report, input, "");
  const version = f.get("version");
  if (typeof version === "number" && version > FORMAT_VERSION) {
    // A newer document would also fail on every field it added; only this error is useful.
    const newer = issue("version", "newerVersion", {
      version: String(version),
      supported: String(FORMAT_VERSION),
    });
    return { ok: false, errors: [newer], warnings: [] };
  }
  if (version !== FORMAT_VERSION) {
    expected(report, "version", version, "versionOne");
  }

  const name = f.required("name", readText);
  const description = f.optional("description", readText, "");
  const seed = f.optional("seed", string, "1");
  const duration = f.required("duration", positiveNumber);
  const warmup = f.optional("warmup", nonNegativeNumber, 0);
  if (warmup >= duration) {
    report.error("warmup", "warmupTooLong", { duration: String(duration), warmup: String(warmup) });
  }
  const network = f.optional("network", readDist, zero());
  const zoneRefs: ZoneRef[] = [];
  const zones = f.optional("zones", zonesReader(zoneRefs));

  const rawComponents = f.get("components");
  const withinLimit = withinComponentLimit(report, rawComponents, "components");
  const entries = withinLimit ? readComponents(report, rawComponents, "components") : [];
  const faults = f.has("faults")
    ? readFaults(report, f.get("faults"), "faults")
    : { faults: [], refs: [], zoneRefs: [] };
  const lesson = f.optional("lesson", readLesson);
  f.finish();

  const ids = indexIds(report, entries);
  checkReferences(report, entries, ids, faults.refs);
  checkCapacitySchedules(report, entries);
  checkFlows(report, entries, ids);
  checkPriorities(report, entries);
  const lessonZones = lesson === undefined ? [] : lessonZoneRefs(lesson);
  checkZoneRefs(report, entries, [...zoneRefs, ...faults.zoneRefs, ...lessonZones]);
  if (withinLimit && Array.isArray(rawComponents) && !entries.some((e) => e.type === "client")) {
    report.warn("components", "noClient");
  }

  if (lesson !== undefined && report.errors.length === 0) {
    const components = new Map(
      entries.map((e) => [
        e.id!,
        { type: e.type!, replicas: e.component?.type === "server" ? e.component.replicas : 1 },
      ]),
    );
    checkLessonChanges(report, lesson, input, components, parseScenario);
  }

  if (report.errors.length > 0) {
    return { ok: false, errors: report.errors, warnings: report.warnings };
  }
  const scenario: Scenario = {
    version: FORMAT_VERSION,
    name,
    description,
    seed,
    duration,
    warmup,
    network,
    ...(zones === undefined ? {} : { zones }),
    // Without errors every entry was read as a simulated component.
    components: entries.map((entry) => entry.component!),
    faults: faults.faults,
  };
  if (lesson !== undefined) scenario.lesson = lesson;
  warnProjectedWork(report, duration, scenario.components);
  return { ok: true, scenario, warnings: report.warnings };
}
