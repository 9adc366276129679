import { describe, expect, it } from "vitest";
import { main } from "../../src/cli/main";
import { printable } from "../../src/cli/printable";

describe("printable", () => {
  it("writes ESC, CR, LF, TAB, NUL and DEL as their codes", () => {
    expect(printable("a\u001b[2Jb\r\nc\td\u0000e\u007f")).toBe(
      "a\\u001b[2Jb\\u000d\\u000ac\\u0009d\\u0000e\\u007f",
    );
  });

  it("writes bidirectional overrides, isolates and marks as their codes", () => {
    expect(printable("users\u202eevil\u202c \u2066x\u2069\u200f")).toBe(
      "users\\u202eevil\\u202c \\u2066x\\u2069\\u200f",
    );
  });

  it("leaves ordinary text, Chinese and emoji as they are", () => {
    expect(printable("应用服务器 app-1 🚀 ×100")).toBe("应用服务器 app-1 🚀 ×100");
  });

  it("writes a lone surrogate as its code", () => {
    expect(printable("a\ud800b")).toBe("a\\ud800b");
  });
});

describe("archsim run's table", () => {
  it("prints a scenario name and class names with control characters as codes, one line each", async () => {
    const scenario = {
      version: 1,
      name: "evil\u001b[2J\r\nforged line\u202e",
      duration: 10,
      components: [
        {
          id: "u",
          type: "client",
          workload: { kind: "open", rate: 10 },
          target: "s",
          mix: [
            { class: "a\nrequests  generated 0", weight: 1 },
            { class: "b\u001b[31m", weight: 1 },
          ],
        },
        { id: "s", type: "server", workers: 2, service: { dist: "exp", mean: 0.01 } },
      ],
    };
    const out: string[] = [];
    const io = {
      stdout: (s: string) => out.push(s),
      stderr: () => {},
      readFile: () => JSON.stringify(scenario),
    };
    expect(await main(["run", "evil.json"], io)).toBe(0);
    const text = out.join("");
    // biome-ignore lint/suspicious/noControlCharactersInRegex: no control character may be printed.
    expect(text).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u202e]/);
    expect(text).toContain(" evil\\u001b[2J\\u000d\\u000aforged line\\u202e\n");
    expect(text).toContain("class a\\u000arequests  generated 0 ");
    expect(text.split("\n").filter((l) => l.startsWith("requests"))).toHaveLength(1);
  });
});
