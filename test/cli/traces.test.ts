import { describe, expect, it } from "vitest";
import { main } from "../../src/cli/main";
import type { ExportTraceServiceRequest } from "../../src/trace-export/otlp";

const SCENARIO = JSON.stringify({
  version: 1,
  name: "two tiers",
  seed: "5",
  duration: 20,
  network: { dist: "const", value: 0.001 },
  components: [
    { id: "users", type: "client", workload: { kind: "open", rate: 50 }, target: "web" },
    {
      id: "web",
      type: "server",
      workers: 2,
      service: { dist: "exp", mean: 0.02 },
      calls: [{ target: "db" }],
    },
    { id: "db", type: "server", workers: 4, service: { dist: "exp", mean: 0.01 } },
  ],
});

/** Runs the real engine in-process on an in-memory file system. */
async function archsim(argv: string[], writable = true) {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const written = new Map<string, string>();
  const code = await main(argv, {
    stdout: (s) => stdout.push(s),
    stderr: (s) => stderr.push(s),
    readFile: () => SCENARIO,
    writeFile: (path, text) => {
      if (!writable) throw new Error(`EACCES: permission denied, open '${path}'`);
      written.set(path, text);
    },
  });
  return { code, stdout: stdout.join(""), stderr: stderr.join(""), written };
}

const roots = (text: string) =>
  (JSON.parse(text) as ExportTraceServiceRequest).resourceSpans[0].scopeSpans[0].spans;

describe("archsim run --traces", () => {
  it("writes a sample of the run's requests as one line of OTLP/JSON and says so on stderr", async () => {
    const { code, stderr, written } = await archsim(["run", "m.json", "--traces", "out.json"]);
    expect(code).toBe(0);
    const text = written.get("out.json")!;
    expect(text.endsWith("}\n")).toBe(true);
    expect(text.split("\n")).toHaveLength(2);
    // 100 requests by default, less the few still in flight at the end, each with its web and
    // db spans.
    const n = roots(text).length;
    expect(n).toBeGreaterThan(90);
    expect(n).toBeLessThanOrEqual(100);
    expect(stderr).toContain(
      `archsim: wrote ${n} traces (${3 * n} spans, OTLP/JSON) to out.json\n`,
    );
  });

  it("keeps --trace-count requests, or a --trace-sample fraction of them", async () => {
    const counted = await archsim(["run", "m.json", "--traces", "a.json", "--trace-count", "7"]);
    expect(roots(counted.written.get("a.json")!)).toHaveLength(7);
    const sampled = await archsim(["run", "m.json", "--traces", "b.json", "--trace-sample", "0.1"]);
    // About 1000 requests in 20 s at 50/s: a tenth of them.
    const n = roots(sampled.written.get("b.json")!).length;
    expect(n).toBeGreaterThan(70);
    expect(n).toBeLessThan(130);
  });

  it("prints the same summary as a run without it, and the same file for the same seed", async () => {
    const plain = await archsim(["run", "m.json", "--json"]);
    const traced = await archsim(["run", "m.json", "--json", "--traces", "t.json"]);
    const again = await archsim(["run", "m.json", "--json", "--traces", "t.json"]);
    const withoutWall = (s: string) => ({ ...JSON.parse(s), wallSeconds: 0 });
    expect(withoutWall(traced.stdout)).toEqual(withoutWall(plain.stdout));
    expect(again.written.get("t.json")).toBe(traced.written.get("t.json"));
    const reseeded = await archsim(["run", "m.json", "--seed", "6", "--traces", "t.json"]);
    expect(reseeded.written.get("t.json")).not.toBe(traced.written.get("t.json"));
  });

  it("refuses bad trace options with exit code 2 and the reason", async () => {
    const cases: [string[], RegExp][] = [
      [["--trace-count", "5"], /--trace-count needs --traces <file>/],
      [["--traces", "t.json", "--trace-sample", "0"], /--trace-sample must be a fraction/],
      [["--traces", "t.json", "--trace-sample", "1.5"], /--trace-sample must be a fraction/],
      [["--traces", "t.json", "--trace-count", "2.5"], /--trace-count must be an integer/],
      [["--traces", "t.json", "--trace-count", "1000000"], /from 1 to 100000/],
      [["--traces", "t.json", "--shard", "0/2"], /cannot be combined with --shard/],
    ];
    for (const [options, message] of cases) {
      const result = await archsim(["run", "m.json", ...options]);
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(message);
      expect(result.written.size).toBe(0);
    }
  });

  it("says when the file cannot be written, with exit code 2", async () => {
    const result = await archsim(["run", "m.json", "--traces", "/no/t.json"], false);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/cannot write \/no\/t\.json: EACCES/);
  });
});
