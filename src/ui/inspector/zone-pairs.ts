/**
 * The latency between particular zones (`zones.pairs`) in the scenario's form: one entry per
 * pair, its two zones picked among the components' zones, its latency a Dist; a button removes
 * it, and one adds the next two zones not yet paired, at the latency between any two zones, so
 * that adding a pair changes nothing until its latency is edited.
 */
import { getAt, isJsonObject, type Json, type JsonObject, type Segment } from "../editor/json";
import { currentLocale, t } from "../i18n/index";
import { distField } from "./dist-field";
import { fieldKey, fieldText, nameWithUnit } from "./field-text";
import {
  addButton,
  choiceInput,
  el,
  type FieldHost,
  printedPath,
  removeButton,
  row,
} from "./form-parts";

/** A pair's latency when the scenario gives none between any two zones: 2 ms, one way. */
const NEW_PAIR_LATENCY: JsonObject = { dist: "const", value: 0.002 };

let nextId = 0;

/**
 * The first two zones (in the components' order) that no pair joins yet, in either order, or
 * null when every two are paired (or there are fewer than two zones).
 */
export function nextPair(
  zones: readonly string[],
  pairs: readonly Json[],
): [string, string] | null {
  const paired = new Set(pairs.map((p) => pairKey(betweenOf(p))));
  for (let i = 0; i < zones.length; i++) {
    for (let j = i + 1; j < zones.length; j++) {
      if (!paired.has(pairKey([zones[i], zones[j]]))) return [zones[i], zones[j]];
    }
  }
  return null;
}

/** The entry the add button writes: the next pair, at the scenario's latency between zones. */
export function newPair(between: [string, string], latency: Json | undefined): JsonObject {
  return { between, latency: isJsonObject(latency) ? latency : NEW_PAIR_LATENCY };
}

export function zonePairsField(
  parent: HTMLElement,
  host: FieldHost,
  path: Segment[],
  scenario: JsonObject,
  zones: readonly string[],
): void {
  const value = getAt(scenario, path);
  const pairs = Array.isArray(value) ? value : [];
  const list = el(row(parent, host, path), "div", "form-list");
  pairs.forEach((pair, i) => {
    const itemPath = [...path, i];
    const line = el(list, "div", "form-list-item");
    line.dataset.path = printedPath(host.at, itemPath);
    betweenPickers(line, host, [...itemPath, "between"], betweenOf(pair), zones);
    distField(line, host, [...itemPath, "latency"], isJsonObject(pair) ? pair.latency : undefined);
    removeButton(line, () => host.set(itemPath, undefined));
  });
  const next = nextPair(zones, pairs);
  const add = addButton(list, printedPath(host.at, path), () => {
    if (next === null) return;
    host.set([...path, pairs.length], newPair(next, getAt(scenario, ["zones", "latency"])));
  });
  add.disabled = next === null;
  if (next === null) add.title = t("zones.pairs.noneLeft");
}

/**
 * The pair's two zones, side by side under one name. Either picker keeps a zone no component
 * has (a typo the validator names), so the form never hides what the document holds.
 */
function betweenPickers(
  line: HTMLElement,
  host: FieldHost,
  path: Segment[],
  between: [string, string],
  zones: readonly string[],
): void {
  const box = el(line, "div", "form-param form-zone-pair");
  box.dataset.path = printedPath(host.at, path);
  // The format's own word for the field, beside its help, as a list's columns show theirs.
  const key = String(path.at(-1));
  const text = fieldText(host.type, fieldKey(path), currentLocale());
  const name = el(box, "span");
  name.id = `zone-pair-${nextId++}`;
  name.textContent = text === undefined ? key : nameWithUnit(text, currentLocale());
  if (text !== undefined) box.title = `${text.help} (${key})`;
  for (const end of [0, 1] as const) {
    const select = choiceInput(
      box,
      printedPath(host.at, [...path, end]),
      between[end] === "" ? undefined : between[end],
      zones,
      null,
      (zone) => {
        const next: [string, string] = [...between];
        next[end] = zone ?? "";
        host.set(path, next);
      },
    );
    select.setAttribute("aria-labelledby", name.id);
  }
}

function betweenOf(pair: Json): [string, string] {
  const between = isJsonObject(pair) ? pair.between : undefined;
  if (!Array.isArray(between)) return ["", ""];
  const zone = (v: Json | undefined) => (typeof v === "string" ? v : "");
  return [zone(between[0]), zone(between[1])];
}

function pairKey([a, b]: [string, string]): string {
  return JSON.stringify(a < b ? [a, b] : [b, a]);
}
