import { describe, expect, it } from "vitest";
import {
  formatCount,
  formatPercent,
  formatRate,
  formatSeconds,
  plural,
  textWidthEm,
  truncate,
  typeName,
} from "../../../src/ui/topology/format";

describe("formatPercent", () => {
  it("rounds a share to a whole percentage and dashes the unknown", () => {
    expect(formatPercent(0.723)).toBe("72%");
    expect(formatPercent(1)).toBe("100%");
    expect(formatPercent(Number.NaN)).toBe("–");
  });
});

describe("formatCount", () => {
  it("keeps one decimal under 10, whole numbers to 9999, then k and M", () => {
    expect(formatCount(3.24)).toBe("3.2");
    expect(formatCount(3)).toBe("3");
    expect(formatCount(152.4)).toBe("152");
    expect(formatCount(1234)).toBe("1.2k");
    expect(formatCount(12345)).toBe("12k");
    expect(formatCount(2_500_000)).toBe("2.5M");
    expect(formatCount(Number.NaN)).toBe("–");
  });

  it("writes a billion and more in powers of ten, never 1e+302M", () => {
    expect(formatCount(999_000_000)).toBe("999M");
    expect(formatCount(1e308)).toBe("1E308");
    expect(formatCount(2.5e9)).toBe("2.5E9");
  });
});

describe("plural", () => {
  it("counts in words, and shows a count that is not a number yet as unknown", () => {
    expect(plural(1, "worker")).toBe("1 worker");
    expect(plural(8, "worker")).toBe("8 workers");
    expect(plural(Number.NaN, "worker")).toBe("– workers");
  });
});

describe("formatRate", () => {
  it("adds the per-second unit", () => {
    expect(formatRate(152.4)).toBe("152/s");
    expect(formatRate(0.25)).toBe("0.3/s");
    expect(formatRate(0)).toBe("0/s");
    expect(formatRate(Number.NaN)).toBe("–");
  });
});

describe("formatSeconds", () => {
  /** The text with its no-break spaces shown as plain ones. */
  const plain = (s: number) => formatSeconds(s).replaceAll("\u00a0", " ");

  it("writes durations under a second in milliseconds", () => {
    expect(plain(0.03)).toBe("30 ms");
    expect(plain(0.0005)).toBe("0.5 ms");
    expect(plain(2)).toBe("2 s");
    expect(plain(123.456)).toBe("123 s");
    expect(plain(0)).toBe("0 s");
    expect(plain(Number.POSITIVE_INFINITY)).toBe("∞");
  });

  it("keeps a number and its unit on one line", () => {
    expect(formatSeconds(0.03)).toBe("30\u00a0ms");
  });
});

describe("truncate", () => {
  it("cuts a long name with an ellipsis and leaves a short one alone", () => {
    expect(truncate("Load balancer", 14)).toBe("Load balancer");
    expect(truncate("Payment gateway service", 10)).toBe("Payment g…");
    expect(truncate("Payment gateway service", 10)).toHaveLength(10);
  });

  it("counts a Chinese character as two columns", () => {
    expect(truncate("负载均衡器", 14)).toBe("负载均衡器");
    expect(truncate("Gunicorn 旧机器（2 核）", 14)).toBe("Gunicorn 旧机…");
    expect(truncate("办公室（单解析器）", 14)).toBe("办公室（单解…");
  });
});

describe("typeName", () => {
  it("writes a type in words", () => {
    expect(typeName("loadbalancer")).toBe("load balancer");
    expect(typeName("server")).toBe("server");
    expect(typeName("queue")).toBe("message queue");
    expect(typeName("cdn")).toBe("CDN");
    expect(typeName("database")).toBe("database");
    expect(typeName("autoscaler")).toBe("autoscaler");
  });
});

describe("textWidthEm", () => {
  it("counts a Chinese character as an em and a digit or slash as 0.6 em", () => {
    expect(textWidthEm("秒")).toBe(1);
    expect(textWidthEm("960/秒")).toBeCloseTo(3.4);
  });
});
