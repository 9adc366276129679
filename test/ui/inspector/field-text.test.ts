import { describe, expect, it } from "vitest";
import { COMPONENT_TYPES } from "../../../src/scenario/components";
import { LOCALES } from "../../../src/ui/i18n/locale";
import { ENUM_TEXTS, FIELD_TEXTS } from "../../../src/ui/i18n/messages/fields";
import { enumLabel, fieldKey, fieldText, nameWithUnit } from "../../../src/ui/inspector/field-text";
import { type FieldSpec, fieldsOf, SCENARIO_FIELDS } from "../../../src/ui/inspector/fields";

const TYPES = COMPONENT_TYPES;

/** Every key the form looks up for a type: its fields, their list columns, a shape's key. */
function keysOf(specs: FieldSpec[]): string[] {
  return specs.flatMap((spec) => {
    const key = fieldKey(spec.path);
    if (spec.kind === "list") return [key, ...spec.columns.map((c) => `${key}.${c.key}`)];
    if (spec.kind === "shape") return [`${key}.${spec.key}`];
    if (spec.kind === "zonePairs") return [key, `${key}.between`, `${key}.latency`];
    if (spec.kind === "dist" && spec.count === true) {
      return [
        key,
        ...["value", "mean", "min", "max", "cv", "k", "alpha"].map((p) => `${key}.${p}`),
      ];
    }
    return [key];
  });
}

const FORMS: [type: string, keys: string[]][] = [
  ...TYPES.map((type): [string, string[]] => [type, ["id", "label", ...keysOf(fieldsOf(type))]]),
  ["scenario", ["name", "description", ...keysOf(SCENARIO_FIELDS)]],
];
const DIST_PARAMS = ["value", "mean", "min", "max", "cv", "k", "alpha"].map((p) => `dist.${p}`);

describe("the words of the inspector's fields", () => {
  it("name every field of every form, with a help line, in every language", () => {
    for (const locale of LOCALES) {
      for (const [type, keys] of FORMS) {
        for (const key of [...keys, ...DIST_PARAMS]) {
          const text = fieldText(type, key, locale);
          expect(text, `${type} ${key} ${locale}`).toBeDefined();
          expect(text?.name.trim()).not.toBe("");
          expect(text?.help.trim()).not.toBe("");
        }
      }
    }
  });

  it("have no entry that no form shows", () => {
    const shown = new Set(
      FORMS.flatMap(([type, keys]) => keys.flatMap((k) => [k, `${type}:${k}`])).concat(DIST_PARAMS),
    );
    expect(Object.keys(FIELD_TEXTS).filter((key) => !shown.has(key))).toEqual([]);
  });

  it("give a rate its unit and a type its own meaning of a shared name", () => {
    const rate = fieldText("client", "workload.rate", "zh-CN");
    expect(rate && nameWithUnit(rate, "zh-CN")).toBe("到达速率（请求/秒）");
    const en = fieldText("client", "workload.rate", "en");
    expect(en && nameWithUnit(en, "en")).toBe("Arrival rate (req/s)");
    expect(fieldText("queue", "capacity", "en")?.unit).toBe("messages");
    expect(fieldText("cache", "capacity", "en")?.unit).toBe("keys");
  });

  it("translate every value of every choice the form offers, the format's term kept beside it", () => {
    expect(enumLabel("algorithm", "least-connections", "zh-CN")).toBe(
      "最少连接 · least-connections",
    );
    expect(enumLabel("calls.mode", "async", "zh-CN")).toBe("异步：发出即继续 · async");
    for (const [type, keys] of FORMS) {
      for (const spec of type === "scenario" ? SCENARIO_FIELDS : fieldsOf(type)) {
        const choices: [string, readonly string[]][] =
          spec.kind === "choice"
            ? [[fieldKey(spec.path), spec.options]]
            : spec.kind === "shape"
              ? [[`${fieldKey(spec.path)}.${spec.key}`, Object.keys(spec.shapes)]]
              : spec.kind === "list"
                ? spec.columns.flatMap((c): [string, readonly string[]][] =>
                    c.kind === "choice" ? [[`${fieldKey(spec.path)}.${c.key}`, c.options]] : [],
                  )
                : [];
        for (const [key, options] of choices) {
          for (const option of options) {
            for (const locale of LOCALES) {
              expect(ENUM_TEXTS[key]?.[option]?.[locale], `${key} ${option}`).toBeDefined();
            }
          }
        }
      }
      expect(keys.length).toBeGreaterThan(0);
    }
  });

  it("leave a value the form does not know as it is", () => {
    expect(enumLabel("algorithm", "magic", "zh-CN")).toBe("magic");
  });
});
