/**
 * cache: a key-value cache in front of a backend (read-through). It simulates real keys (LRU
 * over `capacity` keys, fresh for `ttl`) or, with `hitRatio`, a fixed chance of a hit for
 * requests without keys. `coalesce` is an extension of the format (single flight).
 */

import { readDist } from "./dist";
import {
  boolean,
  dropUndefined,
  type Fields,
  fraction,
  nonNegativeInteger,
  positiveNumber,
  string,
} from "./read";
import type { Ref } from "./references";
import type { Cache, ComponentBase } from "./types";

export function readCache(f: Fields, base: ComponentBase, refs: Ref[]): Cache {
  const backend = f.required("backend", string);
  if (typeof f.get("backend") === "string") refs.push({ path: f.at("backend"), target: backend });
  const capacity = f.optional("capacity", nonNegativeInteger);
  const hitRatio = f.optional("hitRatio", fraction);
  if (
    capacity === undefined &&
    hitRatio === undefined &&
    !f.has("capacity") &&
    !f.has("hitRatio")
  ) {
    f.report.error(f.at("capacity"), "cacheNeedsSize");
  }
  return dropUndefined<Cache>({
    ...base,
    type: "cache",
    capacity,
    ttl: f.optional("ttl", positiveNumber, Number.POSITIVE_INFINITY),
    hit: f.required("hit", readDist),
    backend,
    hitRatio,
    coalesce: f.optional("coalesce", boolean, false),
  });
}
