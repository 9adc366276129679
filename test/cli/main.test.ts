import { join } from "node:path";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { insightsJson } from "../../src/cli/insights";
import { main, USAGE } from "../../src/cli/main";
import { summaryFingerprint } from "../../src/sim/fingerprint";
import { runScenario } from "../../src/sim/run";
import { StalledClock } from "../../src/sim/stalled-clock";
import { fakeRun, TINY_SCENARIO } from "./fixtures";

// The engine is replaced by a stand-in: these tests are about the wiring of the command line;
// bin.test.ts runs the real engine end to end.
vi.mock("../../src/sim/run");
const engine = vi.mocked(runScenario);

beforeEach(() => {
  engine.mockReset();
  engine.mockImplementation(fakeRun);
});

const TINY = JSON.stringify(TINY_SCENARIO);
const INVALID = JSON.stringify({
  version: 1,
  name: "bad",
  duration: -5,
  components: [
    { id: "users", type: "client", workload: { kind: "open", rate: 1 }, target: "web" },
    { id: "web", type: "server", workers: 0, service: { dist: "exp", mean: 0.05 } },
  ],
});

/** Runs main() on an in-memory file system, collecting what it prints. */
async function archsim(argv: string[], files: Record<string, string> = { "tiny.json": TINY }) {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const readFile = vi.fn((path: string) => {
    if (path in files) return files[path];
    throw Object.assign(new Error(`ENOENT: no such file or directory, open '${path}'`), {
      code: "ENOENT",
    });
  });
  const code = await main(argv, {
    stdout: (s) => stdout.push(s),
    stderr: (s) => stderr.push(s),
    readFile,
  });
  return { code, stdout: stdout.join(""), stderr: stderr.join(""), readFile };
}

