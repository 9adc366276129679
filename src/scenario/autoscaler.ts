/**
 * autoscaler: keeps a server's utilisation near `targetValue` by adding and removing replicas
 * between `min` and `max`, deciding every `interval` seconds and waiting `cooldown` seconds
 * after a change; a new replica takes traffic after `warmup` seconds.
 */

import { duration } from "./feasibility";
import { atMost, LIMITS } from "./limits";
import {
  type Fields,
  nonNegativeNumber,
  oneOf,
  positiveFraction,
  positiveInteger,
  positiveNumber,
  string,
} from "./read";
import type { Ref } from "./references";
import type { Autoscaler, ComponentBase } from "./types";

export function readAutoscaler(f: Fields, base: ComponentBase, refs: Ref[]): Autoscaler {
  const target = f.required("target", string);
  if (typeof f.get("target") === "string") refs.push({ path: f.at("target"), target });
  const min = f.optional("min", positiveInteger, 1);
  const max = f.required("max", atMost(positiveInteger, LIMITS.replicas));
  if (max < min) f.report.error(f.at("max"), "atLeastMin", { min: String(min), max: String(max) });
  return {
    ...base,
    type: "autoscaler",
    target,
    metric: f.optional("metric", oneOf(["utilization"]), "utilization"),
    targetValue: f.optional("targetValue", positiveFraction, 0.6),
    min,
    max,
    interval: f.optional("interval", duration(positiveNumber), 15),
    warmup: f.optional("warmup", nonNegativeNumber, 30),
    cooldown: f.optional("cooldown", nonNegativeNumber, 60),
  };
}
