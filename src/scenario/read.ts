/**
 * Typed readers for an untrusted JSON value. A reader checks one value, reports what is wrong
 * with it at its path, and always returns something of the right type: the value when valid, a
 * placeholder (NaN, "", the first option) when not. A placeholder is only ever returned after an
 * error, and a document with errors is never handed to the engine, so placeholders never run.
 */

import type { ExpectationCode, IssueParams } from "./issue-text";
import { fieldPath, itemPath, type Report } from "./issues";
import { show } from "./show";
import { didYouMean } from "./suggest";

export type Obj = Record<string, unknown>;
export type Reader<T> = (report: Report, value: unknown, path: string) => T;

/** A plain object (not null, not an array). */
export function isObject(value: unknown): value is Obj {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** `is required (…)` for an absent value, else `must be …, got <value>`. */
export function expected(
  report: Report,
  path: string,
  value: unknown,
  what: ExpectationCode,
  params: IssueParams = {},
): void {
  if (value === undefined) report.error(path, "required", { ...params, what });
  else report.error(path, "mustBe", { ...params, what, got: show(value) });
}

/**
 * The fields of one object of the document. Every field asked for is remembered as known, so
 * `finish()` can warn about the others (typos, fields of another version).
 */
export class Fields {
  private readonly known = new Set<string>();

  constructor(
    readonly report: Report,
    readonly value: Obj,
    readonly path: string,
  ) {}

  at(key: string): string {
    return fieldPath(this.path, key);
  }

  has(key: string): boolean {
    return this.get(key) !== undefined;
  }

  /** The raw value of an own field (never one inherited through a prototype). */
  get(key: string): unknown {
    this.known.add(key);
    return Object.hasOwn(this.value, key) ? this.value[key] : undefined;
  }

  required<T>(key: string, read: Reader<T>): T {
    return read(this.report, this.get(key), this.at(key));
  }

  optional<T>(key: string, read: Reader<T>): T | undefined;
  optional<T>(key: string, read: Reader<T>, fallback: T): T;
  optional<T>(key: string, read: Reader<T>, fallback?: T): T | undefined {
    return this.has(key) ? this.required(key, read) : fallback;
  }

  /** Warns about every field that was never asked for. */
  finish(): void {
    for (const key of Object.keys(this.value)) {
      if (this.known.has(key)) continue;
      this.report.warn(this.at(key), "unknownField", didYouMean(key, this.known));
    }
  }
}

/** The fields of an object value, or undefined (after an error) when it is not one. */
export function fieldsOf(
  report: Report,
  value: unknown,
  path: string,
  what: ExpectationCode = "object",
): Fields | undefined {
  if (isObject(value)) return new Fields(report, value, path);
  expected(report, path, value, what);
  return undefined;
}

/**
 * A number read by `test`; `what` is said of a wrong value, `whatFinite` of an infinite one (and
 * is the same code when finiteness is the only rule, or for integers).
 */
function numberRule(
  kind: "number" | "integer",
  what: ExpectationCode,
  whatFinite: ExpectationCode,
  test: (n: number) => boolean,
  params: IssueParams = {},
): Reader<number> {
  return (report, value, path) => {
    if (
      typeof value === "number" &&
      Number.isFinite(value) &&
      (kind === "number" || Number.isSafeInteger(value)) &&
      test(value)
    ) {
      return value + 0; // turns -0 into 0
    }
    // "finite" is said when it is the point: for Infinity, or when finiteness is the only rule.
    const infinite = typeof value === "number" && !Number.isFinite(value);
    expected(report, path, value, infinite && kind === "number" ? whatFinite : what, params);
    return Number.NaN;
  };
}

export const finiteNumber = numberRule("number", "finiteNumber", "finiteNumber", () => true);
export const positiveNumber = numberRule(
  "number",
  "positiveNumber",
  "positiveFiniteNumber",
  (n) => n > 0,
);
export const nonNegativeNumber = numberRule(
  "number",
  "nonNegativeNumber",
  "nonNegativeFiniteNumber",
  (n) => n >= 0,
);
export const fraction = numberRule("number", "fraction", "finiteFraction", (n) => n >= 0 && n <= 1);
export const positiveFraction = numberRule(
  "number",
  "positiveFraction",
  "positiveFiniteFraction",
  (n) => n > 0 && n <= 1,
);
export const atLeastOne = numberRule("number", "atLeastOne", "finiteAtLeastOne", (n) => n >= 1);
export const positiveInteger = numberRule(
  "integer",
  "positiveInteger",
  "positiveInteger",
  (n) => n >= 1,
);
export const nonNegativeInteger = numberRule(
  "integer",
  "nonNegativeInteger",
  "nonNegativeInteger",
  (n) => n >= 0,
);

/** An integer in [min, max]. */
export function integerBetween(min: number, max: number): Reader<number> {
  return numberRule("integer", "integerBetween", "integerBetween", (n) => n >= min && n <= max, {
    min: String(min),
    max: String(max),
  });
}

export const string: Reader<string> = (report, value, path) => {
  if (typeof value === "string") return value;
  expected(report, path, value, "string");
  return "";
};

export const nonEmptyString: Reader<string> = (report, value, path) => {
  if (typeof value === "string" && value !== "") return value;
  expected(report, path, value, "nonEmptyString");
  return "";
};

export const boolean: Reader<boolean> = (report, value, path) => {
  if (typeof value === "boolean") return value;
  expected(report, path, value, "boolean");
  return false;
};

/** One of a fixed list of names; the placeholder is the first. */
export function oneOf<T extends string>(options: readonly T[]): Reader<T> {
  return (report, value, path) => {
    if (typeof value === "string" && (options as readonly string[]).includes(value)) {
      return value as T;
    }
    expected(report, path, value, "oneOf", { options: options.join(", ") });
    return options[0];
  };
}

/** An array whose every element is read by `item`, at `path[i]`. */
export function arrayOf<T>(item: Reader<T>): Reader<T[]> {
  return (report, value, path) => {
    if (!Array.isArray(value)) {
      expected(report, path, value, "array");
      return [];
    }
    const out: T[] = [];
    for (let i = 0; i < value.length; i++) out.push(item(report, value[i], itemPath(path, i)));
    return out;
  };
}

/** Removes the optional fields that were absent, so results hold no `key: undefined`. */
export function dropUndefined<T extends object>(value: T): T {
  const record = value as Record<string, unknown>;
  for (const key of Object.keys(record)) if (record[key] === undefined) delete record[key];
  return value;
}
