import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { jsonErrorAt, placeOf } from "../../src/scenario/json-scan";

describe("jsonErrorAt", () => {
  it("finds no error in any JSON that JSON.stringify writes", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(jsonErrorAt(JSON.stringify(value, null, 2))).toBeUndefined();
      }),
    );
  });

  it("finds an error in exactly the texts JSON.parse refuses", () => {
    fc.assert(
      fc.property(
        fc.jsonValue().chain((v) => {
          const text = JSON.stringify(v);
          return fc.tuple(
            fc.constant(text),
            fc.nat(text.length),
            fc.constantFrom(",", "}", "]", '"', "x", ":", ""),
          );
        }),
        ([text, at, insert]) => {
          const broken = text.slice(0, at) + insert + text.slice(at + (insert === "" ? 1 : 0));
          let valid = true;
          try {
            JSON.parse(broken);
          } catch {
            valid = false;
          }
          expect(jsonErrorAt(broken) === undefined).toBe(valid);
        },
      ),
    );
  });

  it("points at the first character that cannot continue the text, or at its end", () => {
    expect(jsonErrorAt('{"a": 1,}')).toBe(8);
    expect(jsonErrorAt('{"a" 1}')).toBe(5);
    expect(jsonErrorAt("[1 2]")).toBe(3);
    expect(jsonErrorAt('{"a": [1, 2')).toBe(11);
    expect(jsonErrorAt("01")).toBe(1);
  });

  it("reads a document nested far deeper than the call stack allows", () => {
    expect(jsonErrorAt(`${"[".repeat(200_000)}${"]".repeat(200_000)}`)).toBeUndefined();
  });
});

describe("placeOf", () => {
  it("counts lines and columns from 1, as editors do", () => {
    expect(placeOf('{\n  "a": 1,\n  oops\n}', 14)).toEqual({ line: 3, column: 3 });
    expect(placeOf("", 0)).toEqual({ line: 1, column: 1 });
  });

  it("counts a \\r\\n line ending as one line", () => {
    expect(placeOf('{\r\n"a": 1,\r\n}', 12)).toEqual({ line: 3, column: 1 });
  });
});
