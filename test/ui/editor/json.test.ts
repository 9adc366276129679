import { describe, expect, it } from "vitest";
import { documentText, getAt, sameJson, setAt } from "../../../src/ui/editor/json";

describe("reading and writing a JSON document by path", () => {
  const doc = { a: { b: [1, { c: "x" }] } };

  it("reads the value a path names, or undefined past the end", () => {
    expect(getAt(doc, ["a", "b", 1, "c"])).toBe("x");
    expect(getAt(doc, ["a", "b", 5])).toBeUndefined();
    expect(getAt(doc, ["a", "z", "y"])).toBeUndefined();
    expect(getAt(doc, ["a", 0])).toBeUndefined();
  });

  it("writes a copy, sharing the branches it did not touch", () => {
    const other = { keep: { deep: true }, a: { b: 1 } };
    const out = setAt(other, ["a", "b"], 2) as typeof other;
    expect(out).toEqual({ keep: { deep: true }, a: { b: 2 } });
    expect(other.a.b).toBe(1);
    expect(out.keep).toBe(other.keep);
  });

  it("creates what is missing on the way and removes a field set to undefined", () => {
    expect(setAt({}, ["workload", "rate"], 5)).toEqual({ workload: { rate: 5 } });
    expect(setAt({ x: 3 }, ["x", 0], "a")).toEqual({ x: ["a"] });
    expect(setAt({ x: 1, y: 2 }, ["x"], undefined)).toEqual({ y: 2 });
    expect(setAt({ l: [1, 2, 3] }, ["l", 1], undefined)).toEqual({ l: [1, 3] });
  });

  it("compares documents whatever the order of their fields", () => {
    expect(sameJson({ a: 1, b: [1, { c: 2 }] }, { b: [1, { c: 2 }], a: 1 })).toBe(true);
    expect(sameJson({ a: 1 }, { a: 1, b: 2 })).toBe(false);
    expect(sameJson([1, 2], [2, 1])).toBe(false);
  });

  it("writes the text two-space indented, ending with a newline", () => {
    expect(documentText({ a: [1] })).toBe('{\n  "a": [\n    1\n  ]\n}\n');
  });
});
