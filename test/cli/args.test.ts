import { describe, expect, it } from "vitest";
import { parseArgs } from "../../src/cli/args";

function errorsOf(argv: string[]): string[] {
  const parsed = parseArgs(argv);
  if (parsed.ok) throw new Error(`expected errors, got ${JSON.stringify(parsed.command)}`);
  return parsed.errors;
}

describe("parseArgs", () => {
  it("reads run with only a file as one replication printed as a table, with no overrides", () => {
    expect(parseArgs(["run", "shop.json"])).toEqual({
      ok: true,
      command: { kind: "run", file: "shop.json", format: "table", replications: 1 },
    });
  });

  it("lets --json and --csv choose the output format", () => {
    expect(parseArgs(["run", "--json", "a.json"])).toMatchObject({ command: { format: "json" } });
    expect(parseArgs(["run", "a.json", "--csv"])).toMatchObject({ command: { format: "csv" } });
  });

  it("reads the overrides given as separate words or with =, in any order", () => {
    const argv = ["run", "--seed", "abc", "a.json", "--duration=60", "--warmup", "5.5"];
    expect(parseArgs([...argv, "--replications=4"])).toEqual({
      ok: true,
      command: {
        kind: "run",
        file: "a.json",
        format: "table",
        seed: "abc",
        duration: 60,
        warmup: 5.5,
        replications: 4,
      },
    });
  });

  it("takes a seed that starts with a single dash, or is the word help, as the seed", () => {
    expect(parseArgs(["run", "a.json", "--seed", "-3"])).toMatchObject({ command: { seed: "-3" } });
    expect(parseArgs(["run", "a.json", "--seed", "help"])).toMatchObject({
      command: { seed: "help" },
    });
  });

  it("reads validate with its file", () => {
    expect(parseArgs(["validate", "a.json"])).toEqual({
      ok: true,
      command: { kind: "validate", file: "a.json" },
    });
  });

  it("treats help as a command, and --help or -h anywhere, as a request for the usage text", () => {
    for (const argv of [["help"], ["--help"], ["-h"], ["run", "a.json", "--help", "--bogus"]]) {
      expect(parseArgs(argv)).toEqual({ ok: true, command: { kind: "help" } });
    }
  });

  it("treats version as a command, and --version or -V anywhere, as a request for the version", () => {
    for (const argv of [["version"], ["--version"], ["-V"], ["run", "a.json", "--version"]]) {
      expect(parseArgs(argv)).toEqual({ ok: true, command: { kind: "version" } });
    }
  });

  it("suggests the command a mistyped one is closest to, and none for a word far from all", () => {
    expect(errorsOf(["rnu", "a.json"])).toEqual(["unknown command 'rnu'; did you mean 'run'?"]);
    expect(errorsOf(["comapre", "a.json"])).toEqual([
      "unknown command 'comapre'; did you mean 'compare'?",
    ]);
    expect(errorsOf(["verison"])).toEqual(["unknown command 'verison'; did you mean 'version'?"]);
    expect(errorsOf(["srve"])).toEqual(["unknown command 'srve'; did you mean 'serve'?"]);
    expect(errorsOf(["mrege"])).toEqual(["unknown command 'mrege'; did you mean 'merge'?"]);
    expect(errorsOf(["simulate"])).toEqual(["unknown command 'simulate'"]);
  });

  it("suggests the option of that command a mistyped one is closest to", () => {
    expect(errorsOf(["run", "a.json", "--jsn"])).toEqual([
      "unknown option --jsn for run; did you mean '--json'?",
    ]);
    expect(errorsOf(["sweep", "a.json", "--parm", "p", "--values", "1"])).toContain(
      "unknown option --parm for sweep; did you mean '--param'?",
    );
    // --param is sweep's: run has nothing close to suggest.
    expect(errorsOf(["run", "a.json", "--param"])).toEqual(["unknown option --param for run"]);
  });

  it("refuses an empty command line and an unknown command", () => {
    expect(errorsOf([])).toEqual(["no command given"]);
    expect(errorsOf(["simulate", "a.json"])).toEqual(["unknown command 'simulate'"]);
  });

  it("names unknown options, and options of run given to validate", () => {
    expect(errorsOf(["run", "a.json", "--fast"])).toEqual(["unknown option --fast for run"]);
    expect(errorsOf(["validate", "a.json", "--json"])).toEqual([
      "unknown option --json for validate",
    ]);
  });

  it("refuses a replication count that is not an integer >= 1", () => {
    for (const n of ["0", "-2", "1.5", "abc", ""]) {
      expect(errorsOf(["run", "a.json", `--replications=${n}`])).toEqual([
        `--replications must be an integer >= 1, got '${n}'`,
      ]);
    }
  });

  it("refuses a duration that is not a number > 0 and a negative warmup", () => {
    expect(errorsOf(["run", "a.json", "--duration", "-1"])).toEqual([
      "--duration must be a number > 0, got '-1'",
    ]);
    expect(errorsOf(["run", "a.json", "--duration", "0"])).toHaveLength(1);
    expect(errorsOf(["run", "a.json", "--duration", "Infinity"])).toHaveLength(1);
    expect(errorsOf(["run", "a.json", "--duration", "0x10"])).toHaveLength(1);
    expect(errorsOf(["run", "a.json", "--warmup", "-0.5"])).toEqual([
      "--warmup must be a number >= 0, got '-0.5'",
    ]);
  });

  it("says an option needs a value when it ends the line or another option follows", () => {
    expect(errorsOf(["run", "a.json", "--seed"])).toEqual(["--seed needs a value"]);
    expect(errorsOf(["run", "a.json", "--seed", "--json"])).toEqual(["--seed needs a value"]);
    expect(errorsOf(["run", "a.json", "--seed="])).toEqual(["--seed needs a value"]);
  });

  it("refuses a missing file, a second file, and flags given a value", () => {
    expect(errorsOf(["run", "--json"])).toEqual(["run needs a scenario file"]);
    expect(errorsOf(["validate", "a.json", "b.json"])).toEqual(["unexpected argument 'b.json'"]);
    expect(errorsOf(["run", "a.json", "--json=yes"])).toEqual(["--json takes no value"]);
  });

  it("refuses --json and --csv together", () => {
    expect(errorsOf(["run", "a.json", "--json", "--csv"])).toEqual([
      "--json and --csv cannot be combined",
    ]);
  });

  it("reports every mistake at once", () => {
    expect(errorsOf(["run", "--replications", "0", "--duration", "-1", "--nope"])).toEqual([
      "unknown option --nope for run",
      "run needs a scenario file",
      "--duration must be a number > 0, got '-1'",
      "--replications must be an integer >= 1, got '0'",
    ]);
  });
});

