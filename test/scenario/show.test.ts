import { describe, expect, it } from "vitest";
import { show } from "../../src/scenario/show";

describe("show", () => {
  it.each<[unknown, string]>([
    [0, "0"],
    [-1.5, "-1.5"],
    [Number.NaN, "NaN"],
    [Number.POSITIVE_INFINITY, "Infinity"],
    ["fast", '"fast"'],
    [null, "null"],
    [true, "true"],
    [undefined, "undefined"],
    [[1, "a"], '[1,"a"]'],
    [{ dist: "exp" }, '{"dist":"exp"}'],
    [10n, "10n"],
    [Symbol("s"), "Symbol(s)"],
  ])("shows %s as %s", (value, text) => {
    expect(show(value)).toBe(text);
  });

  it("cuts a long value at 40 characters", () => {
    const text = show("x".repeat(1000));
    expect(text).toHaveLength(40);
    expect(text.endsWith("…")).toBe(true);
  });

  it("shows a self-referencing object without looping", () => {
    const loop: Record<string, unknown> = { a: 1 };
    loop.self = loop;
    expect(show(loop)).toMatch(/^\{"a":1,"self":\{"a":1,"self":.*…$/);
  });

  it("shows a huge sparse array without walking all of it", () => {
    expect(show(new Array(1e9))).toMatch(/^\[null,null,.*…$/);
  });
});
