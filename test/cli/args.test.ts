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