describe("parseArgs of compare, sweep and --slo", () => {
  it("reads compare with two files or more, 10 replications by default, and --workers", () => {
    expect(parseArgs(["compare", "a.json", "b.json", "c.json", "--workers", "3"])).toEqual({
      ok: true,
      command: {
        kind: "compare",
        files: ["a.json", "b.json", "c.json"],
        format: "table",
        replications: 10,
        workers: 3,
      },
    });
    expect(parseArgs(["compare", "a.json", "b.json", "--json"])).toMatchObject({
      command: { format: "json" },
    });
  });

  it("refuses compare with one file, one replication, or --csv", () => {
    expect(errorsOf(["compare", "a.json"])).toEqual(["compare needs 2 scenario files or more"]);
    expect(errorsOf(["compare", "a.json", "b.json", "--replications", "1"])).toEqual([
      "--replications must be an integer >= 2, got '1'",
    ]);
    expect(errorsOf(["compare", "a.json", "b.json", "--csv"])).toEqual([
      "unknown option --csv for compare",
    ]);
  });

  it("reads sweep with its parameter, values, SLOs and 5 replications by default", () => {
    const argv = ["sweep", "a.json", "--param", "components.app.workers", "--values", "1:4:1"];
    expect(parseArgs([...argv, "--slo", "p99<0.25", "--csv"])).toEqual({
      ok: true,
      command: {
        kind: "sweep",
        file: "a.json",
        format: "csv",
        param: "components.app.workers",
        values: [1, 2, 3, 4],
        replications: 5,
        slos: [{ metric: "p99", comparison: "<", limit: 0.25, text: "p99<0.25" }],
      },
    });
  });

  it("says what a sweep lacks, and what is wrong with its values", () => {
    expect(errorsOf(["sweep", "a.json"])).toEqual([
      "sweep needs --param, the path of the field to vary",
      "sweep needs --values, as from:to:step or a list",
    ]);
    expect(errorsOf(["sweep", "a.json", "--param", "x", "--values", "1:2"])).toEqual([
      "--values '1:2': a range is from:to:step, three numbers, e.g. 10:90:10",
    ]);
  });

  it("gathers repeated and comma-separated --slo, and reports a malformed one as bad input", () => {
    const parsed = parseArgs([
      "run",
      "a.json",
      "--slo",
      "p99<0.25,mean<0.1",
      "--slo=throughput>=9",
    ]);
    expect(
      parsed.ok && parsed.command.kind === "run" && parsed.command.slos?.map((s) => s.text),
    ).toEqual(["p99<0.25", "mean<0.1", "throughput>=9"]);
    expect(errorsOf(["run", "a.json", "--slo", "p99 less than 1"])).toEqual([
      "SLO 'p99 less than 1' is not of the form <metric><comparison><number>, e.g. p99<0.25 or throughput>=90",
    ]);
  });

  it("refuses --workers that is not an integer >= 1, and --workers for run", () => {
    expect(
      errorsOf(["sweep", "a.json", "--param", "x", "--values", "1", "--workers", "0"]),
    ).toEqual(["--workers must be an integer >= 1, got '0'"]);
    expect(errorsOf(["run", "a.json", "--workers=2"])).toEqual([
      "unknown option --workers for run",
    ]);
  });
});
