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
