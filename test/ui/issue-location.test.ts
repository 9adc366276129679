import { describe, expect, it } from "vitest";
import { issue } from "../../src/scenario/issues";
import { parseScenarioText } from "../../src/scenario/parse";
import { locateIssue, locatePath, pathSegments } from "../../src/ui/issue-location";

const text = `{
  "version": 1,
  "name": "a \\"quoted\\" name, with [brackets] and {braces}",
  "components": [
    { "id": "users", "type": "client", "target": "app" },
    { "id": "app", "type": "server", "workers": 0,
      "service": { "a b": { "dist": "exp", "mean": 0.1 } } }
  ]
}`;

function at(path: string): string | null {
  const span = locatePath(text, path);
  return span === null ? null : text.slice(span.start, span.end);
}

describe("finding an issue's place in the scenario text", () => {
  it("splits a path into field names and indexes", () => {
    expect(pathSegments("components[1].workers")).toEqual(["components", 1, "workers"]);
    expect(pathSegments('components[1].service["a b"].mean')).toEqual([
      "components",
      1,
      "service",
      "a b",
      "mean",
    ]);
    expect(pathSegments("")).toEqual([]);
    expect(pathSegments("components[x]")).toBeNull();
  });

  it("selects the value a path names, past strings that look like JSON", () => {
    expect(at("components[1].workers")).toBe("0");
    expect(at("components[0].target")).toBe('"app"');
    expect(at('components[1].service["a b"].mean')).toBe("0.1");
    expect(at("version")).toBe("1");
  });

  it("selects the enclosing value when the path names a missing field", () => {
    expect(at("components[0].workload")).toBe(
      '{ "id": "users", "type": "client", "target": "app" }',
    );
    expect(at("components[5]")?.startsWith("[")).toBe(true);
  });

  it("gives up on text that is not JSON up to the path", () => {
    expect(locatePath('{"components": [1, 2', "components[3]")).toBeNull();
  });

  it("puts the caret where the parser stopped, where a missing comma goes", () => {
    const broken = '{\n  "version": 1\n  "name": "x"\n}';
    const parsed = parseScenarioText(broken);
    if (parsed.ok) throw new Error("parsed");
    const at = broken.indexOf('"name"');
    expect(locateIssue(broken, parsed.errors[0])).toEqual({ start: at, end: at });
    // The parser never sees a byte-order mark: its count starts after one.
    const marked = `\uFEFF${broken}`;
    const markedParse = parseScenarioText(marked);
    if (markedParse.ok) throw new Error("parsed");
    expect(locateIssue(marked, markedParse.errors[0])).toEqual({ start: at + 1, end: at + 1 });
  });

  it("reads a syntax error's line and column (Firefox) and an unexpected end (Chromium)", () => {
    const broken = '{\n  "version": 1\n  "name": "x"\n}';
    const at = broken.indexOf('"name"');
    const firefox = issue("", "notJson", {
      reason: "JSON.parse: expected ',' or '}' after property value in object at line 3 column 3",
    });
    expect(locateIssue(broken, firefox)).toEqual({ start: at, end: at });
    const cut = '{"version": 1';
    const end = issue("", "notJson", { reason: "Unexpected end of JSON input" });
    expect(locateIssue(cut, end)).toEqual({ start: cut.length, end: cut.length });
  });
});
