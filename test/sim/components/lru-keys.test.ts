import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { LruKeys } from "../../../src/sim/components/lru-keys";

describe("LruKeys", () => {
  it("evicts the least recently used key when full", () => {
    const lru = new LruKeys(2, 10);
    lru.put(1, Infinity);
    lru.put(2, Infinity);
    expect(lru.get(1, 0)).toBe(true);
    lru.put(3, Infinity);
    expect(lru.get(2, 0)).toBe(false);
    expect(lru.get(1, 0)).toBe(true);
    expect(lru.get(3, 0)).toBe(true);
    expect(lru.evictions).toBe(1);
  });

  it("treats an expired key as absent and forgets it", () => {
    const lru = new LruKeys(2, 10);
    lru.put(5, 10);
    expect(lru.get(5, 9.9)).toBe(true);
    expect(lru.get(5, 10)).toBe(false);
    expect(lru.size).toBe(0);
  });

  it("holds nothing with capacity 0", () => {
    const lru = new LruKeys(0, 10);
    lru.put(1, Infinity);
    expect(lru.get(1, 0)).toBe(false);
  });

  it("comes back empty after clear", () => {
    const lru = new LruKeys(3, 10);
    for (const k of [1, 2, 3]) lru.put(k, Infinity);
    lru.clear();
    expect([1, 2, 3].map((k) => lru.get(k, 0))).toEqual([false, false, false]);
    lru.put(4, Infinity);
    expect(lru.get(4, 0)).toBe(true);
  });

  it("behaves like a reference LRU under any sequence of gets, puts and deletes", () => {
    const op = fc.tuple(fc.constantFrom("get", "put", "delete"), fc.integer({ min: 0, max: 7 }));
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 4 }),
        fc.array(op, { maxLength: 60 }),
        (capacity, ops) => {
          const lru = new LruKeys(capacity, 8);
          const reference: number[] = []; // most recent last
          for (const [kind, key] of ops) {
            const at = reference.indexOf(key);
            if (kind === "get") {
              expect(lru.get(key, 0)).toBe(at >= 0);
              if (at >= 0) reference.push(...reference.splice(at, 1));
            } else if (kind === "put") {
              if (at >= 0) reference.splice(at, 1);
              else if (reference.length === capacity) reference.shift();
              reference.push(key);
              lru.put(key, Infinity);
            } else {
              if (at >= 0) reference.splice(at, 1);
              lru.delete(key);
            }
            expect(lru.size).toBe(reference.length);
          }
        },
      ),
    );
  });
});
