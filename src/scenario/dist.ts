/**
 * Dist: a random duration, `{"dist":"exp","mean":0.1}` and its five siblings. Each family's
 * parameters are checked so that every draw is a finite time >= 0.
 */

import { typicalDuration, warnUnderNanosecond } from "./feasibility";
import { fieldPath } from "./issues";
import {
  expected,
  type Fields,
  fieldsOf,
  isObject,
  nonNegativeNumber,
  positiveInteger,
  positiveNumber,
  type Reader,
} from "./read";
import { show } from "./show";
import type { Dist } from "./types";

export const DIST_KINDS = ["const", "exp", "uniform", "lognormal", "erlang", "pareto"] as const;

/** Every parameter name of every family, to recognise a Dist whose `dist` key is missing. */
const PARAMETERS = new Set(["value", "mean", "min", "max", "cv", "k", "alpha"]);

/** `{"dist":"const","value":0}`: no time at all, the default of every optional Dist. */
export function zero(): Dist {
  return { dist: "const", value: 0 };
}

/** Whether an object is meant as a Dist: it has `dist`, or a parameter such as `mean`. */
export function looksLikeDist(value: unknown): boolean {
  if (!isObject(value)) return false;
  if (Object.hasOwn(value, "dist")) return true;
  return Object.keys(value).some((key) => PARAMETERS.has(key) && !isObject(value[key]));
}

export const readDist: Reader<Dist> = (report, value, path) => {
  const f = fieldsOf(report, value, path, "dist");
  if (f === undefined) return placeholder();
  const dist = readFamily(f);
  if (dist === undefined) return placeholder();
  f.finish();
  warnUnderNanosecond(report, path, typicalDuration(dist));
  if (dist.dist === "pareto" && dist.alpha <= 1)
    report.warn(fieldPath(path, "alpha"), "paretoInfiniteMean", { alpha: show(dist.alpha) });
  return dist;
};

function readFamily(f: Fields): Dist | undefined {
  const kind = f.get("dist");
  switch (kind) {
    case "const":
      return { dist: kind, value: f.required("value", nonNegativeNumber) };
    case "exp":
      return { dist: kind, mean: f.required("mean", positiveNumber) };
    case "uniform": {
      const min = f.required("min", nonNegativeNumber);
      const max = f.required("max", nonNegativeNumber);
      if (max < min)
        f.report.error(f.at("max"), "atLeastMin", { min: String(min), max: String(max) });
      return { dist: kind, min, max };
    }
    case "lognormal":
      return {
        dist: kind,
        mean: f.required("mean", positiveNumber),
        cv: f.required("cv", nonNegativeNumber),
      };
    case "erlang":
      return {
        dist: kind,
        mean: f.required("mean", positiveNumber),
        k: f.required("k", positiveInteger),
      };
    case "pareto":
      return {
        dist: kind,
        min: f.required("min", positiveNumber),
        alpha: f.required("alpha", positiveNumber),
      };
    default:
      expected(f.report, f.at("dist"), kind, "oneOf", { options: DIST_KINDS.join(", ") });
      return undefined;
  }
}

function placeholder(): Dist {
  return { dist: "const", value: Number.NaN };
}
