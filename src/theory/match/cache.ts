/**
 * An LRU cache under Zipf keys: Che's approximation of its hit ratio. The hit ratio depends only
 * on the sequence of keys (independent draws from one Zipf law), not on when they arrive, so any
 * arrival process will do; what breaks it is expiry, writes that invalidate keys, and keys from
 * several laws mixed together.
 */
import type { Cache } from "../../scenario/types";
import { cheLru, zipfGroups } from "../che";
import type { Reason, Stream } from "./stream";

export interface CacheParams {
  keys: number;
  zipf: number;
  capacity: number;
  /** T_C in requests: how many requests a key survives in the cache after its last one. */
  characteristicRequests: number;
}

export type CacheMatch =
  | { ok: true; model: "LRU (Che)"; params: CacheParams; hitRatio: number }
  | { ok: false; reason: Reason };

/** Undefined for a cache in fixed hit-ratio mode: there is nothing to predict. */
export function matchCache(c: Cache, stream: Stream | undefined): CacheMatch | undefined {
  if (c.capacity === undefined) return undefined;
  if (stream === undefined || stream.rate <= 0) return { ok: false, reason: "no-traffic" };
  if (stream.blocked !== undefined) return { ok: false, reason: stream.blocked };
  if (Number.isFinite(c.ttl)) return { ok: false, reason: "cache-ttl" };
  if (stream.classes.has("write")) return { ok: false, reason: "cache-writes" };
  if (stream.keys === undefined || stream.mixedKeys) return { ok: false, reason: "cache-keys" };
  const { count, zipf } = stream.keys;
  const groups = zipfGroups(count, zipf);
  const che = cheLru(groups.popularities, c.capacity, groups.counts);
  return {
    ok: true,
    model: "LRU (Che)",
    params: {
      keys: count,
      zipf,
      capacity: c.capacity,
      characteristicRequests: che.characteristicTime,
    },
    hitRatio: che.hitRatio,
  };
}
