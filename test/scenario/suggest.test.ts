import { describe, expect, it } from "vitest";
import { closest, editDistance } from "../../src/scenario/suggest";

describe("editDistance", () => {
  it.each([
    ["workers", "workers", 0],
    ["wokers", "workers", 1],
    ["wbe", "web", 1],
    ["cores", "workers", 3],
    ["", "abc", 3],
  ])("between %s and %s is %i", (a, b, d) => {
    expect(editDistance(a, b, 5)).toBe(d);
  });

  it("stops at limit + 1 when the words are further apart", () => {
    expect(editDistance("a", "abcdefgh", 2)).toBe(3);
    expect(editDistance("abcdef", "uvwxyz", 2)).toBe(3);
  });
});

describe("closest", () => {
  it("finds the known name a typo was meant to be", () => {
    expect(closest("wokers", ["replicas", "workers", "queue"])).toBe("workers");
  });

  it("prefers the nearer of two candidates", () => {
    expect(closest("queu", ["queues", "queue"])).toBe("queue");
  });

  it("suggests nothing for a word unlike every candidate", () => {
    expect(closest("colour", ["workers", "queue"])).toBeUndefined();
  });

  it("does not suggest for very short words, where every name would be close", () => {
    expect(closest("x", ["id"])).toBeUndefined();
  });
});
