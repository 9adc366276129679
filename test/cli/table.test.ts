import { describe, expect, it } from "vitest";
import { sig3, summaryToTable } from "../../src/cli/table";
import type { CostSummary } from "../../src/sim/summary";
import { averaged, oneRun } from "./fixtures";

describe("sig3", () => {
  it("keeps three significant digits, trailing zeros included", () => {
    expect(sig3(12.345)).toBe("12.3");
    expect(sig3(0.0123456)).toBe("0.0123");
    expect(sig3(20)).toBe("20.0");
    expect(sig3(-1.004)).toBe("-1.00");
  });

  it("writes a figure too small for three decimals as < 0.001, never in exponent notation", () => {
    expect(sig3(0.0000776)).toBe("< 0.001");
    expect(sig3(6.54e-19)).toBe("< 0.001");
    expect(sig3(-3e-9)).toBe("> -0.001");
    expect(sig3(0.001)).toBe("0.00100");
  });

  it("writes zero as 0 and large values as whole numbers rather than in exponent notation", () => {
    expect(sig3(0)).toBe("0");
    expect(sig3(999.4)).toBe("999");
    expect(sig3(999.5)).toBe("1000");
    expect(sig3(123_456.7)).toBe("123457");
  });
});

describe("summaryToTable", () => {
  it("shows one run with latency in ms, utilisation in %, per-class lines and one aligned row per component", () => {
    expect(summaryToTable(oneRun())).toBe(
      [
        "scenario     shop",
        "seed         7",
        "simulated    120 s, statistics after 10 s warmup",
        "events       52310 in 0.123 s wall time",
        "",
        "requests     generated 1100, completed 1090, failed 8, in flight 2",
        "failures     rejected 5, timeout 3, unavailable 0, error 0",
        "retries      4",
        "throughput   9.91 req/s",
        "latency ms   mean 12.3, p50 10.1, p90 20.0, p99 50.3, p99.9 80.1, max 1234",
        "class read   completed 990, failed 6, latency ms mean 11.0, p50 8.80, p99 44.0",
        "class write  completed 100, failed 2, latency ms mean 25.0, p50 20.0, p99 100",
        "",
        "component  util %  queue  wait ms  served  rejected  p50 ms  p99 ms  other",
        "users           -      -        -       -         -       -       -  offered 10",
        "web          45.2  0.120     1.23    1090         5    10.1    50.3",
        "cache           -      -        -       -         -       -       -  hitRatio 0.921",
        "",
      ].join("\n"),
    );
  });

  it("shows averaged replications as value ± half-width, and says so", () => {
    const text = summaryToTable(averaged());
    expect(text).toContain("replications  5, figures are mean ± 95% confidence half-width");
    expect(text).toContain("completed 1090 ± 29.5");
    expect(text).toContain("throughput    9.91 ± 0.250 req/s");
    expect(text).toContain("p99 50.3 ± 2.10, p99.9 80.1,");
    expect(text).toMatch(
      /^web +45\.2 ± 1\.20 +0\.120 ± 0\.0100 +1\.23 +1090 ± 29 +5 +10\.1 ± 0\.200/m,
    );
  });

  it("shows the cost over the window, per million requests and per component", () => {
    const cost = { total: 3, perMillionRequests: 375, components: { web: 0.5, db: 2.5 } };
    expect(summaryToTable({ ...oneRun(), cost })).toContain(
      "cost         total 3.00, 375 per million requests (web 0.500, db 2.50)\n",
    );
    const averaged = {
      total: 3,
      components: { web: 0.5, ci95: { web: 0.01 } },
      ci95: { total: 0.02 },
    } as unknown as CostSummary;
    expect(summaryToTable({ ...oneRun(), cost: averaged })).toContain(
      "total 3.00 ± 0.0200, no request completed (web 0.500 ± 0.0100)",
    );
    const none = { total: 3, components: { web: 3 } };
    expect(summaryToTable({ ...oneRun(), cost: none })).toContain(
      "total 3.00, no request completed (web 3.00)",
    );
  });

  it("says per fault in how many replications the system recovered and how long those took", () => {
    const across = (recovered: number, seconds: number | null, h: number | null) => ({
      fault: "crash web at 60 s",
      start: 60,
      end: 90,
      baselineGoodput: 10,
      baselineP99: 0.05,
      recoveredAt: seconds === null ? null : 90 + seconds,
      seconds,
      runs: 5,
      recovered,
      ci95: { baselineGoodput: 0.1, baselineP99: 0.001, recoveredAt: h, seconds: h },
    });
    const lines = (r: ReturnType<typeof across>) =>
      summaryToTable({ ...averaged(), recovery: [r] })
        .split("\n")
        .filter((line) => line.startsWith("recovery"));
    expect(lines(across(5, 2.5, 0.4))).toEqual([
      "recovery      crash web at 60 s: recovered in 5 of 5 runs, back to pre-fault goodput and p99 2.50 ± 0.400 s after it ended",
    ]);
    expect(lines(across(1, 7, null))).toEqual([
      "recovery      crash web at 60 s: recovered in 1 of 5 runs, back to pre-fault goodput and p99 7.00 s after it ended (mean of those 1)",
    ]);
    expect(lines(across(0, null, null))).toEqual([
      "recovery      crash web at 60 s: not recovered by the end of any of 5 runs",
    ]);
  });

  it("leaves out the per-class lines when there is a single request class", () => {
    const summary = { ...oneRun(), classes: { default: oneRun().classes.read } };
    expect(summaryToTable(summary)).not.toContain("class ");
  });

  it("aligns every component row on the header, whatever the width of its cells", () => {
    const lines = summaryToTable(averaged()).split("\n");
    const header = lines.findIndex((l) => l.startsWith("component"));
    const rows = lines.slice(header, header + 4);
    const end = rows[0].indexOf("p99 ms") + "p99 ms".length;
    for (const row of rows) expect(row.charAt(end)).toMatch(/^ ?$/);
    for (const row of rows.slice(1)) expect(row[end - 1]).toMatch(/\S/);
  });
});
