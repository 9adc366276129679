/** cdn: an edge cache for static content, answering `hitRatio` of requests at the edge. */

import { readDist } from "./dist";
import { type Fields, fraction, string } from "./read";
import type { Ref } from "./references";
import type { Cdn, ComponentBase } from "./types";

export function readCdn(f: Fields, base: ComponentBase, refs: Ref[]): Cdn {
  const origin = f.required("origin", string);
  if (typeof f.get("origin") === "string") refs.push({ path: f.at("origin"), target: origin });
  return {
    ...base,
    type: "cdn",
    hitRatio: f.required("hitRatio", fraction),
    hit: f.required("hit", readDist),
    origin,
  };
}
