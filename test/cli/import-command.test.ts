import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { main } from "../../src/cli/main";
import { otlpRequest, SERVER, spanId, traceId } from "../import/fixtures";

const dir = mkdtempSync(join(tmpdir(), "archsim-import-"));

async function archsim(...argv: string[]) {
  let stdout = "";
  let stderr = "";
  const code = await main(argv, {
    stdout: (s) => {
      stdout += s;
    },
    stderr: (s) => {
      stderr += s;
    },
  });
  return { code, stdout, stderr };
}

function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

const roots = Array.from({ length: 40 }, (_, i) => {
  const at = i * 0.05;
  return otlpRequest([
    {
      service: "api",
      traceId: traceId(),
      spanId: spanId(),
      kind: SERVER,
      start: at,
      end: at + 0.02,
    },
  ]);
});

describe("archsim import otel", () => {
  it("prints the scenario on stdout and the report on stderr", async () => {
    const r = await archsim("import", "otel", file("ok.jsonl", roots.join("\n")), "--name", "API");
    expect(r.code).toBe(0);
    const scenario = JSON.parse(r.stdout);
    expect(scenario).toMatchObject({ version: 1, name: "API" });
    expect(r.stderr).toContain("inferred: Read 40 spans in 40 traces from 1 service.");
    expect(r.stderr).toContain("assumed: api: worker counts are not in traces");
  });

  it("names the file, line and field of what it could not read", async () => {
    const text = [roots[0], "[1, 2", roots[1]].join("\n");
    const r = await archsim("import", "otel", file("bad.jsonl", text));
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/bad\.jsonl: line 2: not JSON/);
    expect(r.stderr).toContain("warning: 1 problems in the file");
  });

  it("exits 2 with the reason when there is nothing to import", async () => {
    const empty = await archsim("import", "otel", file("empty.json", "{}"));
    expect(empty.code).toBe(2);
    expect(empty.stdout).toBe("");
    expect(empty.stderr).toContain("No span could be read");
    const missing = await archsim("import", "otel", join(dir, "nope.json"));
    expect(missing).toMatchObject({ code: 2, stdout: "" });
    expect(missing.stderr).toContain("no such file");
    const source = await archsim("import", "zipkin", "x.json");
    expect(source.code).toBe(2);
    expect(source.stderr).toContain("the source is 'otel'");
  });
});

describe("archsim fit", () => {
  const samples = Array.from({ length: 500 }, (_, i) => -20 * Math.log(1 - (i + 0.5) / 500));

  it("prints every candidate, the chosen Dist and a quantile table", async () => {
    const r = await archsim(
      "fit",
      file("lat.csv", `latency_ms\n${samples.join("\n")}\n`),
      "--unit",
      "ms",
    );
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^exp .*<- chosen$/m);
    expect(r.stdout).toContain("Kolmogorov-Smirnov");
    expect(r.stdout).toMatch(/Dist: \{"dist":"exp","mean":0\.0199\d*\}/);
    expect(r.stdout).toMatch(/^p90 /m);
  });

  it("prints JSON with --json", async () => {
    const r = await archsim(
      "fit",
      file("lat2.csv", samples.join("\n")),
      "--json",
      "--criterion",
      "aic",
    );
    expect(JSON.parse(r.stdout)).toMatchObject({ n: 500, criterion: "aic", dist: { dist: "exp" } });
  });

  it("refuses a file with no duration in it, and warns of each bad line", async () => {
    const r = await archsim("fit", file("none.csv", "x\nabc\n"));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("none.csv:2: warning: not a duration >= 0, skipped: 'abc'");
    expect(r.stderr).toContain("holds no duration to fit");
  });
});
