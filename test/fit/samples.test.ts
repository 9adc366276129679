import { describe, expect, it } from "vitest";
import { readColumn } from "../../src/fit/samples";

describe("reading a column of durations", () => {
  it("takes one number a line, as pasted", () => {
    expect([...readColumn("0.1\n0.2\n\n0.3\n").values]).toEqual([0.1, 0.2, 0.3]);
  });

  it("skips a header line and converts from the unit given", () => {
    const c = readColumn("latency_ms\n10\n20\n", 1, "ms");
    expect(c.header).toBe("latency_ms");
    expect([...c.values]).toEqual([0.01, 0.02]);
  });

  it("reads a CSV column by its header's name", () => {
    const c = readColumn("path,seconds\n/a,0.5\n/b,1.5\n", "seconds");
    expect([...c.values]).toEqual([0.5, 1.5]);
  });

  it("reports each line that is not a duration, by its number, and reads the rest", () => {
    const c = readColumn("1\nabc\n-2\n3\n");
    expect([...c.values]).toEqual([1, 3]);
    expect(c.problems).toEqual([
      { line: 2, text: "abc" },
      { line: 3, text: "-2" },
    ]);
  });

  it("says so when the named column does not exist", () => {
    expect(readColumn("a,b\n1,2\n", "c").missingColumn).toBe("c");
  });
});
