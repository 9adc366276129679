import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { main } from "../../src/cli/main";

const PACKAGE = JSON.parse(
  readFileSync(join(import.meta.dirname, "..", "..", "package.json"), "utf8"),
) as { version: string };

describe("archsim --version", () => {
  it("prints the version of package.json on stdout and exits 0, however it is asked", async () => {
    for (const argv of [["--version"], ["-V"], ["version"], ["run", "x.json", "--version"]]) {
      const out: string[] = [];
      const err: string[] = [];
      const code = await main(argv, { stdout: (s) => out.push(s), stderr: (s) => err.push(s) });
      expect({ code, out: out.join(""), err: err.join("") }).toEqual({
        code: 0,
        out: `archsim ${PACKAGE.version}\n`,
        err: "",
      });
    }
  });
});
