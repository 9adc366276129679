import { describe, expect, it } from "vitest";
import { parseSweepValues, valuesProblemText } from "../../../src/sim/sweep/values";

describe("parseSweepValues", () => {
  it("expands from:to:step with both ends, without accumulated rounding", () => {
    expect(parseSweepValues("10:90:20")).toEqual({ ok: true, values: [10, 30, 50, 70, 90] });
    expect(parseSweepValues("0.1:0.3:0.1")).toEqual({ ok: true, values: [0.1, 0.2, 0.3] });
    expect(parseSweepValues("8:2:-3")).toEqual({ ok: true, values: [8, 5, 2] });
    expect(parseSweepValues("1:10:4")).toEqual({ ok: true, values: [1, 5, 9] });
  });

  it("reads a comma-separated list in its own order", () => {
    expect(parseSweepValues("4,1, 16")).toEqual({ ok: true, values: [4, 1, 16] });
  });

  it("refuses malformed ranges and lists, zero or backward steps and huge ranges", () => {
    const error = (text: string) => {
      const parsed = parseSweepValues(text);
      return parsed.ok ? "" : valuesProblemText(parsed.problem);
    };
    expect(error("1:10")).toBe(
      "--values '1:10': a range is from:to:step, three numbers, e.g. 10:90:10",
    );
    expect(error("1:10:0")).toBe(
      "--values '1:10:0': the step must be non-zero and lead from 1 to 10",
    );
    expect(error("10:1:1")).toContain("must be non-zero and lead from 10 to 1");
    expect(error("1,x")).toBe(
      "--values '1,x': a list is numbers separated by commas, e.g. 1,2,4,8",
    );
    expect(error("1:5000:1")).toBe("--values '1:5000:1': 5000 values, more than 1000");
  });
});
