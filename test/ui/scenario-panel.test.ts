import { describe, expect, it } from "vitest";
import { locateIssue, locatePath, pathSegments } from "../../src/ui/scenario-panel";

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

  it("points a syntax error at the position the parser names", () => {
    const broken = '{"version": 1,,}';
    const issue = {
      path: "",
      message: "is not valid JSON: Unexpected token ',' ... at position 14",
      code: "notJson" as const,
      params: { reason: "Unexpected token ',' ... at position 14" },
    };
    expect(locateIssue(broken, issue)).toEqual({ start: 14, end: 15 });
  });
});
