import { describe, expect, it } from "vitest";
import { theoryValue } from "../../src/ui/theory-value";

describe("a theory figure as the page writes it", () => {
  it("gives shares in percent, times with their unit and queues as they are", () => {
    expect(theoryValue("utilization", 0.25, "en")).toBe("25%");
    expect(theoryValue("meanResponse", 0.02, "en")).toBe("20 ms");
    expect(theoryValue("meanWait", 1.5, "en")).toBe("1.5 s");
    expect(theoryValue("meanQueue", 2.345, "en")).toBe("2.35");
    expect(theoryValue("meanQueue", Number.POSITIVE_INFINITY, "en")).toBe("∞");
  });

  it("writes tiny figures without scientific notation", () => {
    expect(theoryValue("meanWait", 4.5e-7, "en")).toBe("0.45 µs");
    expect(theoryValue("meanQueue", 7.8e-5, "zh-CN")).toBe("< 0.001");
    expect(theoryValue("rejected", 2e-9, "en")).toBe("< 0.001%");
  });
});