describe("main", () => {
  it("prints the usage on stderr and exits 2 when given nothing", async () => {
    expect(await archsim([])).toMatchObject({ code: 2, stdout: "", stderr: USAGE });
  });

  it("prints the usage on stdout and exits 0 when asked for help", async () => {
    expect(await archsim(["help"])).toMatchObject({ code: 0, stdout: USAGE, stderr: "" });
    expect(await archsim(["--help"])).toMatchObject({ code: 0, stdout: USAGE });
  });

  it("exits 2 naming an unknown command or option, and points to help", async () => {
    const command = await archsim(["simulate", "tiny.json"]);
    expect(command.code).toBe(2);
    expect(command.stderr).toBe(
      "archsim: unknown command 'simulate'\nRun 'archsim help' for usage.\n",
    );
    const option = await archsim(["run", "tiny.json", "--fast"]);
    expect(option.code).toBe(2);
    expect(option.stderr).toContain("archsim: unknown option --fast for run\n");
  });

  it("exits 2 on bad option values without reading the file", async () => {
    for (const bad of [["--replications", "0"], ["--duration", "-1"], ["--seed"]]) {
      const result = await archsim(["run", "tiny.json", ...bad]);
      expect(result.code).toBe(2);
      expect(result.stderr).toContain(bad[0]);
      expect(result.readFile).not.toHaveBeenCalled();
    }
  });

  it("exits 2 with a message naming a missing file, and no stack trace", async () => {
    const result = await archsim(["run", "nowhere.json"]);
    expect(result).toMatchObject({ code: 2, stdout: "" });
    expect(result.stderr).toBe("archsim: cannot read nowhere.json: no such file\n");
  });

  it("reads the real file system when no readFile is given", async () => {
    const stderr: string[] = [];
    const missing = join(import.meta.dirname, "no-such-scenario.json");
    const code = await main(["validate", missing], {
      stdout: () => {},
      stderr: (s) => stderr.push(s),
    });
    expect(code).toBe(2);
    expect(stderr.join("")).toBe(`archsim: cannot read ${missing}: no such file\n`);
  });

  it("exits 2 on invalid JSON, naming the file", async () => {
    const result = await archsim(["run", "broken.json"], { "broken.json": '{"version": 1,' });
    expect(result).toMatchObject({ code: 2, stdout: "" });
    expect(result.stderr).toMatch(/^broken\.json:1:15: not valid JSON: /);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(engine).not.toHaveBeenCalled();
  });

  it("exits 2 on an invalid scenario, printing every error on its own line after the file name", async () => {
    const result = await archsim(["run", "bad.json"], { "bad.json": INVALID });
    expect(result).toMatchObject({ code: 2, stdout: "" });
    const lines = result.stderr.trimEnd().split("\n");
    expect(lines.length).toBeGreaterThanOrEqual(2);
    for (const line of lines) expect(line).toMatch(/^bad\.json: /);
    expect(lines.some((l) => l.startsWith("bad.json: duration"))).toBe(true);
    expect(lines.some((l) => l.startsWith("bad.json: components[1].workers"))).toBe(true);
    expect(engine).not.toHaveBeenCalled();
  });

  it("validates a good scenario by printing ok and exiting 0 without running it", async () => {
    expect(await archsim(["validate", "tiny.json"])).toMatchObject({ code: 0, stdout: "ok\n" });
    expect(engine).not.toHaveBeenCalled();
  });

  it("prints warnings on stderr, after the file name, and still accepts the scenario", async () => {
    const odd = JSON.stringify({ ...TINY_SCENARIO, colour: "blue" });
    const result = await archsim(["validate", "odd.json"], { "odd.json": odd });
    expect(result).toMatchObject({ code: 0, stdout: "ok\n" });
    expect(result.stderr).toMatch(/^odd\.json: warning: colour: /);
  });

  it("validates a bad scenario by printing its errors and exiting 2", async () => {
    const result = await archsim(["validate", "bad.json"], { "bad.json": INVALID });
    expect(result).toMatchObject({ code: 2, stdout: "" });
    expect(result.stderr).toMatch(/^bad\.json: /);
  });

  it("prints exactly the summary JSON with its fingerprint, insights and theory, and nothing else, with --json", async () => {
    const result = await archsim(["run", "tiny.json", "--json"]);
    expect(result.code).toBe(0);
    const run = engine.mock.results[0].value;
    const fingerprinted = { ...run, fingerprint: summaryFingerprint(run) };
    const summary = { ...fingerprinted, ...insightsJson(engine.mock.calls[0][0], fingerprinted) };
    expect(result.stdout).toBe(`${JSON.stringify(summary, null, 2)}\n`);
    expect(JSON.parse(result.stdout)).toEqual(summary);
  });

  it("prints the summary as CSV with --csv and as a table by default", async () => {
    const csv = await archsim(["run", "tiny.json", "--csv"]);
    expect(csv.stdout.split("\n")[0]).toBe("scope,metric,value,ci95");
    expect(csv.stdout).toContain("all,scenario,tiny,\n");
    const table = await archsim(["run", "tiny.json"]);
    expect(table.code).toBe(0);
    expect(table.stdout).toMatch(/^scenario +tiny\n/);
    expect(table.stdout).toMatch(/^fingerprint +[0-9a-f]{10}$/m);
    expect(table.stdout).toMatch(/^component +util %/m);
  });

  it("runs the scenario with the seed, duration and warmup of the command line", async () => {
    await archsim(["run", "tiny.json", "--seed", "x", "--duration", "30", "--warmup", "3"]);
    const [scenario, options] = engine.mock.calls[0];
    expect(scenario).toMatchObject({ name: "tiny", seed: "x", duration: 30, warmup: 3 });
    expect(options?.seed ?? scenario.seed).toBe("x");
    expect(options?.duration ?? scenario.duration).toBe(30);
  });

  it("exits 2 when the warmup would not be shorter than the duration", async () => {
    const warmup = await archsim(["run", "tiny.json", "--warmup", "20"]);
    expect(warmup.code).toBe(2);
    expect(warmup.stderr).toBe(
      "archsim: the warmup (20 s) must be shorter than the duration (20 s)\n",
    );
    const duration = await archsim(["run", "tiny.json", "--duration", "1"]);
    expect(duration.code).toBe(2);
    expect(duration.stderr).toContain("the warmup (2 s) must be shorter than the duration (1 s)");
    expect(engine).not.toHaveBeenCalled();
  });

  it("runs n replications with derived seeds and reports their count and half-widths", async () => {
    const result = await archsim(["run", "tiny.json", "--json", "--replications", "3"]);
    expect(engine.mock.calls.map(([, options]) => options?.seed)).toEqual(["7", "7#1", "7#2"]);
    const summary = JSON.parse(result.stdout);
    expect(summary.replications).toBe(3);
    expect(summary.ci95.throughput).toBeGreaterThan(0);
    expect(summary.latency.ci95).toBeDefined();
  });

  it("exits 1 with the message of an unexpected exception, without a stack trace", async () => {
    engine.mockImplementation(() => {
      throw new Error("conservation violated: generated 10 != 9");
    });
    const result = await archsim(["run", "tiny.json", "--json"]);
    expect(result).toMatchObject({
      code: 1,
      stdout: "",
      stderr: "archsim: internal error: conservation violated: generated 10 != 9\n",
    });
  });

  it("exits 2 when the scenario loops without time advancing: the scenario's fault, not archsim's", async () => {
    engine.mockImplementation(() => {
      throw new StalledClock(0);
    });
    const result = await archsim(["run", "tiny.json"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^archsim: simulated time stopped advancing at t=0 s/);
  });
});

describe("main: --slo, compare and sweep", () => {
  it("exits 1 when an --slo is violated, saying which and by how much after the table", async () => {
    // The stand-in's p99 is 50.3 ms and its throughput 10 to 19 req/s.
    const result = await archsim(["run", "tiny.json", "--slo", "p99<0.05,throughput>=5"]);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(
      /\n\nSLO p99<0\.05 violated: p99 is 50\.3 ms, 0\.300 ms over the limit\nSLO throughput>=5 met: throughput is 1\d\.\d req\/s\n$/,
    );
    expect(result.stderr).toBe("");
  });

  it("keeps stdout to the JSON with --json and says a violation on stderr", async () => {
    const result = await archsim(["run", "tiny.json", "--json", "--slo", "p99<50ms"]);
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout)).toHaveProperty("latency");
    expect(result.stderr).toBe(
      "archsim: SLO p99<50ms violated: p99 is 50.3 ms, 0.300 ms over the limit\n",
    );
  });

  it("exits 0 when every objective is met", async () => {
    const result = await archsim([
      "run",
      "tiny.json",
      "--slo",
      "p99<=0.0503",
      "--slo",
      "failureRatio<1%",
    ]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("SLO failureRatio<1% met: failureRatio is 0.729%\n");
  });

  it("exits 2 on a malformed --slo without running anything", async () => {
    const result = await archsim(["run", "tiny.json", "--slo", "p99<"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("SLO 'p99<' is not of the form");
    expect(engine).not.toHaveBeenCalled();
  });

  it("compares variants with replication i of each on the same seed, the first file's", async () => {
    const files = { "a.json": TINY, "b.json": TINY };
    const result = await archsim(
      ["compare", "a.json", "b.json", "--replications", "3", "--json"],
      files,
    );
    expect(result.code).toBe(0);
    const seeds = engine.mock.calls.map(([, options]) => options?.seed);
    expect(seeds).toEqual(["7", "7#1", "7#2", "7", "7#1", "7#2"]);
    const comparison = JSON.parse(result.stdout);
    expect(comparison).toMatchObject({
      variants: ["A", "B"],
      files: ["a.json", "b.json"],
      seed: "7",
    });
    const throughput = comparison.figures.find(
      (f: { figure: string }) => f.figure === "throughput",
    );
    expect(throughput.differences[0]).toEqual({
      mean: 0,
      halfWidth: 0,
      significant: false,
      verdict: "same",
    });
  });

  it("prints the comparison as a table naming each variant's file", async () => {
    const result = await archsim(["compare", "tiny.json", "tiny.json", "--replications", "2"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^A: tiny\.json \("tiny"\)\nB: tiny\.json \("tiny"\)\n/);
    expect(result.stdout).toMatch(/^figure +unit +A +B +B − A +± 95% +verdict$/m);
  });

  it("exits 2 when one of the compared files is invalid", async () => {
    const result = await archsim(["compare", "tiny.json", "bad.json"], {
      "tiny.json": TINY,
      "bad.json": INVALID,
    });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^bad\.json: /);
    expect(engine).not.toHaveBeenCalled();
  });

  it("sweeps a parameter: each value's scenario, with the same replication seeds", async () => {
    const argv = ["sweep", "tiny.json", "--param", "components.web.workers", "--values", "1,3"];
    const result = await archsim([...argv, "--replications", "2", "--json"]);
    expect(result.code).toBe(0);
    const runs = engine.mock.calls.map(([scenario, options]) => [
      (scenario.components[1] as { workers: number }).workers,
      options?.seed,
    ]);
    expect(runs).toEqual([
      [1, "7"],
      [1, "7#1"],
      [3, "7"],
      [3, "7#1"],
    ]);
    const sweep = JSON.parse(result.stdout);
    expect(sweep).toMatchObject({
      param: "components.web.workers",
      values: [1, 3],
      replications: 2,
    });
    expect(sweep.points).toHaveLength(2);
  });

  it("refuses a --param the scenario format does not have, suggesting the path meant", async () => {
    const result = await archsim([
      "sweep",
      "tiny.json",
      "--param",
      "components.users.rate",
      "--values",
      "1,2",
    ]);
    expect(result).toMatchObject({
      code: 2,
      stdout: "",
      stderr:
        "archsim: --param components.users.rate: refused: components[0].rate is not a field of the scenario format; did you mean components.users.workload.rate?\n",
    });
    expect(engine).not.toHaveBeenCalled();
  });

  it("exits 2 naming the problem when the swept path or a value does not fit the scenario", async () => {
    const missing = await archsim([
      "sweep",
      "tiny.json",
      "--param",
      "components.db.workers",
      "--values",
      "1",
    ]);
    expect(missing).toMatchObject({
      code: 2,
      stderr: "archsim: --param components.db.workers: no component has the id 'db'\n",
    });
    const zero = await archsim([
      "sweep",
      "tiny.json",
      "--param",
      "components.web.workers",
      "--values",
      "0",
    ]);
    expect(zero.code).toBe(2);
    expect(zero.stderr).toContain("at components.web.workers = 0: components[1].workers: must be");
    expect(engine).not.toHaveBeenCalled();
  });
});
