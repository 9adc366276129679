import { describe, expect, it } from "vitest";
import { load } from "../../src/cli/load";
import { main } from "../../src/cli/main";
import { TINY_SCENARIO } from "./fixtures";

/** An in-memory io holding one file. */
function ioWith(text: string) {
  const stderr: string[] = [];
  const stdout: string[] = [];
  return {
    io: {
      stdout: (s: string) => stdout.push(s),
      stderr: (s: string) => stderr.push(s),
      readFile: () => text,
    },
    stdout,
    stderr,
  };
}

describe("load", () => {
  const withMark = `\uFEFF${JSON.stringify(TINY_SCENARIO)}`;

  it("reads a file that starts with a byte-order mark, document included", () => {
    const { io, stderr } = ioWith(withMark);
    const loaded = load("bom.json", {}, io);
    expect(stderr).toEqual([]);
    expect(loaded?.document.name).toBe(TINY_SCENARIO.name);
  });

  it("validates and runs such a file, exit 0, where the second parse used to fail", async () => {
    const validate = ioWith(withMark);
    expect(await main(["validate", "bom.json"], validate.io)).toBe(0);
    expect(validate.stdout.join("")).toBe("ok\n");
    const run = ioWith(withMark);
    expect(await main(["run", "bom.json", "--json"], run.io)).toBe(0);
    expect(run.stderr.join("")).toBe("");
  });
});
