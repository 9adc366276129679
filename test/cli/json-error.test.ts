import { describe, expect, it } from "vitest";
import { jsonSyntaxError } from "../../src/cli/json-error";

/** What JSON.parse says of `text`. */
function reasonOf(text: string): string {
  try {
    JSON.parse(text);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error("valid JSON");
}

function located(text: string): string | undefined {
  return jsonSyntaxError("shop.json", text, reasonOf(text));
}

describe("jsonSyntaxError", () => {
  it("says file:line:column, the reason without the character position, the line and a caret under the column", () => {
    const text = '{\n  "version": 1,\n  "duration": 10,,\n}\n';
    expect(located(text)).toBe(
      [
        "shop.json:3:18: not valid JSON: Expected double-quoted property name",
        ' 3 |   "duration": 10,,',
        "   |                  ^",
      ].join("\n"),
    );
  });

  it("places a bare word, a trailing comma and a bad escape where they start", () => {
    expect(located('{\n\t"a": tru\n}')?.split("\n")[0]).toMatch(/^shop\.json:2:7: /);
    expect(located("[1,2,]")?.split("\n")[0]).toMatch(/^shop\.json:1:6: /);
    expect(located('{"a": "x\\qy"}')?.split("\n")[0]).toMatch(/^shop\.json:1:9: /);
  });

  it("places a text that ends too early at its end, and an empty one at 1:1", () => {
    expect(located('{"version": 1,\n  "name": "x"')?.split("\n")[0]).toMatch(
      /^shop\.json:2:14: not valid JSON: /,
    );
    expect(located("")?.split("\n")[0]).toBe(
      "shop.json:1:1: not valid JSON: Unexpected end of JSON input",
    );
  });

  it("shows a window of a long minified line, the caret still under the mistake", () => {
    const text = `{"name": "${"x".repeat(500)}",,"version": 1}`;
    const [, line, caret] = located(text)?.split("\n") ?? [];
    expect(line.length).toBeLessThan(140);
    expect(line[caret.indexOf("^")]).toBe(",");
    expect(line).toMatch(/^ 1 \| …x+",,"version": 1}$/);
  });

  it("keeps the caret aligned past tabs and writes control characters in the reason as escapes", () => {
    const [first, line, caret] = located('{\t"a":\t@}')?.split("\n") ?? [];
    expect(first).not.toMatch(/[\t\n]/);
    expect(line[caret.indexOf("^")]).toBe("@");
  });
});
