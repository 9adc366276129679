import { afterEach, describe, expect, it } from "vitest";
import { comparisonRequest } from "../../../src/ui/compare/comparison-request";
import { initialCompareState, type TableError } from "../../../src/ui/compare/state";
import { tableProblemText } from "../../../src/ui/compare/table-problem";
import { setLocale } from "../../../src/ui/i18n/translate";

afterEach(() => setLocale("en"));

/** Variant `name`: 60 s with a 5 s warm-up, so a comparison of 2 s per run refuses it. */
const variant = (name: string) => ({
  name,
  text: JSON.stringify({
    version: 1,
    name,
    duration: 60,
    warmup: 5,
    components: [{ id: "web", type: "server", service: { dist: "const", value: 0.01 } }],
  }),
});

/** The table after a comparison that failed for `error`. */
const failed = (error: TableError) => ({
  ...initialCompareState().table,
  status: "failed" as const,
  error,
});

/** Why comparisonRequest refused, as the controller keeps it. */
function refused(...args: Parameters<typeof comparisonRequest>): TableError {
  const request = comparisonRequest(...args);
  if (request.ok) throw new Error("the request was accepted");
  return request.refusal;
}

describe("tableProblemText", () => {
  it("says nothing unless the last comparison failed", () => {
    expect(tableProblemText(initialCompareState().table)).toBeNull();
    const cancelled = { ...failed({ kind: "replications" }), status: "cancelled" as const };
    expect(tableProblemText(cancelled)).toBeNull();
  });

  it("rewords a count of replications out of range after a switch to Chinese", () => {
    const table = failed(refused([variant("A"), variant("B")], "42", 1));
    expect(tableProblemText(table)).toBe(
      "The comparison did not run: Replications must be a whole number from 2 to 100.",
    );
    setLocale("zh-CN");
    expect(tableProblemText(table)).toBe("比较未能运行：重复次数必须是 2 到 100 之间的整数。");
  });

  it("names the variant refused with its first issue, reworded after a switch to Chinese", () => {
    const table = failed(refused([variant("A"), variant("B")], "42", 10, 2));
    expect(tableProblemText(table)).toBe(
      "The comparison did not run: A: warmup: must be less than duration (2), got 5",
    );
    setLocale("zh-CN");
    expect(tableProblemText(table)).toBe("比较未能运行：A: warmup: 应小于 duration（2），实际为 5");
  });

  it("keeps the browser's message of a failed worker as it gave it, inside the worded frame", () => {
    const table = failed({ kind: "batch", reason: "out of memory" });
    expect(tableProblemText(table)).toBe("The comparison did not run: out of memory");
    setLocale("zh-CN");
    expect(tableProblemText(table)).toBe("比较未能运行：out of memory");
  });
});
