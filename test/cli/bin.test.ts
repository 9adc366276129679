/**
 * End to end: the installed command, a real scenario file, the real engine. Each test spawns
 * `node bin/archsim.js` as a user's shell would and reads only its exit code and output.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { WithCi95 } from "../../src/sim/stats/confidence";
import type { Summary } from "../../src/sim/summary";
import { TINY_SCENARIO } from "./fixtures";

const BIN = join(import.meta.dirname, "..", "..", "bin", "archsim.js");
let dir: string;
let tiny: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "archsim-cli-"));
  tiny = join(dir, "tiny.json");
  writeFileSync(tiny, JSON.stringify(TINY_SCENARIO));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function archsim(...args: string[]) {
  const result = spawnSync(process.execPath, [BIN, ...args], { encoding: "utf8" });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function runJson(...args: string[]): Summary & WithCi95<Summary> {
  const result = archsim("run", tiny, "--json", ...args);
  expect(result.stderr).toBe("");
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout);
}

/** Everything but the wall-clock time, which no seed controls. */
function figures(summary: Summary): Omit<Summary, "wallSeconds"> {
  const { wallSeconds: _, ...rest } = summary;
  return rest;
}

describe("archsim (bin)", { timeout: 60_000 }, () => {
  it("prints the summary of the scenario as JSON and nothing else with --json", () => {
    const summary = runJson();
    expect(summary).toMatchObject({ scenario: "tiny", seed: "7", duration: 20, warmup: 2 });
    const r = summary.requests;
    expect(r.generated).toBe(r.completed + r.failed + r.inFlight);
    expect(r.completed).toBeGreaterThan(0);
    expect(Object.keys(summary.components)).toEqual(expect.arrayContaining(["users", "web"]));
  });

  it("gives the same figures for the same seed, and others for another", () => {
    expect(figures(runJson())).toEqual(figures(runJson()));
    expect(figures(runJson("--seed", "8")).requests).not.toEqual(figures(runJson()).requests);
  });

  it("applies --seed, --duration and --warmup over the scenario's", () => {
    expect(runJson("--seed", "abc", "--duration", "5", "--warmup", "1")).toMatchObject({
      seed: "abc",
      duration: 5,
      warmup: 1,
    });
  });

  it("averages --replications runs, with ci95 half-widths and the count", () => {
    const summary = runJson("--replications", "3");
    expect(summary.replications).toBe(3);
    expect(summary.ci95?.throughput).toBeGreaterThanOrEqual(0);
    expect(summary.latency.ci95).toHaveProperty("p99");
  });

  it("treats --replications 1 as the plain run, without half-widths", () => {
    const one = runJson("--replications", "1");
    expect(one).not.toHaveProperty("ci95");
    expect(one).not.toHaveProperty("replications");
    expect(figures(one)).toEqual(figures(runJson()));
  });

  it("prints CSV with --csv and a table by default", () => {
    const csv = archsim("run", tiny, "--csv");
    expect(csv.code).toBe(0);
    expect(csv.stdout.split("\n")[0]).toBe("scope,metric,value,ci95");
    expect(csv.stdout).toMatch(/^web,utilization,/m);
    const table = archsim("run", tiny);
    expect(table.code).toBe(0);
    expect(table.stdout).toMatch(/^web +\d/m);
  });

  it("exits 2 with a one-line message, no stack trace, for a missing file", () => {
    const result = archsim("run", join(dir, "missing.json"));
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toBe(`archsim: cannot read ${join(dir, "missing.json")}: no such file\n`);
  });

  it("exits 2 for an invalid scenario, and 0 with ok when validating a good one", () => {
    const bad = join(dir, "bad.json");
    writeFileSync(bad, JSON.stringify({ ...TINY_SCENARIO, duration: 0 }));
    const invalid = archsim("validate", bad);
    expect(invalid.code).toBe(2);
    expect(invalid.stderr.startsWith(`${bad}: duration`)).toBe(true);
    expect(archsim("validate", tiny)).toMatchObject({ code: 0, stdout: "ok\n", stderr: "" });
  });
});

describe("archsim compare, sweep and --slo (bin)", { timeout: 60_000 }, () => {
  const sweepArgs = () => [
    "sweep",
    tiny,
    "--param",
    "components.users.workload.rate",
    "--values",
    "10:40:10",
    "--replications",
    "2",
    "--json",
  ];

  it("gives the same sweep, to the last digit, on 1 and on 2 worker threads", () => {
    const one = archsim(...sweepArgs(), "--workers", "1");
    const two = archsim(...sweepArgs(), "--workers", "2");
    expect(one).toMatchObject({ code: 0, stderr: "" });
    expect(two).toMatchObject({ code: 0, stderr: "" });
    expect(two.stdout).toBe(one.stdout);
    const sweep = JSON.parse(one.stdout);
    expect(sweep.values).toEqual([10, 20, 30, 40]);
    expect(sweep.points[0].figures.throughput.mean).toBeGreaterThan(5);
  });

  it("gives the same comparison on 1 and on 2 worker threads, with no difference between a file and itself", () => {
    const args = ["compare", tiny, tiny, "--replications", "3", "--json"];
    const one = archsim(...args, "--workers", "1");
    const two = archsim(...args, "--workers", "2");
    expect(one.code).toBe(0);
    expect(two.stdout).toBe(one.stdout);
    for (const f of JSON.parse(one.stdout).figures) expect(f.differences[0].mean).toBe(0);
  });

  it("exits 1 when an --slo is violated and 0 when met", () => {
    const violated = archsim("run", tiny, "--slo", "p99<1ms");
    expect(violated.code).toBe(1);
    expect(violated.stdout).toMatch(/^SLO p99<1ms violated: p99 is .* ms over the limit$/m);
    expect(archsim("run", tiny, "--slo", "p99<60").code).toBe(0);
  });

  it("lists the commands and options in --help", () => {
    const help = archsim("--help");
    expect(help.code).toBe(0);
    for (const word of [
      "compare <a.json>",
      "sweep <scenario.json>",
      "--slo",
      "--param",
      "--values",
      "--workers",
    ]) {
      expect(help.stdout).toContain(word);
    }
  });
});
